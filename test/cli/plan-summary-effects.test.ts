/**
 * What a pull-request plan summary says a routing change does, in words from the resource descriptors' attribute
 * maps (their `effect` sentences and `itemWords`), on hand-made plan JSON: one row per change.
 */
import { renderPlanSummary } from '../../src/cli/plan-summary/render';
import type { PlanJson } from '../../src/cli/report/plan-json';
import { RESOURCE_DESCRIPTORS } from '../../src/provider/descriptors';

const PROVIDER = 'registry.terraform.io/zendesk-iac/zendesk';
const RULE = { id: '01HG80ATNNZK1N7XRFVKX48XD6', name: 'Tier 1', description: 'Front line', capacities: { email: 3, messaging: 2, voice: 1 }, agent_ids: [11, 12], default: false };
const STATUS = { id: '5', status_category: 'pending', agent_label: 'Waiting on vendor', end_user_label: 'In progress', description: null, end_user_description: null, active: true };

function summaryOf(type: string, actions: string[], before: object | null, after: object | null): string {
  const plan = {
    format_version: '1.2',
    resource_changes: [{ address: `${type}.this`, mode: 'managed', type, name: 'this', provider_name: PROVIDER, change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {} } }],
  } as unknown as PlanJson;
  return renderPlanSummary(plan, { marker: false });
}

describe('plan-summary: what a routing change does, in words', () => {
  const rows: Array<[string, string, string[], object | null, object | null, string[]]> = [
    ['more messaging work for a rule', 'zendesk_capacity_rule', ['update'], RULE, { ...RULE, capacities: { ...RULE.capacities, messaging: 4 } }, [
      '  - Messaging capacity: 2 → 4',
      '    - Effect: Omnichannel routing assigns each agent under this rule at most 4 messaging conversations at a time.',
    ]],
    ['a channel switched off for a rule', 'zendesk_capacity_rule', ['update'], RULE, { ...RULE, capacities: { ...RULE.capacities, voice: 0 } }, [
      '  - Voice capacity: 1 → 0',
      '    - Effect: Omnichannel routing assigns the agents under this rule no calls.',
    ]],
    ['one email ticket at a time', 'zendesk_capacity_rule', ['update'], RULE, { ...RULE, capacities: { ...RULE.capacities, email: 1 } }, [
      '    - Effect: Omnichannel routing assigns each agent under this rule at most 1 email ticket at a time.',
    ]],
    ['agents added and removed', 'zendesk_capacity_rule', ['update'], RULE, { ...RULE, agent_ids: [12, 13, 14] }, [
      '  - Agents under the capacity rule: added agent 13; agent 14; removed agent 11',
      "    - Effect: Agents 13, 14 leave the rule they were in and work to this rule's capacities; agent 11 falls back to the account's default rule.",
    ]],
    ['the default moved to this rule', 'zendesk_capacity_rule', ['update'], RULE, { ...RULE, agent_ids: [], default: true }, [
      "  - The account's default capacity rule: off → on",
      "    - Effect: This rule becomes the account's default: it applies to every agent no other capacity rule names, and the rule that was the default stops being it.",
      "    - Effect: Agents 11, 12 fall back to the account's default rule.",
    ]],
    ['a new rule', 'zendesk_capacity_rule', ['create'], null, { ...RULE, id: null }, [
      '  - A new capacity rule: the agents it names leave the rule they were in and work to its capacities.',
      '  - Agents under the capacity rule: agent 11; agent 12',
    ]],
    ['a rule deleted', 'zendesk_capacity_rule', ['delete'], RULE, null, ["  - ⚠️ the capacity rule is deleted in Zendesk; its agents fall back to the account's default rule."]],
    ['a ticket status deactivated', 'zendesk_custom_ticket_status', ['update'], STATUS, { ...STATUS, active: false }, [
      '  - Ticket status active: active → inactive',
      '    - Effect: Agents can no longer set tickets to this status; tickets already in it keep it.',
    ]],
    ['a ticket status destroyed', 'zendesk_custom_ticket_status', ['delete'], STATUS, null, [
      '  - ⚠️ the ticket status is deactivated in Zendesk (Zendesk has no delete for statuses); tickets in it keep it.',
    ]],
  ]; // prettier-ignore

  it.each(rows)('%s', (_, type, actions, before, after, expected) => {
    const lines = summaryOf(type, actions, before, after).split('\n');
    for (const line of expected) expect(lines).toContain(line);
  });

  it('says nothing on a create of a rule that is not the default about agents falling back or the default moving', () => {
    const created = summaryOf('zendesk_capacity_rule', ['create'], null, { ...RULE, id: null });
    expect(created).not.toContain('falls back');
    expect(created).not.toContain('becomes the account\'s default');
  });
});

describe('plan-summary: every descriptor\'s words reach the summary (queues and skills included, whoever adds them)', () => {
  const SAMPLES: unknown[] = [2, 1, 0, true, false, [1, 2], [], 'text', null];
  /** `{a: {b: v}}` for the path `a.b`. */
  const nested = (path: string, value: unknown): object => path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as object;
  const cases = RESOURCE_DESCRIPTORS.flatMap((d) =>
    d.attributes.flatMap((entry) => {
      if (!entry.effect || entry.identifier) return [];
      // A value the sentence speaks for, replacing another one.
      for (const after of SAMPLES) {
        const before = SAMPLES.find((b) => JSON.stringify(b) !== JSON.stringify(after) && b !== null);
        const sentence = entry.effect(after, before);
        if (sentence) return [[d.typeName, entry.attribute, before, after, sentence] as const];
      }
      return [];
    }),
  );

  it('covers the routing resources\' attributes that have a sentence', () => {
    expect(cases.map(([type, attribute]) => `${type}.${attribute}`)).toEqual(expect.arrayContaining(['zendesk_capacity_rule.capacities.messaging', 'zendesk_custom_ticket_status.active']));
  });

  it.each(cases)('%s: a change of %s says what it does', (type, attribute, before, after, sentence) => {
    expect(summaryOf(type, ['update'], nested(attribute, before), nested(attribute, after))).toContain(`    - Effect: ${sentence}`);
  });

  it.each(RESOURCE_DESCRIPTORS.filter((d) => d.onCreate).map((d) => [d.typeName, d.onCreate!]))('%s: a create says what it does', (type, words) => {
    expect(summaryOf(type, ['create'], null, {})).toContain(`  - ${words}`);
  });

  it.each(RESOURCE_DESCRIPTORS.filter((d) => d.onDestroy).map((d) => [d.typeName, d.onDestroy!(undefined)]))('%s: a destroy says what it does', (type, words) => {
    expect(summaryOf(type, ['delete'], {}, null)).toContain(`  - ${words}.`);
  });
});
