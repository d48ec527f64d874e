/**
 * zendesk_routing_attribute and zendesk_routing_attribute_value between Terraform and Zendesk: the value's resource
 * id, what a plan sends, the state an answer becomes given the prior (conditions as sets, empty lists and a missing
 * `conditions` read as the prior spelt them), what a write did not keep, the plan's refusal in words, and attribute
 * maps that cover the schemas.
 */
import type { ApiAttributeValue } from '../../src/client/routing-attributes';
import type { Attribute } from '../../src/framework';
import { Diagnostics, UNKNOWN } from '../../src/framework';
import { ROUTING_ATTRIBUTE_ATTRIBUTES } from '../../src/provider/routing-attribute/attribute-map';
import { SKILLS_PLAN_SUMMARY, reportSkillsError } from '../../src/provider/routing-attribute/plan-refusal';
import { routingAttributeSchema } from '../../src/provider/routing-attribute/schema';
import { ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES } from '../../src/provider/routing-attribute-value/attribute-map';
import { parseValueResourceId, unkept, valuePayload, valueToState } from '../../src/provider/routing-attribute-value/mapping';
import { routingAttributeValueSchema } from '../../src/provider/routing-attribute-value/schema';

const A = '468ffec1-f80c-11eb-8231-51714e7ee9ec';
const V = '5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da';
const german = { field: 'locale_id', operator: 'is', value: '8' };
const open = { field: 'status', operator: 'is', value: 'open' };
const answer = (conditions: ApiAttributeValue['conditions']): ApiAttributeValue => ({ id: V, name: 'German', conditions });

describe('routing attribute value id', () => {
  it.each([
    [`${A}/${V}`, { attributeId: A, valueId: V }],
    [V, undefined],
    [`${A}/`, undefined],
    [`${A}/${V}/x`, undefined],
    [`${A} / ${V}`, undefined],
  ])('reads %j as %j', (id, ids) => {
    expect(parseValueResourceId(id)).toEqual(ids);
  });
});

describe('routing attribute value payload', () => {
  it.each([
    ['conditions as planned', { name: 'German', conditions: { all: [german], any: null } }, { name: 'German', conditions: { all: [german], any: [] } }],
    ['no conditions as empty lists, which clear Zendesk\'s', { name: 'German', conditions: null }, { name: 'German', conditions: { all: [], any: [] } }],
    ['a valueless condition without a value', { name: 'x', conditions: { all: [{ field: 'status', operator: 'present', value: null }], any: null } }, { name: 'x', conditions: { all: [{ field: 'status', operator: 'present' }], any: [] } }],
    ['no conditions while some are unknown', { name: 'x', conditions: { all: [{ field: 'status', operator: 'is', value: UNKNOWN }], any: null } }, { name: 'x' }],
  ])('sends %s', (_what, plan, payload) => {
    expect(valuePayload(plan)).toEqual(payload);
  });
});

describe('routing attribute value state', () => {
  it.each([
    ['no conditions (no key) as null', null, null, null],
    ['empty lists as null when the prior had none', { all: [], any: [] }, null, null],
    ['empty lists as the prior spelt them', { all: [], any: [] }, { all: [], any: null }, { all: [], any: null }],
    ['a condition whose value Zendesk answers as a number as text', { all: [{ ...german, value: 8 }], any: [] }, null, { all: [german], any: null }],
    ['conditions in Zendesk\'s order (a set: no change)', { all: [open, german], any: [] }, { all: [german, open], any: null }, { all: [open, german], any: null }],
  ])('reads %s', (_what, conditions, priorConditions, state) => {
    const prior = { id: `${A}/${V}`, attribute_id: A, name: 'German', conditions: priorConditions };
    expect(valueToState(answer(conditions), A, prior)).toEqual({ id: `${A}/${V}`, value_id: V, attribute_id: A, name: 'German', conditions: state });
  });

  it('names what Zendesk did not keep, and nothing when it kept the conditions in another order', () => {
    const plan = { name: 'German', conditions: { all: [german, open], any: null } };
    expect(unkept(plan, answer({ all: [open, german], any: [] }))).toEqual([]);
    expect(unkept(plan, { ...answer({ all: [german], any: [] }), name: 'Deutsch' })).toEqual(['name "German"', 'ALL condition status is "open"']);
  });
});

describe('the plan\'s refusal of skills-based routing', () => {
  const HINT = 'The credentials are valid but not allowed to do this: changing account settings and triggers needs an admin.';
  const apiError = (status: number) =>
    Object.assign(new Error(`GET /api/v2/routing/attributes answered ${status}. ${HINT}`), { name: 'ZendeskAuthError', status, hint: HINT, [Symbol.for('cdktf-zendesk-messaging.ZendeskApiError')]: true });

  it('names the plan and what to do for a 403', () => {
    const diagnostics = new Diagnostics();
    reportSkillsError(apiError(403), diagnostics, 'Creating routing attribute "Language" in "acme"', 'acme');
    expect(diagnostics.errors).toEqual([
      expect.objectContaining({ summary: SKILLS_PLAN_SUMMARY, detail: expect.stringMatching(/^Creating routing attribute "Language" in "acme": Zendesk answered 403 .*Upgrade "acme"/) }),
    ]);
    expect(diagnostics.errors[0].detail).not.toContain('settings and triggers');
  });

  it('reports any other refusal as the API error it is', () => {
    const diagnostics = new Diagnostics();
    reportSkillsError(apiError(401), diagnostics, 'Reading', 'acme');
    expect(diagnostics.errors[0].summary).toBe('Zendesk rejected the credentials');
  });
});

/** Every attribute path down to single nested objects and a nested object's own lists. */
function paths(attributes: Readonly<Record<string, Attribute>>, prefix = ''): string[] {
  return Object.entries(attributes).flatMap(([name, a]) => [`${prefix}${name}`, ...(a.kind === 'nested' && a.nesting === 'single' ? paths(a.attributes, `${prefix}${name}.`) : [])]);
}

describe('the attribute maps', () => {
  it.each([
    ['zendesk_routing_attribute', routingAttributeSchema.attributes, ROUTING_ATTRIBUTE_ATTRIBUTES],
    ['zendesk_routing_attribute_value', routingAttributeValueSchema.attributes, ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES],
  ] as const)('of %s have one entry per schema attribute, and no other', (_type, attributes, entries) => {
    expect(entries.map((e) => e.attribute).sort()).toEqual(paths(attributes).sort());
  });

  it('say in plain words what a skill\'s conditions do', () => {
    const all = ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES.find((e) => e.attribute === 'conditions.all')!;
    expect(all.effect!([german, open])).toContain('need an agent with this skill');
  });
});
