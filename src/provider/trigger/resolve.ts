import type { ApiValue, Definition, TriggerDefinitions } from './api';

/** Where an item sits: ALL/ANY conditions or actions; each has its own list in the definitions. */
export type ItemKind = 'all' | 'any' | 'action';

/** A condition or action as configured (state form). */
export interface ConfiguredItem {
  field: string | null;
  field_title: string | null;
  operator?: string | null;
  value: string | null;
  values: string[] | null;
  value_title: string | null;
}

/** The same item with titles resolved to API names: what is sent to Zendesk and compared with what comes back. */
export interface ResolvedItem {
  field: string;
  operator?: string;
  value: string | string[] | null;
}

export class ResolutionError extends Error {
  constructor(
    readonly summary: string,
    readonly detail: string,
    /** The title may appear later (see CONDITIONAL_DEFINITIONS): a warning at plan time, an error at apply. */
    readonly mayAppearLater = false,
  ) {
    super(`${summary}: ${detail}`);
  }
}

/**
 * Definitions Zendesk only offers in some account states [DOC HC 8009788438042]:
 * "Messaging session ended reason" appears once agents may end messaging
 * sessions. A configuration can turn that on and use the condition in the same
 * apply, so at plan time its absence is only a warning.
 */
export const CONDITIONAL_DEFINITIONS: Record<string, string> = {
  'messaging session ended reason':
    'It exists only while agents can end messaging sessions: set agents_can_end_sessions = true on zendesk_messaging_settings ' +
    '(and make this trigger depend on it), or allow it in Admin Center > Channels > Messaging and social > Messaging > ' +
    'Manage settings > Advanced > End sessions.',
};

const listFor = (defs: TriggerDefinitions, kind: ItemKind): Definition[] =>
  kind === 'action' ? defs.actions : kind === 'all' ? defs.conditions_all : defs.conditions_any;
const kindName = (kind: ItemKind) => (kind === 'action' ? 'action' : `${kind.toUpperCase()} condition`);
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function definitionByTitle(defs: TriggerDefinitions, kind: ItemKind, title: string, accountId: string): Definition {
  const found = listFor(defs, kind).find((d) => same(d.title, title));
  if (found) return found;
  const conditional = CONDITIONAL_DEFINITIONS[title.trim().toLowerCase()];
  const available = listFor(defs, kind).map((d) => `"${d.title}"`).join(', ');
  throw new ResolutionError(
    `Unknown trigger ${kindName(kind)} title`,
    `Account "${accountId}" has no ${kindName(kind)} titled "${title}". ` +
      (conditional ?? `Titles are matched case-insensitively against GET /api/v2/triggers/definitions; available: ${available}.`),
    conditional !== undefined,
  );
}

/**
 * The enumerated values of a field. ANY-condition definitions carry none [DOC
 * OAS: conditions_any entries have no values], so they come from the ALL
 * definition of the same subject.
 */
function valuesOf(defs: TriggerDefinitions, kind: ItemKind, definition: Definition) {
  if (definition.values || kind !== 'any') return definition.values ?? [];
  return defs.conditions_all.find((d) => d.subject === definition.subject)?.values ?? [];
}

function valueByTitle(defs: TriggerDefinitions, kind: ItemKind, definition: Definition, title: string, accountId: string): string {
  const options = valuesOf(defs, kind, definition);
  const found = options.find((v) => same(v.title, title));
  if (found) return found.value;
  const available = options.map((v) => `"${v.title}"`).join(', ') || 'none (it takes free text: use value)';
  throw new ResolutionError(
    'Unknown trigger value title',
    `"${definition.title}" in account "${accountId}" has no value titled "${title}"; available: ${available}.`,
  );
}

/** Whether an item needs the definitions at all (only titles do). */
export const usesTitles = (item: ConfiguredItem) => item.field_title !== null || item.value_title !== null;

export function resolveItem(item: ConfiguredItem, kind: ItemKind, defs: TriggerDefinitions | undefined, accountId: string): ResolvedItem {
  let definition: Definition | undefined;
  if (item.field_title !== null) {
    if (!defs) throw new Error('definitions are needed to resolve titles');
    definition = definitionByTitle(defs, kind, item.field_title, accountId);
  }
  const field = item.field ?? definition!.subject;
  let value: string | string[] | null = item.values ?? item.value;
  if (item.value_title !== null) {
    if (!defs) throw new Error('definitions are needed to resolve titles');
    definition ??= listFor(defs, kind).find((d) => d.subject === field);
    if (!definition) throw new ResolutionError('Unknown trigger field', `Account "${accountId}" has no ${kindName(kind)} field "${field}".`);
    value = valueByTitle(defs, kind, definition, item.value_title, accountId);
  }
  return kind === 'action' ? { field, value } : { field, operator: item.operator ?? undefined, value };
}

/** Terminal operators take no value [DOC TR-DOC definitions: "terminal": true]. */
const TERMINAL = new Set(['changed', 'not_changed', 'present', 'not_present']);

/** Zendesk's value forms compared loosely: numbers come back as strings, terminal operators lose their value. */
export function normalizeValue(value: ApiValue | string[] | undefined, operator?: string): string | string[] | null {
  if (operator && TERMINAL.has(operator)) return null;
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

/** The definitions' title for an API field (for the data source and messages). */
export function titleOf(defs: TriggerDefinitions | undefined, kind: ItemKind, field: string): string | null {
  return defs ? (listFor(defs, kind).find((d) => d.subject === field)?.title ?? null) : null;
}

/** The definitions' title for a field's enumerated value (data source output). */
export function valueTitleOf(defs: TriggerDefinitions | undefined, kind: ItemKind, field: string, value: string | string[] | null): string | null {
  if (!defs || typeof value !== 'string') return null;
  const definition = listFor(defs, kind).find((d) => d.subject === field);
  return definition ? (valuesOf(defs, kind, definition).find((v) => v.value === value)?.title ?? null) : null;
}
