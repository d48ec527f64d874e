/**
 * Sentences out of the labels table: "Agents can end messaging sessions: on → off",
 * "Auto-release after inactivity: 5 → 10 minutes", "Conditions (meet ANY): added …".
 * Masked and unknown values are shown as such, never formatted as data.
 */
import { type AttributeChange, type Leaf, listDelta } from './diff';
import type { NameLookup } from '../../provider/attribute-words';
import { formatValue, type Label, labelFor } from './labels';

type Value = Pick<AttributeChange, 'sensitive' | 'unknown'> & { value: unknown };

/** Words for one item of a list, with the plan's names of ids where the caller has them. */
type ItemWords = (item: unknown) => string;
const itemWordsOf = (label: Label, nameOf?: NameLookup): ItemWords | undefined => {
  const { item } = label;
  return item ? (v) => item(v, nameOf) : undefined;
};

function word(label: Label, v: Value, unitAfterNumbers = true, nameOf?: NameLookup): string {
  if (v.sensitive || v.unknown) return String(v.value);
  const item = itemWordsOf(label, nameOf);
  if (item && Array.isArray(v.value)) return v.value.length ? v.value.map((x) => item(x)).join('; ') : '(none)';
  const formatted = (label.format ?? formatValue)(v.value);
  return label.unit && unitAfterNumbers && typeof v.value === 'number' ? `${formatted} ${label.unit}` : formatted;
}

/** "added …; removed …" (elements matched by value, diff.ts), or "reordered: …" when only the order changed. */
function listChange(item: ItemWords, before: unknown[], after: unknown[]): string {
  const { added, removed } = listDelta(before, after);
  const words = (items: unknown[]) => items.map((x) => item(x)).join('; ');
  const parts = [];
  if (added.length) parts.push(`added ${words(added)}`);
  if (removed.length) parts.push(`removed ${words(removed)}`);
  return parts.length ? parts.join('; ') : `reordered: ${words(after)}`;
}

/**
 * The raw change beside a description (`[path: before → after]` in text reports): for two lists, only the
 * elements that differ, so a long list's change is not cut off before it shows, nor read as every element changed.
 */
export function rawChange(change: Pick<AttributeChange, 'before' | 'after' | 'sensitive' | 'unknown'>): string {
  const shown = (v: unknown) => (change.sensitive ? String(v) : formatValue(v));
  if (change.sensitive || change.unknown || !Array.isArray(change.before) || !Array.isArray(change.after)) {
    return `${shown(change.before)} → ${shown(change.after)}`;
  }
  const { added, removed, reordered } = listDelta(change.before, change.after);
  if (reordered) return `${formatValue(change.before)} → ${formatValue(change.after)} (reordered)`;
  return [...removed.map((r) => `- ${formatValue(withoutNulls(r))}`), ...added.map((a) => `+ ${formatValue(withoutNulls(a))}`)].join(', ');
}

/** An element without its unset attributes (a block's every unset attribute is null in plan JSON): short enough to read whole. */
function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

/** "Label: before → after", in the resource type's words; `nameOf`: the plan's names of the ids a list holds. */
export function describeChange(type: string, change: AttributeChange, nameOf?: NameLookup): string {
  const label = labelFor(type, change.path);
  const masked = change.sensitive || change.unknown;
  if (!masked && Array.isArray(change.before) && Array.isArray(change.after)) {
    // A list without words for its items (a type the labels do not know) still reads element by element.
    return `${label.label}: ${listChange(itemWordsOf(label, nameOf) ?? ((v) => formatValue(v)), change.before, change.after)}`;
  }
  const before = { value: change.before, sensitive: change.sensitive, unknown: false };
  const after = { value: change.after, sensitive: change.sensitive, unknown: change.unknown };
  // "5 → 10 minutes": the unit once, after both numbers.
  const sharedUnit = !masked && label.unit && typeof change.before === 'number' && typeof change.after === 'number';
  const text = `${word(label, before, !sharedUnit, nameOf)} → ${word(label, after, !sharedUnit, nameOf)}`;
  return `${label.label}: ${sharedUnit ? `${text} ${label.unit}` : text}`;
}

/** "Label: value", for what a create sets. */
export function describeValue(type: string, leaf: Leaf, nameOf?: NameLookup): string {
  const label = labelFor(type, leaf.path);
  return `${label.label}: ${word(label, leaf, true, nameOf)}`;
}
