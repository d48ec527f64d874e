/**
 * OmnichannelRouting's `skills` prop (skill types and their skills) normalized and checked at synth, as
 * routing-checks.ts does the other props: what Zendesk would refuse fails naming the prop. The words for skill types
 * and skills are the attribute maps' (what drift reports and plan summaries call them), so a message here says what
 * an admin reads in Admin Center.
 */
import { ROUTING_ATTRIBUTE_ATTRIBUTES } from '../provider/routing-attribute/attribute-map';
import { ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES } from '../provider/routing-attribute-value/attribute-map';
import { toText } from './policy-props';
import { known, list, normalizeConditions, validateConditions, validateUnique } from './routing-prop-lists';
import type { SkillOptions, SkillTypeOptions } from './routing-props';
import { isKnown, validateNonEmpty } from './validate-props';

/** An account holds at most 10 skill types, a skill type at most 30 skills [documented: docs/design/skills-routing.md#limits]. */
export const SKILL_LIMITS = { skillTypesPerAccount: 10, skillsPerType: 30 } as const;

/** 'skill type' and 'skill', from the attribute maps' words for the name ('Skill type name', 'Skill name'). */
const nounOf = (attributes: typeof ROUTING_ATTRIBUTE_ATTRIBUTES) => attributes.find((a) => a.attribute === 'name')!.words.replace(/ name$/, '').toLowerCase();
const SKILL_TYPE = nounOf(ROUTING_ATTRIBUTE_ATTRIBUTES);
const SKILL = nounOf(ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES);

function normalizeSkill(at: string, value: unknown): SkillOptions {
  const s = known(at, value, ['name', 'conditions'])!;
  return { name: toText(`${at}.name`, s.name) as string, conditions: normalizeConditions(`${at}.conditions`, s.conditions) };
}

function normalizeSkillType(at: string, value: unknown): SkillTypeOptions {
  const t = known(at, value, ['name', 'skills'])!;
  return { name: toText(`${at}.name`, t.name) as string, skills: list(`${at}.skills`, t.skills, normalizeSkill) };
}

export const normalizeSkills = (value: unknown): SkillTypeOptions[] => list('skills', value, normalizeSkillType);

/** Zendesk refuses a blank name (the provider's schemas say "a name that is not blank"). */
function validateName(at: string, name: string | undefined, noun: string): void {
  if (name === undefined) throw new Error(`'${at}' is missing: each ${noun} needs a name`);
  validateNonEmpty(at, name);
}

function validateCount(prop: string, items: readonly unknown[], max: number, what: string, holder: string): void {
  if (items.length > max) throw new Error(`'${prop}' lists ${items.length} ${what}s: ${holder} holds at most ${max}, and Zendesk refuses more. Remove ${items.length - max}.`);
}

export function validateSkills(skillTypes: SkillTypeOptions[]): void {
  validateCount('skills', skillTypes, SKILL_LIMITS.skillTypesPerAccount, SKILL_TYPE, 'an account');
  validateUnique('skills', skillTypes.map((t) => t.name), SKILL_TYPE);
  skillTypes.forEach((type, i) => {
    const at = `skills[${i}]`;
    validateName(`${at}.name`, type.name, SKILL_TYPE);
    const skills = type.skills ?? [];
    validateCount(`${at}.skills`, skills, SKILL_LIMITS.skillsPerType, SKILL, `a ${SKILL_TYPE}`);
    // Two skills of one name in one type could not be told apart by agents or triggers (and share a construct id).
    validateUnique(`${at}.skills`, skills.map((s) => s.name), `${SKILL} of the ${SKILL_TYPE}${isKnown(type.name) ? ` '${type.name}'` : ''}`);
    skills.forEach((skill, j) => {
      validateName(`${at}.skills[${j}].name`, skill.name, SKILL);
      validateConditions(`${at}.skills[${j}].conditions`, skill.conditions);
    });
  });
}
