/**
 * Sentences out of the labels table: "Agents can end messaging sessions: on → off",
 * "Auto-release after inactivity: 5 → 10 minutes", "Conditions (meet ANY): added …".
 * Masked and unknown values are shown as such, never formatted as data.
 */
import type { AttributeChange, Leaf } from './diff';
import { formatValue, type Label, labelFor } from './labels';

type Value = Pick<AttributeChange, 'sensitive' | 'unknown'> & { value: unknown };

function word(label: Label, v: Value, unitAfterNumbers = true): string {
  if (v.sensitive || v.unknown) return String(v.value);
  if (label.item && Array.isArray(v.value)) return v.value.length ? v.value.map(label.item).join('; ') : '(none)';
  const formatted = (label.format ?? formatValue)(v.value);
  return label.unit && unitAfterNumbers && typeof v.value === 'number' ? `${formatted} ${label.unit}` : formatted;
}

/** Items of `a` that are not in `b`, counting duplicates. */
function minus(a: unknown[], b: unknown[]): unknown[] {
  const left = b.map((x) => JSON.stringify(x));
  return a.filter((x) => {
    const i = left.indexOf(JSON.stringify(x));
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

function listChange(label: Label & { item: (v: unknown) => string }, before: unknown[], after: unknown[]): string {
  const added = minus(after, before);
  const removed = minus(before, after);
  const parts = [];
  if (added.length) parts.push(`added ${added.map(label.item).join('; ')}`);
  if (removed.length) parts.push(`removed ${removed.map(label.item).join('; ')}`);
  return parts.length ? parts.join('; ') : `reordered: ${after.map(label.item).join('; ')}`;
}

/** "Label: before → after", in the resource type's words. */
export function describeChange(type: string, change: AttributeChange): string {
  const label = labelFor(type, change.path);
  const masked = change.sensitive || change.unknown;
  if (!masked && label.item && Array.isArray(change.before) && Array.isArray(change.after)) {
    return `${label.label}: ${listChange({ ...label, item: label.item }, change.before, change.after)}`;
  }
  const before = { value: change.before, sensitive: change.sensitive, unknown: false };
  const after = { value: change.after, sensitive: change.sensitive, unknown: change.unknown };
  // "5 → 10 minutes": the unit once, after both numbers.
  const sharedUnit = !masked && label.unit && typeof change.before === 'number' && typeof change.after === 'number';
  const text = `${word(label, before, !sharedUnit)} → ${word(label, after, !sharedUnit)}`;
  return `${label.label}: ${sharedUnit ? `${text} ${label.unit}` : text}`;
}

/** "Label: value", for what a create sets. */
export function describeValue(type: string, leaf: Leaf): string {
  const label = labelFor(type, leaf.path);
  return `${label.label}: ${word(label, leaf)}`;
}
