/**
 * A changed list or set of objects in the reports (plan-summary, drift's text, JUnit, HTML, Markdown and JSON): its
 * elements are matched by value, so removing one condition from the middle reads as that condition removed, never
 * as every later one changed into the next (`field = "status_category" -> "via_id"`, a list block's plan text).
 * The same for any type: the CLI knows no resource type by name.
 */
import { driftFromPlan } from '../../src/cli/drift/analyze';
import type { DirectoryResult } from '../../src/cli/drift/check';
import { RENDERERS } from '../../src/cli/drift/render';
import { renderPlanSummary } from '../../src/cli/plan-summary/render';
import { describeChange, rawChange } from '../../src/cli/report/describe';
import { listDelta } from '../../src/cli/report/diff';
import type { PlanJson, ResourceChangeJson } from '../../src/cli/report/plan-json';

const ZENDESK = 'registry.terraform.io/zendesk-iac/zendesk';

/** A condition as a plan's JSON holds it (every attribute of the block, unset ones null). */
const cond = (field: string, operator: string, value: string) => ({ field, field_title: null, operator, value, value_title: null, values: null });
const STATUS = cond('status_category', 'is', 'open');
const VIA = cond('via_id', 'is', '74');
const TAGS = cond('current_tags', 'includes', 'vip');
const PRIORITY = cond('priority', 'is', 'high');
/** The example: four conditions, the 2nd removed. */
const FOUR = [STATUS, VIA, TAGS, PRIORITY];
const THREE = [STATUS, TAGS, PRIORITY];
/** The same as a set: terraform's plan JSON gives a set's elements in its own (sorted) order. */
const sortedSet = (items: object[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('listDelta: elements paired by value, never by index', () => {
  it.each([
    ['the 2nd of four removed', FOUR, THREE, { added: [], removed: [VIA], reordered: false }],
    ['the same, as sets in terraform order', sortedSet(FOUR), sortedSet(THREE), { added: [], removed: [VIA], reordered: false }],
    ['one inserted in the middle', THREE, FOUR, { added: [VIA], removed: [], reordered: false }],
    ['one replaced by another', FOUR, [STATUS, cond('via_id', 'is', '0'), TAGS, PRIORITY], { added: [cond('via_id', 'is', '0')], removed: [VIA], reordered: false }],
    ['only the order changed', FOUR, [...FOUR].reverse(), { added: [], removed: [], reordered: true }],
    ['a repeated element removed once', [TAGS, VIA, TAGS], [VIA, TAGS], { added: [], removed: [TAGS], reordered: false }],
    ['equal objects with their keys in another order', [{ a: 1, b: [2] }], [{ b: [2], a: 1 }], { added: [], removed: [], reordered: false }],
    ['primitives', [11, 12, 13], [12, 14], { added: [14], removed: [11, 13], reordered: false }],
  ])('%s', (_, before, after, expected) => {
    expect(listDelta(before, after)).toEqual(expected);
  });
});

describe('the change in words and raw', () => {
  it.each([
    ['a list block', FOUR, THREE],
    ['a set block', sortedSet(FOUR), sortedSet(THREE)],
  ])('names the removed condition of %s, and nothing else', (_, before, after) => {
    const change = { path: 'conditions.all', before, after, sensitive: false, unknown: false };
    expect(describeChange('zendesk_trigger', change)).toBe('Conditions (meet ALL): removed Via id is 74');
    // Unset attributes left out, so the element is short enough to read whole.
    expect(rawChange(change)).toBe('- {"field":"via_id","operator":"is","value":"74"}');
  });

  it('reads a list of a type without words element by element too', () => {
    const change = { path: 'rules', before: [{ n: 1 }, { n: 2 }, { n: 3 }], after: [{ n: 1 }, { n: 3 }], sensitive: false, unknown: false };
    expect(describeChange('unknown_type', change)).toBe('rules: removed {"n":2}');
    expect(rawChange(change)).toBe('- {"n":2}');
  });

  it('says a reorder is one, and keeps masked values masked', () => {
    expect(rawChange({ before: [1, 2], after: [2, 1], sensitive: false, unknown: false })).toBe('[1,2] → [2,1] (reordered)');
    expect(rawChange({ before: '(sensitive value)', after: '(sensitive value)', sensitive: true, unknown: false })).toBe('(sensitive value) → (sensitive value)');
  });
});

/** A saved plan that updates one trigger's ALL conditions from `before` to `after`; `outside`: Zendesk made the change. */
function triggerPlan(before: object[], after: object[], outside: boolean): PlanJson {
  const trigger = (all: object[]) => ({ id: '7', title: 'VIP', conditions: { all, any: [] }, actions: [] });
  const rc = (actions: string[], b: object[], a: object[]): ResourceChangeJson => ({
    address: 'zendesk_trigger.vip',
    mode: 'managed',
    type: 'zendesk_trigger',
    name: 'vip',
    provider_name: ZENDESK,
    change: { actions, before: trigger(b), after: trigger(a) },
  });
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    configuration: {
      provider_config: { zendesk: { name: 'zendesk', expressions: { base_url: { constant_value: 'http://127.0.0.1:9/acme' } } } },
      root_module: { resources: [{ address: 'zendesk_trigger.vip', mode: 'managed', type: 'zendesk_trigger', provider_config_key: 'zendesk', expressions: {} }] },
    },
    // Out of band, Zendesk went from the applied conditions to the ones it holds; the plan puts them back.
    ...(outside ? { resource_drift: [rc(['update'], after, before)], resource_changes: [rc(['update'], before, after)] } : { resource_changes: [rc(['update'], before, after)] }),
  };
}

const result = (plan: PlanJson): DirectoryResult => ({ dir: '/tmp/x', name: 'x', status: 'drift', durationMs: 1, ...driftFromPlan(plan), notes: [] });

describe('every report shows the removed condition, not the later ones shifted', () => {
  const shifted = /status_category"? ?(->|→) ?"?via_id|via_id"? ?(->|→) ?"?current_tags/;

  it('plan-summary', () => {
    const md = renderPlanSummary(triggerPlan(FOUR, THREE, false));
    expect(md).toContain('  - Conditions (meet ALL): removed Via id is 74\n');
    expect(md).not.toMatch(shifted);
  });

  it.each(Object.keys(RENDERERS) as (keyof typeof RENDERERS)[])('drift, %s: the condition Zendesk dropped, as removed', (format) => {
    // Zendesk lost VIA (an admin removed it); the plan adds it back. In time order: FOUR → THREE.
    const report = RENDERERS[format]([result(triggerPlan(THREE, FOUR, true))]);
    expect(report).toContain('removed Via id is 74');
    expect(report).not.toMatch(shifted);
    const raw = '- {"field":"via_id","operator":"is","value":"74"}';
    const xml = (text: string) => text.replaceAll('"', '&quot;');
    if (format === 'text') expect(report).toContain(`[conditions.all: ${raw}]`);
    if (format === 'junit') expect(report).toContain(`[conditions.all: ${xml(raw)}]`);
    if (format === 'html') expect(report).toContain(`conditions.all</code>: ${xml(raw)}</div>`);
  });
});
