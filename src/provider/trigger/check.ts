/**
 * Checks a trigger's conditions and actions against the account's own
 * definitions (GET /api/v2/triggers/definitions) and resolves titles to API
 * names. It runs at plan time, so a typo fails the plan a reviewer reads with
 * "did you mean …" instead of the apply with Zendesk's bare 422, and again at
 * apply (values unknown at plan time, titles that appear during the apply).
 * It trusts whatever the definitions say: no field list is built in here.
 */
import { Path } from '../../framework';
import type { Definition } from '../../client/triggers';
import { type DefinitionIndex, type ItemKind, kindName } from './definitions-index';
import type { ConfiguredRules, ResolvedRules } from './mapping';
import { type ConfiguredItem, type ResolvedItem, conditionalReason } from './resolve';
import { closest, closestOf, looseName } from './suggest';
import type { Finding } from './finding';
import { placeOf } from './item-place';
import { spellingOfJsonList } from './value-spelling';

export type { Finding } from './finding';

interface ItemContext {
  kind: ItemKind;
  at: Path;
  index: DefinitionIndex;
  accountId: string;
  findings: Finding[];
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
const error = (ctx: ItemContext, path: Path, summary: string, detail: string, mayAppearLater = false) =>
  ctx.findings.push({ severity: 'error', path, summary, detail, mayAppearLater });

/** " Did you mean "status" (Status)?" — or nothing when no known name is close. */
function suggestion(input: string, definitions: Definition[], by: 'subject' | 'title'): string {
  const found = closestOf(input, definitions, (d) => (by === 'subject' ? [d.subject, d.title] : [d.title]));
  if (!found) return '';
  return by === 'subject' ? ` Did you mean "${found.subject}" (${found.title})?` : ` Did you mean "${found.title}"?`;
}

/** Where else the name is defined, when it is: the commonest mix-up after a typo. */
function elsewhere(ctx: ItemContext, subject: string): string {
  const kinds = ctx.index.kindsWith(subject).filter((k) => k !== ctx.kind);
  return kinds.length ? ` "${subject}" is defined as ${kinds.map((k) => `an ${kindName(k)}`).join(' and ')} field only.` : '';
}

/** Finds the item's definition by field_title or field, or reports why there is none. */
function definitionOf(item: ConfiguredItem, ctx: ItemContext): Definition | undefined {
  const what = kindName(ctx.kind);
  if (item.field_title !== null) {
    const found = ctx.index.byTitle(ctx.kind, item.field_title);
    if (found) return found;
    const later = conditionalReason(item.field_title);
    error(
      ctx,
      ctx.at.atName('field_title'),
      `Unknown trigger ${what} title`,
      `Account "${ctx.accountId}" has no ${what} titled "${item.field_title}".` +
        (later ? ` ${later}` : `${suggestion(item.field_title, ctx.index.list(ctx.kind), 'title')} Titles are matched case-insensitively against GET /api/v2/triggers/definitions.`),
      later !== undefined,
    );
    return undefined;
  }
  const field = item.field!;
  const found = ctx.index.bySubject(ctx.kind, field);
  if (found) return found;
  const later = conditionalReason(field);
  const byName = later ? undefined : ctx.index.byLooseName(ctx.kind, field);
  const hint = later
    ? ` ${later}`
    : byName
      ? ` "${field}" is how Admin Center names "${byName.subject}": write field = "${byName.subject}" (or field_title = "${byName.title}").`
      : `${suggestion(field, ctx.index.list(ctx.kind), 'subject')}${elsewhere(ctx, field)}`;
  error(ctx, ctx.at.atName('field'), `Unknown trigger ${what} field`, `Account "${ctx.accountId}" has no ${what} field "${field}".${hint}`, later !== undefined);
  return undefined;
}

/** The condition's operator as the definition lists it (undefined, reported, when it is not there). */
function operatorOf(item: ConfiguredItem, definition: Definition, ctx: ItemContext) {
  const operators = definition.operators;
  if (!operators || item.operator === null || item.operator === undefined) return { terminal: false };
  const found = operators.find((o) => o.value === item.operator);
  if (found) return found;
  const near = closestOf(item.operator, operators, (o) => [o.value, o.title]);
  error(
    ctx,
    ctx.at.atName('operator'),
    'Unknown trigger condition operator',
    `"${definition.title}" (${definition.subject}) has no operator "${item.operator}"` +
      (near ? `; did you mean "${near.value}" (${near.title})?` : '.') +
      ` Its operators are: ${operators.map((o) => `${o.value} (${o.title})`).join(', ')}.`,
  );
  return undefined;
}

/** A value from the definition's enumerated ones: the value's own key, or reported with the closest. */
function checkEnumerated(value: string, options: NonNullable<Definition['values']>, definition: Definition, path: Path, ctx: ItemContext): boolean {
  if (options.some((o) => o.value === value) || (value === '' && definition.nullable)) return true;
  const near = closestOf(value, options, (o) => [o.value, o.title]);
  const byTitle = near && looseName(near.title) === looseName(value) ? near : undefined;
  const hint = byTitle
    ? ` "${value}" is the title of "${byTitle.value}": write value = "${byTitle.value}" (or value_title = "${byTitle.title}").`
    : near
      ? ` Did you mean "${near.value}" (${near.title})?`
      : ` Its values are: ${quoted(options.slice(0, 30).map((o) => o.value))}${options.length > 30 ? ', …' : ''}.`;
  error(ctx, path, `Unknown value for trigger ${kindName(ctx.kind)} "${definition.title}"`, `"${definition.title}" (${definition.subject}) has no value "${value}" in account "${ctx.accountId}".${hint}`);
  return false;
}

/** The item's value for the API, checked where the definition enumerates values (undefined, reported, when it does not fit). */
function valueOf(item: ConfiguredItem, definition: Definition, terminal: boolean, ctx: ItemContext): string | string[] | null | undefined {
  const options = ctx.index.valuesOf(ctx.kind, definition);
  if (item.value_title !== null) {
    const wanted = looseName(item.value_title);
    const found = options?.find((o) => looseName(o.title) === wanted);
    if (found) return found.value;
    const near = options && closest(item.value_title, options.map((o) => o.title));
    error(
      ctx,
      ctx.at.atName('value_title'),
      'Unknown trigger value title',
      `"${definition.title}" in account "${ctx.accountId}" has no value titled "${item.value_title}"` +
        (near ? `; did you mean "${near}"?` : options ? `; available: ${quoted(options.map((o) => o.title))}.` : '; it takes free input, not listed values: use value.'),
    );
    return undefined;
  }
  if (item.value !== null) {
    const list = spellingOfJsonList(item, definition, ctx.at.atName('value'));
    if (list) {
      ctx.findings.push(list);
      if (list.severity === 'error') return undefined;
      return item.value; // legal free text: sent as it is
    }
    if (options && !terminal && !checkEnumerated(item.value, options, definition, ctx.at.atName('value'), ctx)) return undefined;
    return item.value;
  }
  if (item.values !== null) {
    // Only the first element is checked: multi-value fields take it from the listed values (custom_status_id
    // "includes", a notification's recipient where an account lists them); later elements may be free text.
    if (options && !terminal && item.values.length > 0 && !checkEnumerated(item.values[0], options, definition, ctx.at.atName('values'), ctx)) return undefined;
    return item.values;
  }
  if (ctx.kind === 'all' && options && !terminal && !definition.nullable) {
    error(ctx, ctx.at, `Missing value for trigger ${kindName(ctx.kind)} "${definition.title}"`, `"${definition.title}" with operator "${item.operator}" needs a value: set value, values or value_title.`);
    return undefined;
  }
  // No value on a field that may be empty is "(none)", which Zendesk writes as "" (`assignee_id is ""` [observed: docs/design/zendesk-api.md#conditions-and-actions]).
  return !terminal && definition.nullable ? '' : null;
}

function inspectItem(item: ConfiguredItem, ctx: ItemContext): ResolvedItem | undefined {
  const definition = definitionOf(item, ctx);
  if (!definition) return undefined;
  const operator = ctx.kind === 'action' ? { terminal: false } : operatorOf(item, definition, ctx);
  if (!operator) return undefined;
  const value = valueOf(item, definition, operator.terminal, ctx);
  if (value === undefined) return undefined;
  return ctx.kind === 'action' ? { field: definition.subject, value } : { field: definition.subject, operator: item.operator ?? undefined, value };
}

const CONDITIONS = Path.root('conditions');
const pathOf = (kind: ItemKind, i: number) => (kind === 'action' ? Path.root('actions') : CONDITIONS.atName(kind)).atListIndex(i);

/**
 * Findings about a condition point at its set and name it (item-place.ts); an action's keep the path to its
 * attribute, which terraform underlines.
 */
function placed(findings: Finding[], kind: ItemKind, i: number, item: ConfiguredItem): Finding[] {
  if (kind === 'action') return findings;
  const place = placeOf(kind, i, item);
  return findings.map((f) => ({ ...f, path: place.at(), detail: `${place.lead}${f.detail}` }));
}

/**
 * Every finding about the configuration, and the items resolved for the API
 * (complete only when there is no error). Items with values only known after
 * apply are left for the apply's check.
 */
export function inspectRules(rules: ConfiguredRules, index: DefinitionIndex, accountId: string): { findings: Finding[]; resolved: ResolvedRules } {
  const findings: Finding[] = [];
  const inspect = (items: ConfiguredItem[], kind: ItemKind) =>
    items.flatMap((item, i) => {
      if (item.partlyUnknown || (item.field === null && item.field_title === null)) return [];
      const own: Finding[] = [];
      const resolved = inspectItem(item, { kind, at: pathOf(kind, i), index, accountId, findings: own });
      findings.push(...placed(own, kind, i, item));
      return resolved ? [resolved] : [];
    });
  const resolved = { all: inspect(rules.all, 'all'), any: inspect(rules.any, 'any'), actions: inspect(rules.actions, 'action') };
  return { findings, resolved };
}
