import type { ApiTrigger } from '../../src/client/triggers';
import { type ConfiguredRules, inZendeskOrder, rulesOf, triggerToState, unkept } from '../../src/provider/trigger/mapping';

/** Items written with API names resolve to themselves. */
const resolveRules = (rules: ConfiguredRules) => {
  const resolve = (items: ConfiguredRules['all']) => items.map((i) => ({ field: i.field!, ...(i.operator === undefined ? {} : { operator: i.operator! }), value: i.values ?? i.value }));
  return { all: resolve(rules.all), any: resolve(rules.any), actions: resolve(rules.actions) };
};

const item = (field: string, operator: string | undefined, value: string | null, extra: Record<string, unknown> = {}) => ({
  field,
  field_title: null,
  ...(operator === undefined ? {} : { operator }),
  value,
  values: null,
  value_title: null,
  ...extra,
});

const prior = {
  id: '7',
  title: 'T',
  active: true,
  description: null,
  category_id: '1',
  position: 1,
  on_destroy: 'delete',
  conditions: { all: [item('status', 'is', 'open'), item('via_id', 'is', '74'), item('status', 'is', 'open')], any: [] },
  actions: [item('status', undefined, 'solved'), item('priority', undefined, 'high')],
};

const api = (conditionsAll: ApiTrigger['conditions']['all'], actions: ApiTrigger['actions']): ApiTrigger => ({
  id: 7,
  title: 'T',
  active: true,
  position: 1,
  description: null,
  category_id: '1',
  default: false,
  conditions: { all: conditionsAll, any: [] },
  actions,
});

describe('trigger state from Zendesk', () => {
  it('keeps the configured order when Zendesk answers the same conditions in another order (numbers as numbers)', () => {
    const answer = api(
      [
        { field: 'via_id', operator: 'is', value: 74 },
        { field: 'status', operator: 'is', value: 'open' },
        { field: 'status', operator: 'is', value: 'open' },
      ],
      prior.actions.map((a) => ({ field: a.field, value: a.value })),
    );
    expect(triggerToState(answer, prior, undefined).conditions).toEqual(prior.conditions);
  });

  it('shows a changed condition with its API names, in Zendesk\'s order', () => {
    const answer = api(
      [
        { field: 'status', operator: 'is', value: 'pending' },
        { field: 'via_id', operator: 'is', value: '74' },
        { field: 'status', operator: 'is', value: 'open' },
      ],
      prior.actions.map((a) => ({ field: a.field, value: a.value })),
    );
    const all = (triggerToState(answer, prior, undefined).conditions as { all: unknown[] }).all;
    expect(all).toEqual([item('status', 'is', 'pending'), item('via_id', 'is', '74'), item('status', 'is', 'open')]);
  });

  it('keeps the order of actions as Zendesk holds it (actions run in order)', () => {
    const answer = api(
      prior.conditions.all.map((c) => ({ field: c.field, operator: c.operator!, value: c.value })),
      [
        { field: 'priority', value: 'high' },
        { field: 'status', value: 'solved' },
      ],
    );
    expect(triggerToState(answer, prior, undefined).actions).toEqual([prior.actions[1], prior.actions[0]]);
  });

  it('counts duplicates when checking what Zendesk kept', () => {
    const planned = resolveRules(rulesOf(prior));
    const answer = api(
      [
        { field: 'status', operator: 'is', value: 'open' },
        { field: 'via_id', operator: 'is', value: '74' },
      ],
      [{ field: 'status', value: 'solved' }, { field: 'priority', value: 'high' }],
    );
    expect(unkept(planned, answer)).toEqual(['ALL condition {"field":"status","operator":"is","value":"open"}']);
    expect(unkept(planned, api(answer.conditions.all!.concat([{ field: 'status', operator: 'is', value: 'open' }]), answer.actions))).toEqual([]);
  });

  it('pairs 20,000 conditions in one pass', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => item('current_tags', 'includes', `tag_${i}`));
    const state = { ...prior, conditions: { all: many, any: [] } };
    const answer = api(
      [...many].reverse().map((c) => ({ field: c.field, operator: c.operator!, value: c.value })),
      prior.actions.map((a) => ({ field: a.field, value: a.value })),
    );
    expect((triggerToState(answer, state, undefined).conditions as { all: unknown[] }).all).toEqual(many);
    expect(unkept(resolveRules(rulesOf(state)), answer)).toEqual([]);
  });
});

describe('inZendeskOrder: an update keeps the conditions where Zendesk holds them, new ones last', () => {
  const c = (field: string, value: string) => ({ field, operator: 'is', value });
  const [a, b, d, e] = [c('status', 'open'), c('priority', 'high'), c('via_id', '74'), c('group_id', '7')];
  it.each([
    ['the same set in another order', [a, b, d], [d, a, b], [d, a, b]],
    ['one removed', [a, d], [d, b, a], [d, a]],
    ['one added: last', [e, a, b], [b, a], [b, a, e]],
    ['two added: last, in the given order', [e, a, d], [a], [a, e, d]],
    ['nothing held yet', [b, a], [], [b, a]],
    ['a repeated condition', [a, a, b], [b, a], [b, a, a]],
  ])('%s', (_, planned, held, expected) => {
    const rules = { all: planned, any: [], actions: [] };
    expect(inZendeskOrder(rules, { all: held, any: [] }).all).toEqual(expected);
    expect(inZendeskOrder({ ...rules, all: [], any: planned }, { all: [], any: held }).any).toEqual(expected);
  });
});
