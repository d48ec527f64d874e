/**
 * Checks order-free conditions against the account's definitions (a queue's: GET /api/v2/queues/definitions,
 * shaped like a trigger's [documented: docs/design/zendesk-api.md#queues]) when the plan is made, so a typo fails
 * the plan a reviewer reads with "did you mean …" instead of the apply with Zendesk's bare 422. It trusts whatever
 * the definitions say: no field list is built in here. The definitions index and the closest-name search are the
 * trigger's (trigger/definitions-index.ts, trigger/suggest.ts).
 */
import type { Definition, DefinitionValue } from '../../client/triggers';
import { DefinitionIndex } from '../trigger/definitions-index';
import { closestOf, looseName } from '../trigger/suggest';
import { type Condition, type Conditions, WHICH, type Which, describeCondition } from './state';

export interface ConditionDefinitions {
  conditions_all: Definition[];
  conditions_any: Definition[];
}

/** What is wrong with one condition: `which` list it is in, a summary and a detail that says what to write. */
export interface ConditionProblem {
  which: Which;
  summary: string;
  detail: string;
}

const listName = (which: Which) => `${which.toUpperCase()} condition`;
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/** " Did you mean "status" (Status)?", or where else the field is defined, or nothing. */
function fieldHint(field: string, which: Which, index: DefinitionIndex): string {
  const byName = index.byLooseName(which, field);
  if (byName) return ` "${field}" is how Admin Center names "${byName.subject}": write field = "${byName.subject}".`;
  const near = closestOf(field, index.list(which), (d) => [d.subject, d.title]);
  if (near) return ` Did you mean "${near.subject}" (${near.title})?`;
  const other: Which = which === 'all' ? 'any' : 'all';
  return index.bySubject(other, field) ? ` "${field}" is defined as an ${listName(other)} only.` : '';
}

function valueProblem(c: Condition, definition: Definition, values: DefinitionValue[]): string | undefined {
  const value = c.value ?? '';
  if (values.some((v) => v.value === value) || (value === '' && (definition.nullable || c.value === null))) return undefined;
  const near = closestOf(value, values, (v) => [v.value, v.title]);
  const hint =
    near && looseName(near.title) === looseName(value)
      ? ` "${value}" is the title of "${near.value}": write value = "${near.value}".`
      : near
        ? ` Did you mean "${near.value}" (${near.title})?`
        : ` Its values are: ${quoted(values.slice(0, 30).map((v) => v.value))}${values.length > 30 ? ', …' : ''}.`;
  return `"${definition.title}" (${definition.subject}) has no value "${value}".${hint}`;
}

/** One condition against the definitions of its list. */
function checkOne(c: Condition, which: Which, index: DefinitionIndex, where: string): ConditionProblem | undefined {
  const definition = index.bySubject(which, c.field);
  const at = `${listName(which)} ${describeCondition(c)}`;
  if (!definition) {
    return { which, summary: `Unknown ${listName(which)} field`, detail: `${where} has no ${listName(which)} field "${c.field}" (${at}).${fieldHint(c.field, which, index)}` };
  }
  const operators = definition.operators;
  const operator = operators?.find((o) => o.value === c.operator);
  if (operators && !operator) {
    const near = closestOf(c.operator, operators, (o) => [o.value, o.title]);
    return {
      which,
      summary: `Unknown ${listName(which)} operator`,
      detail:
        `"${definition.title}" (${definition.subject}) has no operator "${c.operator}" (${at})` +
        (near ? `; did you mean "${near.value}" (${near.title})?` : '.') +
        ` Its operators are: ${operators.map((o) => `${o.value} (${o.title})`).join(', ')}.`,
    };
  }
  if (operator?.terminal) return undefined; // "present", "changed": no value
  const values = index.valuesOf(which, definition);
  const problem = values && valueProblem(c, definition, values);
  return problem ? { which, summary: `Unknown value for ${listName(which)} "${definition.title}"`, detail: `${problem} (${at})` } : undefined;
}

/** Every problem of the conditions against the account's definitions; `where` names the account in messages. */
export function checkConditions(conditions: Conditions, definitions: ConditionDefinitions, where: string): ConditionProblem[] {
  const index = DefinitionIndex.of({ actions: [], ...definitions });
  return WHICH.flatMap((which) => conditions[which].flatMap((c) => checkOne(c, which, index, where) ?? []));
}
