/**
 * One planned resource change in words: its verb ("create", "import and
 * update", …) and a line per attribute, from the labels table.
 */
import { configResource, isManaged } from '../report/config';
import { describeChange, describeValue } from '../report/describe';
import { diffValues, leaves } from '../report/diff';
import { isIdentifier, labelFor, labelOrder, RESOURCE_KINDS } from '../report/labels';
import type { PlanJson, ResourceChangeJson } from '../report/plan-json';

export type Verb = 'create' | 'update' | 'destroy' | 'replace' | 'import' | 'import and update' | 'forget' | 'no change';

export function verbOf(rc: ResourceChangeJson): Verb {
  const a = rc.change.actions;
  const imported = rc.change.importing !== undefined;
  if (a.includes('delete') && a.includes('create')) return 'replace';
  if (a.includes('create')) return 'create';
  if (a.includes('delete')) return 'destroy';
  if (a.includes('forget')) return 'forget';
  if (a.includes('update')) return imported ? 'import and update' : 'update';
  return imported ? 'import' : 'no change';
}

const byLabelOrder = (type: string) => (a: { path: string }, b: { path: string }) =>
  labelOrder(type, a.path) - labelOrder(type, b.path) || a.path.localeCompare(b.path);

/** What a create sets: configured values, and configured values not known until apply. Unset attributes are not managed, so they are left out. */
function createLines(plan: PlanJson, rc: ResourceChangeJson): string[] {
  const config = configResource(plan, rc.address);
  return leaves(rc.change.after, { sensitive: rc.change.after_sensitive, unknown: rc.change.after_unknown })
    .filter((l) => !isIdentifier(l.path))
    .filter((l) => (l.unknown ? isManaged(config, l.path) : l.value !== null && !(Array.isArray(l.value) && l.value.length === 0)))
    .sort(byLabelOrder(rc.type))
    .map((l) => describeValue(rc.type, l))
    .filter(once);
}

/** A deprecated alias and the attribute it names (inactivity.timeout, timeout_minutes) change together and read the same: one line. */
const once = (line: string, index: number, lines: readonly string[]) => lines.indexOf(line) === index;

function changeLines(rc: ResourceChangeJson): string[] {
  const { before, after } = rc.change;
  return diffValues(before, after, { beforeSensitive: rc.change.before_sensitive, afterSensitive: rc.change.after_sensitive, afterUnknown: rc.change.after_unknown })
    .filter((c) => !isIdentifier(c.path))
    .sort(byLabelOrder(rc.type))
    .map((c) => describeChange(rc.type, c))
    .filter(once);
}

/** What destroying it means, from on_destroy; a reset also names the settings it puts back. */
function destroyLines(rc: ResourceChangeJson): string[] {
  const before = rc.change.before ?? {};
  const kind = RESOURCE_KINDS[rc.type];
  if (!kind?.onDestroy) return ['It is deleted.'];
  const lines = [`${kind.onDestroy(before.on_destroy)}.`];
  if (before.on_destroy === 'reset') {
    const managed = leaves(before)
      .filter((l) => !isIdentifier(l.path) && l.path !== 'on_destroy' && l.value !== null)
      .sort(byLabelOrder(rc.type))
      .map((l) => labelFor(rc.type, l.path).label);
    if (managed.length) lines.push(`Reset to Zendesk's defaults: ${[...new Set(managed)].join('; ')}.`);
  }
  return lines;
}

export function describeResourceChange(plan: PlanJson, rc: ResourceChangeJson): string[] {
  switch (verbOf(rc)) {
    case 'create': {
      const note = RESOURCE_KINDS[rc.type]?.onCreate;
      return [...(note ? [note] : []), ...createLines(plan, rc)];
    }
    case 'destroy':
      return destroyLines(rc);
    case 'forget':
      return ['Terraform stops managing it; nothing changes in Zendesk.'];
    case 'replace':
      return ['Terraform destroys it and creates it again.', ...changeLines(rc)];
    default:
      return changeLines(rc);
  }
}

/** "**Trigger "Request customer satisfaction rating (messaging)"** (`zendesk_trigger.csat`)". */
export function titleOf(rc: ResourceChangeJson): string {
  const kind = RESOURCE_KINDS[rc.type];
  const value = rc.change.after ?? rc.change.before;
  const nameValue = kind?.nameAttribute ? value?.[kind.nameAttribute] : undefined;
  const name = typeof nameValue === 'string' ? ` "${nameValue}"` : '';
  return `**${kind?.kind ?? rc.type}${name}** (\`${rc.address}\`)`;
}
