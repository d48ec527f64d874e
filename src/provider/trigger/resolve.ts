import type { ApiValue, Definition, TriggerDefinitions } from '../../client/triggers';
import { DefinitionIndex, type ItemKind } from './definitions-index';
import { looseName } from './suggest';
import { MESSAGING_SESSION_ENDED_REASON } from './titles';

export type { ItemKind } from './definitions-index';

/** A condition or action as configured (state form). */
export interface ConfiguredItem {
  field: string | null;
  field_title: string | null;
  operator?: string | null;
  value: string | null;
  values: string[] | null;
  value_title: string | null;
  /** Some attribute is only known after apply (plan time): the item is checked then. */
  partlyUnknown?: boolean;
}

/** The same item with titles resolved to API names: what is sent to Zendesk and compared with what comes back. */
export interface ResolvedItem {
  field: string;
  operator?: string;
  value: string | string[] | null;
}

/**
 * Definitions Zendesk only offers in some account states [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]:
 * "Messaging session ended reason" appears once agents may end messaging
 * sessions. A configuration can turn that on and use the condition in the same
 * apply, so at plan time its absence is only a warning (an error at apply).
 */
export const CONDITIONAL_DEFINITIONS: Record<string, string> = {
  [looseName(MESSAGING_SESSION_ENDED_REASON)]:
    'It exists only while agents can end messaging sessions: set agents_can_end_sessions = true on zendesk_messaging_settings ' +
    '(and make this trigger depend on it), or allow it in Admin Center > Channels > Messaging and social > Messaging > ' +
    'Manage settings > Advanced > End sessions.',
};

/**
 * Why a title or field name may be missing only for now: its title is one of
 * CONDITIONAL_DEFINITIONS. A field name counts when it spells that title in
 * API style ("messaging_session_ended_reason"), since Zendesk does not publish
 * the subjects of these definitions [see: docs/design/zendesk-api.md#messaging-conditions-and-actions].
 */
export const conditionalReason = (name: string): string | undefined => CONDITIONAL_DEFINITIONS[looseName(name)];

/** Whether an item needs the definitions to be read back (only titles do). */
export const usesTitles = (item: ConfiguredItem) => item.field_title !== null || item.value_title !== null;

/**
 * Titles to API names, for reading a trigger back into the configured
 * spelling; undefined when a title is not (or no longer) in the definitions.
 * Checking a configuration, with messages, is check.ts's job.
 */
export function resolveItem(item: ConfiguredItem, kind: ItemKind, defs: TriggerDefinitions | undefined): ResolvedItem | undefined {
  const index = defs ? DefinitionIndex.of(defs) : undefined;
  let definition: Definition | undefined;
  if (item.field_title !== null) definition = index?.byTitle(kind, item.field_title);
  const field = item.field ?? definition?.subject;
  if (field === undefined) return undefined;
  let value: string | string[] | null = item.values ?? item.value;
  if (item.value_title !== null) {
    definition ??= index?.bySubject(kind, field);
    const title = looseName(item.value_title);
    const option = definition && index?.valuesOf(kind, definition)?.find((v) => looseName(v.title) === title);
    if (!option) return undefined;
    value = option.value;
  }
  return kind === 'action' ? { field, value } : { field, operator: item.operator ?? undefined, value };
}

/**
 * Terminal operators take no value ("terminal": true [documented: docs/design/zendesk-api.md#trigger-definitions]); these four are the
 * terminal ones real definitions list [observed: docs/design/zendesk-api.md#trigger-definitions].
 */
const TERMINAL = new Set(['changed', 'not_changed', 'present', 'not_present']);

/**
 * Zendesk's value forms compared loosely: numbers and booleans are read as
 * strings, a terminal operator's value does not count (real triggers hold
 * both `changed ""` and `changed null`), and "" is no value: real triggers
 * write "(none)" as "" (`assignee_id is ""` [observed: docs/design/zendesk-api.md#conditions-and-actions]),
 * and `terraform plan -generate-config-out` writes an empty string as null,
 * so both spellings must mean the same or an import would never plan clean.
 */
export function normalizeValue(value: ApiValue | string[] | undefined, operator?: string): string | string[] | null {
  if (operator && TERMINAL.has(operator)) return null;
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

/** The definitions' title for an API field (for the data source and messages). */
export function titleOf(defs: TriggerDefinitions | undefined, kind: ItemKind, field: string): string | null {
  return defs ? (DefinitionIndex.of(defs).bySubject(kind, field)?.title ?? null) : null;
}

/** The definitions' title for a field's enumerated value (data source output). */
export function valueTitleOf(defs: TriggerDefinitions | undefined, kind: ItemKind, field: string, value: string | string[] | null): string | null {
  if (!defs || typeof value !== 'string') return null;
  const index = DefinitionIndex.of(defs);
  const definition = index.bySubject(kind, field);
  return definition ? (index.valuesOf(kind, definition)?.find((v) => v.value === value)?.title ?? null) : null;
}
