/**
 * The settings tree at any depth: reads and writes are parameterised by the attribute table, so a copy of the table
 * with hypothetical settings three levels deep (under the existing inactivity object, and under a new top-level
 * object) must read, refresh, import, patch, reset and mirror aliases with no code change. Then the real table,
 * entry by entry.
 */
import type { ObjectValue, Value } from '../../src/framework';
import type { ManagedFact } from '../../src/provider/messaging-settings/attribute-map';
import { ATTRIBUTES, WRITTEN_SETTINGS, setting } from '../../src/provider/messaging-settings/attribute-map';
import { planToPatch, refreshState, settingsMapping } from '../../src/provider/messaging-settings/mapping';
import { SETTINGS_TREE, pathOf, settingsTree } from '../../src/provider/messaging-settings/settings-keys';

const hypotheticalFact = (section: string, key: string, newAccount: boolean | number): ManagedFact => ({
  section, key, type: typeof newAccount === 'boolean' ? 'boolean' : 'whole-number', newAccount, auditLabel: `${section} ${key}`, evidence: 'inferred', source: 'none',
});
const bool = (api: unknown) => (typeof api === 'boolean' ? { value: api } : { invalid: `holds ${JSON.stringify(api)}, not true or false` });
const whole = (api: unknown) => (typeof api === 'number' ? { value: api } : { invalid: `holds ${JSON.stringify(api)}, not a whole number` });
const identity = (value: Value) => value;

/** The real table, plus inactivity.escalation.{enabled, after_minutes, after} and focus.agent.{enabled} (new parents). */
const DEEPER = [
  ...ATTRIBUTES.filter((a) => a.attribute !== 'on_destroy'),
  { attribute: 'inactivity.escalation', words: 'Escalation', shape: 'object' as const },
  setting({ attribute: 'inactivity.escalation.enabled', fact: hypotheticalFact('messaging_inactivity', 'escalation_enabled', false), decode: bool, encode: identity, words: 'Escalate', shape: 'on-off', resets: true }),
  setting({ attribute: 'inactivity.escalation.after_minutes', fact: hypotheticalFact('messaging_inactivity', 'escalation_after', 20), decode: whole, encode: identity, words: 'Escalate after', shape: 'count', resets: true }),
  setting({
    attribute: 'inactivity.escalation.after', aliasOf: 'inactivity.escalation.after_minutes', fact: hypotheticalFact('messaging_inactivity', 'escalation_after', 20),
    decode: whole, encode: identity, words: 'Escalate after', shape: 'count',
  }),
  { attribute: 'focus', words: 'Focus', shape: 'object' as const },
  { attribute: 'focus.agent', words: 'Agent focus', shape: 'object' as const },
  setting({ attribute: 'focus.agent.enabled', fact: hypotheticalFact('routing', 'focus_mode_enabled', false), decode: bool, encode: identity, words: 'Focus mode', shape: 'on-off', resets: true }),
  ATTRIBUTES.find((a) => a.attribute === 'on_destroy')!,
];
const tree = settingsTree(DEEPER);
const deeper = settingsMapping(tree);

const answer = {
  messaging: { messaging_end_session: true },
  routing: { transform_to_email_enabled: false, focus_mode_enabled: true },
  messaging_inactivity: { enabled: true, timeout: 5, escalation_enabled: true, escalation_after: 30 },
};
const NO_INACTIVITY = { enabled: null, timeout_minutes: null, timeout: null, ticket_status_id: null, end_session: null, reminders: null };
const unmanaged: ObjectValue = { id: 'acme', agents_can_end_sessions: null, agent_ended_session_routing: null, inactivity: null, focus: null, on_destroy: 'retain' };

describe('a settings tree three levels deep (a hypothetical table)', () => {
  it('knows each object\'s own attributes, and the top-level ones', () => {
    expect(tree.objects.map((o) => [o.attribute, o.children])).toEqual([
      ['inactivity', ['enabled', 'timeout_minutes', 'timeout', 'ticket_status_id', 'end_session', 'reminders', 'escalation']],
      ['inactivity.escalation', ['enabled', 'after_minutes', 'after']],
      ['focus', ['agent']],
      ['focus.agent', ['enabled']],
    ]);
    expect(tree.topLevel).toEqual(['agents_can_end_sessions', 'agent_ended_session_routing', 'inactivity', 'focus']);
  });

  it('reads every setting into its own objects (a new parent holds its own attributes, not inactivity\'s)', () => {
    const { attributes, problems } = deeper.settingsToAttributes(answer);
    expect(problems).toEqual([]);
    expect(attributes.focus).toEqual({ agent: { enabled: true } });
    expect(attributes.inactivity).toEqual({ ...NO_INACTIVITY, enabled: true, timeout_minutes: 5, timeout: 5, escalation: { enabled: true, after_minutes: 30, after: 30 } });
  });

  it('imports every setting, creating each object on the way with its attributes unset', () => {
    const { state, problems } = deeper.refreshState(unmanaged, { routing: answer.routing, messaging_inactivity: { escalation_enabled: false } }, { everything: true });
    expect(problems).toEqual([]);
    expect(state.focus).toEqual({ agent: { enabled: true } });
    expect(state.inactivity).toEqual({ ...NO_INACTIVITY, escalation: { enabled: false, after_minutes: null, after: null } });
    expect(state.agent_ended_session_routing).toBe('messaging');
  });

  it('refreshes only the deep setting a state manages, and names it when the answer lacks it', () => {
    const prior = { ...unmanaged, inactivity: { ...NO_INACTIVITY, escalation: { enabled: false, after_minutes: null, after: null } } };
    expect(deeper.refreshState(prior, answer).state.inactivity).toEqual({ ...NO_INACTIVITY, escalation: { enabled: true, after_minutes: null, after: null } });
    const { state, problems } = deeper.refreshState(prior, { messaging_inactivity: {} });
    expect(problems.map((p) => [String(p.path), p.apiKey, p.problem])).toEqual([['inactivity.escalation.enabled', 'settings.messaging_inactivity.escalation_enabled', 'is missing']]);
    expect(state).toEqual(prior);
  });

  it('writes, resets and mirrors aliases three levels down', () => {
    const plan = { ...unmanaged, focus: { agent: { enabled: true } }, inactivity: { ...NO_INACTIVITY, escalation: { enabled: null, after_minutes: null, after: 15 } } };
    expect(deeper.planToPatch(plan)).toEqual({ routing: { focus_mode_enabled: true }, messaging_inactivity: { escalation_after: 15 } });
    expect(deeper.defaultsPatchFor(plan)).toEqual({
      routing: { focus_mode_enabled: false },
      messaging_inactivity: { enabled: true, timeout: 5, end_session: false, escalation_enabled: false, escalation_after: 20 },
    });
    const config = { ...plan, inactivity: { ...NO_INACTIVITY, escalation: { enabled: null, after_minutes: null, after: 15 } } };
    expect(valueAt(tree.planWithAliases(config, plan), 'inactivity.escalation')).toEqual({ enabled: null, after_minutes: 15, after: 15 });
  });
});

const valueAt = (object: ObjectValue, attribute: string) => pathOf(attribute).steps.reduce<Value>((v, step) => (v as ObjectValue)[(step as { name: string }).name], object);

/** A value of each shape, as a plan holds it and as Zendesk answers it. */
const samples: Record<string, [Value, unknown]> = {
  'on-off': [false, false],
  choice: ['email', true],
  count: [7, 7],
  'ticket-status': [42, 42],
  'reminder-list': [[{ message: 'Hi', timeout_seconds: null, ticket_status_id: null, tags: ['a'] }], [{ message: 'Hi', tags: ['a'] }]],
};

describe('the real table, entry by entry', () => {
  it.each(WRITTEN_SETTINGS.map((s) => [s.attribute, s] as const))('%s: a plan that sets only it patches only its key, and a refresh reads it back', (attribute, entry) => {
    const [value, api] = samples[entry.shape];
    const plan: Record<string, Value> = { id: 'acme', agents_can_end_sessions: null, agent_ended_session_routing: null, inactivity: null, on_destroy: 'retain' };
    SETTINGS_TREE.setAt(plan, pathOf(attribute), value);
    expect(planToPatch(plan)).toEqual({ [entry.section]: { [entry.key]: api } });
    const { state, problems } = refreshState(plan, { [entry.section]: { [entry.key]: api } });
    expect(problems).toEqual([]);
    expect(valueAt(state, attribute)).toEqual(value);
  });
});
