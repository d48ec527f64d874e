/**
 * OmnichannelRouting's `skills` prop: skill types (zendesk_routing_attribute) with their skills
 * (zendesk_routing_attribute_value) and the conditions that decide which tickets need them, and what Zendesk would
 * refuse failing synth naming the prop.
 */
import './support/jest-setup';
import { join } from 'node:path';
import { TerraformStack, Testing, Token } from 'cdktf';
import { OmnichannelRouting, type OmnichannelRoutingProps, RoutingAttribute, RoutingAttributeValue, ZendeskProvider } from '../../src/constructs';
import { SKILL_LIMITS } from '../../src/constructs/skill-checks';
import { SKILLS_ADMIN_CENTER } from '../../src/provider/routing-attribute/attribute-map';
import { SKILLS_PLAN_SUMMARY } from '../../src/provider/routing-attribute/plan-refusal';
import { propDocs } from './support/tsdoc';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'test');
  new ZendeskProvider(s, 'zendesk', { subdomain: 'acme' });
  return s;
}
const build = (props: unknown) => new OmnichannelRouting(stack(), 'Routing', props as OmnichannelRoutingProps);
const named = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i + 1}` }));
const german = { name: 'German', conditions: { any: [{ field: 'current_tags', operator: 'includes', value: 'german' }] } };

describe('OmnichannelRouting skills', () => {
  it('synthesizes skill types with their skills, each skill under its type, with its conditions', () => {
    const s = stack();
    const routing = new OmnichannelRouting(s, 'Routing', {
      skills: [
        { name: 'Language', skills: [german, { name: 'Spanish' }] },
        { name: 'Tier', skills: [{ name: 'VIP', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] } }] },
        { name: 'Empty' },
      ],
    });
    const json = JSON.parse(Testing.synth(s));
    const types = json.resource.zendesk_routing_attribute as Record<string, { name: string }>;
    expect(Object.values(types).map((t) => t.name).sort()).toEqual(['Empty', 'Language', 'Tier']);
    const keyOf = (name: string) => Object.keys(types).find((key) => types[key].name === name);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect((Object.values(json.resource.zendesk_routing_attribute_value) as { name: string }[]).sort(byName)).toEqual([
      { attribute_id: `\${zendesk_routing_attribute.${keyOf('Language')}.id}`, name: 'German', conditions: { any: [{ field: 'current_tags', operator: 'includes', value: 'german' }] } },
      { attribute_id: `\${zendesk_routing_attribute.${keyOf('Language')}.id}`, name: 'Spanish' },
      { attribute_id: `\${zendesk_routing_attribute.${keyOf('Tier')}.id}`, name: 'VIP', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] } },
    ]);
    expect(routing.skillTypes.Language).toBeInstanceOf(RoutingAttribute);
    expect(routing.skill('Language', 'German')).toBeInstanceOf(RoutingAttributeValue);
    expect(Object.keys(routing.skills.Language)).toEqual(['German', 'Spanish']);
    expect(routing.skills.Empty).toEqual({});
  });

  it('names a missing skill type or skill with the known ones', () => {
    const routing = build({ skills: [{ name: 'Language', skills: [german] }] });
    expect(() => routing.skill('Lang', 'German')).toThrow("No skill type is named 'Lang' (known: Language)");
    expect(() => routing.skill('Language', 'French')).toThrow("The skill type 'Language' has no skill named 'French' (known: German)");
  });

  it('adopts a skill type made in Admin Center with an import block on its L1 resource', () => {
    const s = stack();
    const routing = new OmnichannelRouting(s, 'Routing', { skills: [{ name: 'Language', skills: [german] }] });
    routing.skillTypes.Language.importFrom('5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da');
    const json = JSON.parse(Testing.synth(s));
    const [key] = Object.keys(json.resource.zendesk_routing_attribute);
    expect(json.import).toEqual([{ to: `zendesk_routing_attribute.${key}`, id: '5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da' }]);
  });

  it('lets tokens through unchecked (the provider checks them at plan)', () => {
    const s = stack();
    new OmnichannelRouting(s, 'Routing', { skills: [{ name: 'Language', skills: [{ name: Token.asString('${var.skill}') }, { name: Token.asString('${var.other}') }] }] });
    expect(Object.values(JSON.parse(Testing.synth(s)).resource.zendesk_routing_attribute_value).map((v) => (v as { name: string }).name).sort()).toEqual(['${var.other}', '${var.skill}']);
  });
});

describe('OmnichannelRouting refuses skills Zendesk would refuse, naming the prop', () => {
  it.each([
    ['a skill type without a name', { skills: [{ skills: [german] }] }, "'skills[0].name' is missing: each skill type needs a name"],
    ['a blank skill type name', { skills: [{ name: '  ' }] }, "'skills[0].name' must not be empty, got '  '"],
    ['a blank skill name', { skills: [{ name: 'Language', skills: [german, { name: '' }] }] }, "'skills[0].skills[1].name' must not be empty"],
    ['a skill without a name', { skills: [{ name: 'Language', skills: [{ conditions: german.conditions }] }] }, "'skills[0].skills[0].name' is missing: each skill needs a name"],
    ['two skill types of one name', { skills: [{ name: 'Language' }, { name: 'Language' }] }, "'skills[1]' is named 'Language' as skills[0] is: give each skill type its own name"],
    ['two skills of one name in a type', { skills: [{ name: 'Language', skills: [german, { name: 'German' }] }] }, "'skills[0].skills[1]' is named 'German' as skills[0].skills[0] is: give each skill of the skill type 'Language' its own name"],
    ['a condition without an operator', { skills: [{ name: 'Language', skills: [{ name: 'German', conditions: { any: [{ field: 'current_tags', value: 'german' }] } }] }] }, "'skills[0].skills[0].conditions.any[0]' needs a field and an operator"],
    ['a condition with a blank field', { skills: [{ name: 'Language', skills: [{ name: 'German', conditions: { all: [{ field: ' ', operator: 'is' }] } }] }] }, "'skills[0].skills[0].conditions.all[0].field' must not be empty"],
    ['a misspelt skill prop', { skills: [{ name: 'Language', skills: [{ name: 'German', condition: {} }] }] }, "'skills[0].skills[0].condition' is not a prop of OmnichannelRouting: did you mean 'skills[0].skills[0].conditions'?"],
    ['skills that are not a list', { skills: [{ name: 'Language', skills: german }] }, "'skills[0].skills' must be a list, got object"],
    [`more than ${SKILL_LIMITS.skillTypesPerAccount} skill types`, { skills: named(SKILL_LIMITS.skillTypesPerAccount + 1, 'Type') }, `'skills' lists 11 skill types: an account holds at most 10`],
    [`more than ${SKILL_LIMITS.skillsPerType} skills in a type`, { skills: [{ name: 'Language', skills: named(SKILL_LIMITS.skillsPerType + 1, 'Skill') }] }, `'skills[0].skills' lists 31 skills: a skill type holds at most 30`],
  ])('%s', (_, props, message) => {
    expect(() => build(props)).toThrow(message);
  });

  it('takes the most Zendesk allows', () => {
    expect(() => build({ skills: [...named(SKILL_LIMITS.skillTypesPerAccount - 1, 'Type'), { name: 'Language', skills: named(SKILL_LIMITS.skillsPerType, 'Skill') }] })).not.toThrow();
  });
});

describe("the skills prop's doc says what the provider knows", () => {
  const doc = propDocs(join(__dirname, '..', '..', 'src', 'constructs', 'routing-props.ts'), 'OmnichannelRoutingProps').get('skills')!;

  it("names the plan it needs as the provider's plan refusal does, where in Admin Center, and the limits checked", () => {
    expect(doc).toContain(SKILLS_PLAN_SUMMARY.replace(/^Skills-based routing needs /, 'Needs '));
    expect(doc).toContain(`(${SKILLS_ADMIN_CENTER})`);
    expect(doc).toContain(`at most ${SKILL_LIMITS.skillTypesPerAccount} skill types, and a skill type at most ${SKILL_LIMITS.skillsPerType} skills`);
  });
});
