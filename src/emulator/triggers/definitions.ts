/**
 * What `GET /api/v2/triggers/definitions` answers for one account, assembled
 * from the recorded fixtures: the base subjects of a real account
 * (recorded/definitions.ts), the definitions no recording shows
 * (recorded/assumptions.ts), and the account's custom fields
 * (recorded/custom-fields.ts), with the account's own directory as values.
 * conditions_any is conditions_all again, values included, as recorded.
 */
import type { AccountDirectory } from '../directory';
import { type AccountFeatures, type Assumptions, assumedActions, assumedConditions } from '../recorded/assumptions';
import { keyedFieldAction, keyedFieldCondition, ticketFieldActions, ticketFieldConditions } from '../recorded/custom-fields';
import { type DefinitionRow, RECORDED_ACTIONS, RECORDED_CONDITIONS } from '../recorded/definitions';
import { type Definition, type Definitions, type ValueOption, option } from '../recorded/shapes';

export type { Definition, Definitions, Operator, ValueOption } from '../recorded/shapes';

/** What an account's definitions depend on. */
export interface DefinitionsContext {
  directory: AccountDirectory;
  features: AccountFeatures;
  assumptions: Assumptions;
}

/** The via types carry the assumed native messaging via after the recorded ones. */
const VIA_SUBJECTS = new Set(['via_id', 'current_via_id']);

function toDefinition(row: DefinitionRow, ctx: DefinitionsContext): Definition {
  let values = typeof row.values === 'function' ? row.values(ctx.directory) : row.values;
  if (values && VIA_SUBJECTS.has(row.subject)) values = [...values, option(ctx.assumptions.nativeMessagingVia.id, ctx.assumptions.nativeMessagingVia.title)];
  return {
    title: row.title,
    subject: row.subject,
    type: row.type,
    group: row.group,
    nullable: row.nullable,
    repeatable: false,
    ...(row.operators ? { operators: row.operators } : {}),
    ...(values ? { values } : {}),
    ...(row.metadata ? { metadata: row.metadata(ctx.directory) } : {}),
  };
}

export function definitionsFor(ctx: DefinitionsContext): Definitions {
  const { directory: d, features, assumptions } = ctx;
  const conditions = [
    ...RECORDED_CONDITIONS,
    ...assumedConditions(assumptions, features),
    ...ticketFieldConditions(d.ticketFields),
    ...d.userFields.map((f) => keyedFieldCondition('requester', f)),
    ...d.organizationFields.map((f) => keyedFieldCondition('organization', f)),
  ].map((row) => toDefinition(row, ctx));
  const actions = [
    ...RECORDED_ACTIONS,
    ...assumedActions(assumptions, features),
    ...ticketFieldActions(d.ticketFields),
    ...d.userFields.map((f) => keyedFieldAction('requester', f)),
    ...d.organizationFields.map((f) => keyedFieldAction('organization', f)),
  ].map((row) => toDefinition(row, ctx));
  return { actions, conditions_all: conditions, conditions_any: conditions };
}

/**
 * The definitions by subject, built once per request: validating a trigger
 * looks up each of its (possibly thousands of) conditions and their values in
 * constant time.
 */
export class DefinitionsIndex {
  private readonly all: Map<string, Definition>;
  private readonly any: Map<string, Definition>;
  private readonly actions: Map<string, Definition>;
  private readonly valueSets = new WeakMap<Definition, Set<string>>();

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

  /** The definition's listed value keys, or undefined when it lists none (free input). */
  valueKeys(definition: Definition): Set<string> | undefined {
    if (!definition.values) return undefined;
    let keys = this.valueSets.get(definition);
    if (!keys) this.valueSets.set(definition, (keys = new Set(definition.values.map((v: ValueOption) => v.value))));
    return keys;
  }
}
