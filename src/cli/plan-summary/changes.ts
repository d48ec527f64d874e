/**
 * One planned resource change in words: its verb ("create", "import and
 * update", …) and a line per attribute, from the labels table, each with what
 * the new value does to routing and capacity and why it may have no effect.
 */
import { descriptorFor } from '../../provider/descriptors';
import { codeSpan, outsideText } from '../drift/markdown-text';
import { accountOf } from '../report/accounts';
import { configResource, isManaged } from '../report/config';
import { describeChange, describeValue } from '../report/describe';
import { diffValues, leaves } from '../report/diff';
import { nameLookupOf } from '../report/named-ids';
import { isIdentifier, labelFor, labelOrder, RESOURCE_KINDS } from '../report/labels';
import type { PlanJson, ResourceChangeJson } from '../report/plan-json';
import type { Note } from '../report/terraform-log';

/** One attribute's line, the sentence on what its new value does, and warnings that it has no effect. */
export interface SummaryLine {
  text: string;
  effect?: string;
  warnings?: string[];
}

/** The provider's warnings for one resource (from `plan -json`); undefined when the plan came without its log. */
export type ResourceNotes = readonly Note[] | undefined;

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
function createLines(plan: PlanJson, rc: ResourceChangeJson, notes: ResourceNotes): SummaryLine[] {
  const config = configResource(plan, rc.address);
  return leaves(rc.change.after, { sensitive: rc.change.after_sensitive, unknown: rc.change.after_unknown })
    .filter((l) => !isIdentifier(l.path))
    .filter((l) => (l.unknown ? isManaged(config, l.path) : l.value !== null && !(Array.isArray(l.value) && l.value.length === 0)))
    .sort(byLabelOrder(rc.type))
    .map((l) => withEffect(plan, rc, notes, l.path, describeValue(rc.type, l, nameLookupOf(plan)), l.sensitive || l.unknown ? undefined : l.value))
    .filter(once);
}

/** A deprecated alias and the attribute it names (inactivity.timeout, timeout_minutes) change together and read the same: one line. */
const once = (line: SummaryLine, index: number, lines: readonly SummaryLine[]) => lines.findIndex((l) => l.text === line.text) === index;

function changeLines(plan: PlanJson, rc: ResourceChangeJson, notes: ResourceNotes): SummaryLine[] {
  const { before, after } = rc.change;
  return diffValues(before, after, { beforeSensitive: rc.change.before_sensitive, afterSensitive: rc.change.after_sensitive, afterUnknown: rc.change.after_unknown })
    .filter((c) => !isIdentifier(c.path))
    .sort(byLabelOrder(rc.type))
    .map((c) => withEffect(plan, rc, notes, c.path, describeChange(rc.type, c, nameLookupOf(plan)), c.sensitive || c.unknown ? undefined : c.after, c.sensitive ? undefined : c.before))
    .filter(once);
}

/**
 * The line with the sentence on what `after` does, and the reasons it has no effect: the provider's own warnings on
 * that attribute when the plan's log is at hand, else what the plan itself shows (the resource descriptor's
 * plannedWarnings, in the provider's words).
 */
function withEffect(plan: PlanJson, rc: ResourceChangeJson, notes: ResourceNotes, path: string, text: string, after: unknown, before?: unknown): SummaryLine {
  // The descriptor's sentence on the new value (and, on an update, on what it replaces): see AttributeEntry.effect.
  const effect = after === undefined ? undefined : labelFor(rc.type, path).effect?.(after, before);
  const warnings = notes
    ? notes.filter((n) => n.subject === rc.address && n.attribute === path).map((n) => n.summary)
    : plannedDormancy(plan, rc, path, after);
  return { text, ...(effect ? { effect } : {}), ...(warnings.length ? { warnings } : {}) };
}

function plannedDormancy(plan: PlanJson, rc: ResourceChangeJson, path: string, after: unknown): string[] {
  const warnings = descriptorFor(rc.type)?.plannedWarnings;
  if (!warnings) return [];
  return [...warnings({ path, after, resourceAfter: rc.change.after, account: accountOf(plan, rc.address) })];
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

const plain = (text: string): SummaryLine => ({ text });

export function describeResourceChange(plan: PlanJson, rc: ResourceChangeJson, notes?: ResourceNotes): SummaryLine[] {
  switch (verbOf(rc)) {
    case 'create': {
      const note = RESOURCE_KINDS[rc.type]?.onCreate;
      return [...(note ? [plain(note)] : []), ...createLines(plan, rc, notes)];
    }
    case 'destroy':
      return destroyLines(rc).map(plain);
    case 'forget':
      return [plain('Terraform stops managing it; nothing changes in Zendesk.')];
    case 'replace':
      return [plain('Terraform destroys it and creates it again.'), ...changeLines(plan, rc, notes)];
    default:
      return changeLines(plan, rc, notes);
  }
}

/** "**Trigger "Request customer satisfaction rating (messaging)"** (`zendesk_trigger.csat`)". */
export function titleOf(rc: ResourceChangeJson): string {
  const kind = RESOURCE_KINDS[rc.type];
  const value = rc.change.after ?? rc.change.before;
  const nameValue = kind?.nameAttribute ? value?.[kind.nameAttribute] : undefined;
  // The name is the trigger's title as Zendesk or the configuration holds it: text, never Markdown.
  const name = typeof nameValue === 'string' ? ` "${outsideText(nameValue)}"` : '';
  return `**${outsideText(kind?.kind ?? rc.type)}${name}** (${codeSpan(rc.address)})`;
}
