/**
 * What `GET /api/v2/triggers/definitions` answers [DOC TR-DOC example + OAS]:
 * per condition/action a subject (API field), title, type, operators and,
 * for enumerated fields, values. The shape is documented; the rows are in
 * definition-table.ts, plus one condition and one action per custom ticket field.
 *
 * EMULATOR'S OWN NAMES: Zendesk does not publish the API subjects of "Status
 * category", "Messaging session ended reason", "Messaging session state",
 * "Routing channel", "Messaging session" (end session) or "Set routing channel"
 * (ZENDESK-API-NOTES §3 [??]). The emulator invents `status_category`,
 * `messaging_session_ended_reason`, `messaging_session_state`, `routing_channel`,
 * `messaging_session` and `set_routing_channel` (and their value keys), so
 * clients must resolve them by title, as the provider does.
 */
import { ACTION_ROWS, CONDITION_ROWS, type DefinitionRow, OPERATORS, type Operator, type ValueOption, values } from './definition-table';
import type { TicketFieldRecord } from './ticket-fields';

export type { Operator, ValueOption } from './definition-table';

export interface Definition {
  group: string;
  nullable: boolean;
  repeatable: boolean;
  subject: string;
  title: string;
  type: string;
  operators?: Operator[];
  values?: ValueOption[];
}

export interface Definitions {
  actions: Definition[];
  conditions_all: Definition[];
  conditions_any: Definition[];
}

/** What the definitions depend on in an account. */
export interface DefinitionsContext {
  agentsCanEndSessions: boolean;
  ticketFields: TicketFieldRecord[];
}

const customSubject = (field: TicketFieldRecord) => `custom_fields_${field.id}`;
const options = (field: TicketFieldRecord) => (field.options ? values(...field.options.map((o): [string, string] => [o.value, o.name])) : undefined);

/**
 * Custom fields in the definitions (the TR example lists one as a "list" with presence operators). A drop-down is
 * a "list" of its options, a text field "text". Their operators beyond presence are the emulator's guess.
 */
function customFieldRow(field: TicketFieldRecord, forConditions: boolean): DefinitionRow {
  const dropDown = field.type === 'tagger';
  return {
    subject: customSubject(field),
    title: field.title,
    type: dropDown ? 'list' : 'text',
    ...(forConditions ? { operators: dropDown ? [...OPERATORS.CHANGES, ...OPERATORS.PRESENCE] : [...OPERATORS.IS, ...OPERATORS.PRESENCE] } : {}),
    ...(dropDown ? { values: options(field) } : {}),
    source: 'TR, CR',
    guess: true,
  };
}

const toDefinition = (row: DefinitionRow, repeatable: boolean): Definition => ({
  group: row.subject.startsWith('custom_fields_') ? 'custom_fields' : row.subject.startsWith('notification_') ? 'notification' : 'ticket',
  nullable: false,
  repeatable,
  subject: row.subject,
  title: row.title,
  type: row.type,
  ...(row.operators ? { operators: row.operators } : {}),
  ...(row.values ? { values: row.values } : {}),
});

export function definitionsFor(context: DefinitionsContext): Definitions {
  const conditionRows = [
    ...CONDITION_ROWS.filter((r) => !r.onlyWhenAgentsCanEndSessions || context.agentsCanEndSessions),
    ...context.ticketFields.map((f) => customFieldRow(f, true)),
  ];
  const all = conditionRows.map((r) => toDefinition(r, false));
  // [DOC OAS] conditions_any entries carry no `values`.
  const any = all.map(({ values: _values, ...rest }) => ({ ...rest, nullable: true }));
  const actionRows = [...ACTION_ROWS, ...context.ticketFields.map((f) => customFieldRow(f, false))];
  const actions = actionRows.map((r) => toDefinition(r, r.type === 'tagger' || r.type === 'multi'));
  return { actions, conditions_all: all, conditions_any: any };
}

/**
 * The definitions by subject, built once per request: validating a trigger
 * looks up each of its (possibly thousands of) conditions in constant time.
 */
export class DefinitionsIndex {
  private readonly all: Map<string, Definition>;
  private readonly any: Map<string, Definition>;
  private readonly actions: Map<string, Definition>;

  constructor(definitions: Definitions) {
    const bySubject = (list: Definition[]) => new Map(list.map((d) => [d.subject, d]));
    this.all = bySubject(definitions.conditions_all);
    this.any = bySubject(definitions.conditions_any);
    this.actions = bySubject(definitions.actions);
  }

  condition(which: 'all' | 'any', subject: string): Definition | undefined {
    return (which === 'all' ? this.all : this.any).get(subject);
  }

  action(subject: string): Definition | undefined {
    return this.actions.get(subject);
  }

  /** The enumerated values of a condition's field; ANY definitions omit them [DOC OAS], so they come from ALL. */
  conditionValues(subject: string): ValueOption[] | undefined {
    return this.all.get(subject)?.values;
  }
}
