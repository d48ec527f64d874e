/**
 * The account settings resources' schemas are derived from their attribute tables (account-settings-schema.ts): a
 * row is all a setting needs to get its type, description, validators and "unset means unmanaged", at any depth.
 * First a copy of the messaging settings' table with hypothetical rows, then the real tables row by row.
 */
import type { Attribute } from '../../src/framework';
import { Diagnostics, Path } from '../../src/framework';
import { resourceAttributes, settingsOutputs } from '../../src/provider/account-settings-schema';
import type { AttributeEntry } from '../../src/provider/attribute-words';
import type { ManagedFact } from '../../src/provider/messaging-settings/attribute-map';
import { ATTRIBUTES, bool, identity, setting, wholeNumber } from '../../src/provider/messaging-settings/attribute-map';
import { messagingSettingsDataSourceSchema, messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { ATTRIBUTES as ROUTING_ATTRIBUTES } from '../../src/provider/routing-configuration/attribute-map';
import { routingConfigurationSchema } from '../../src/provider/routing-configuration/schema';

const fact = (section: string, key: string, newAccount: boolean | number | string): ManagedFact => ({
  section, key, type: typeof newAccount === 'boolean' ? 'boolean' : typeof newAccount === 'number' ? 'whole-number' : 'text', newAccount,
  auditLabel: `${section} ${key}`, evidence: 'observed', source: 'none',
});
const text = (api: unknown) => (typeof api === 'string' ? { value: api } : { invalid: 'not text' });

/** The real table plus a top-level choice, a text, and inactivity.escalation.{enabled, after_minutes}. */
const WITH_NEW_ROWS: readonly AttributeEntry[] = [
  ...ATTRIBUTES,
  setting({
    attribute: 'greeting_tone', fact: fact('messaging', 'tone', 'warm'), decode: text, encode: identity, words: 'Greeting tone', shape: 'choice',
    valueWords: { warm: 'warm', formal: 'formal' }, description: 'How greetings sound.',
  }),
  setting({ attribute: 'signature', fact: fact('messaging', 'signature', 'x'), decode: text, encode: identity, words: 'Signature', shape: 'text', length: { min: 1, max: 40 }, description: 'Sign-off.' }),
  { attribute: 'inactivity.escalation', words: 'Escalation', shape: 'object', description: 'Escalating inactive conversations.' },
  setting({ attribute: 'inactivity.escalation.enabled', fact: fact('messaging_inactivity', 'escalation', false), decode: bool, encode: identity, words: 'Escalate', shape: 'on-off', description: 'Escalate.' }),
  setting({
    attribute: 'inactivity.escalation.after_minutes', fact: fact('messaging_inactivity', 'escalation_after', 20), decode: wholeNumber, encode: identity,
    words: 'Escalate after', shape: 'count', range: { min: 5, max: 60, unit: 'minutes' }, description: 'Minutes before escalating.',
  }),
];

/** The errors the attribute's validators give a value. */
function errorsFor(attribute: Attribute, value: string | number): string[] {
  const diagnostics = new Diagnostics();
  for (const v of attribute.validators ?? []) v.validate({ path: Path.root('x'), value, config: {} }, diagnostics);
  return diagnostics.errors.map((e) => e.summary);
}
const isUnmanaged = (a: Attribute) => a.optional === true && a.computed === true && (a.planModifiers ?? []).some((m) => /Terraform does not manage/.test(m.description));
const nested = (a: Attribute | undefined) => (a as { attributes: Record<string, Attribute> } | undefined)?.attributes ?? {};

describe('a new row is all a setting needs', () => {
  const attributes = resourceAttributes(WITH_NEW_ROWS);

  it('a choice: a string of its values, unmanaged when unset, described by its row', () => {
    const tone = attributes.greeting_tone;
    expect([tone.kind, isUnmanaged(tone), tone.description.startsWith('How greetings sound. ')]).toEqual(['string', true, true]);
    expect([errorsFor(tone, 'warm'), errorsFor(tone, 'loud').length]).toEqual([[], 1]);
  });

  it('a text: its length enforced', () => {
    expect([attributes.signature.kind, errorsFor(attributes.signature, 'Best'), errorsFor(attributes.signature, '').length]).toEqual(['string', [], 1]);
  });

  it('a nested object and its settings, each unmanaged when unset, a range enforced', () => {
    const escalation = nested(attributes.inactivity).escalation;
    expect([escalation?.kind, isUnmanaged(escalation!)]).toEqual(['nested', true]);
    const { enabled, after_minutes: after } = nested(escalation);
    expect([enabled.kind, isUnmanaged(enabled), after.kind, isUnmanaged(after)]).toEqual(['bool', true, 'int64', true]);
    expect([errorsFor(after, 5), errorsFor(after, 61).length]).toEqual([[], 1]);
  });

  it('the data source gets it as an output: computed only, no validators', () => {
    const outputs = settingsOutputs(WITH_NEW_ROWS);
    expect([outputs.greeting_tone.computed, outputs.greeting_tone.optional, outputs.greeting_tone.validators]).toEqual([true, false, undefined]);
    expect(nested(nested(outputs.inactivity).escalation).after_minutes.computed).toBe(true);
  });
});

/** Every attribute path of a schema down to single nested objects, with its attribute. */
function paths(attributes: Readonly<Record<string, Attribute>>, prefix = ''): [string, Attribute][] {
  return Object.entries(attributes).flatMap(([name, a]): [string, Attribute][] => [
    [`${prefix}${name}`, a],
    ...(a.kind === 'nested' && a.nesting === 'single' ? paths(a.attributes, `${prefix}${name}.`) : []),
  ]);
}

describe.each([
  ['zendesk_messaging_settings', ATTRIBUTES, messagingSettingsSchema.attributes],
  ['zendesk_routing_configuration', ROUTING_ATTRIBUTES, routingConfigurationSchema.attributes],
])('%s: the schema is its table', (_type, rows, attributes) => {
  const schemaPaths = paths(attributes);

  it('one schema attribute per row, in the same nesting', () => {
    expect(schemaPaths.map(([p]) => p).sort()).toEqual(rows.map((r) => r.attribute).sort());
  });

  it.each(rows.map((r) => [r.attribute, r] as const))('%s: described by its row', (attribute, row) => {
    const declared = schemaPaths.find(([p]) => p === attribute)![1];
    expect(row.description).toBeDefined();
    expect(declared.description.startsWith(row.description!)).toBe(true);
    expect(declared.deprecationMessage).toBe(row.deprecation);
  });
});

it("routing's reassignment timings carry a unit for reports but no bounds (Zendesk documents none)", () => {
  expect(routingConfigurationSchema.attributes.reassignment_messaging_timeout_seconds.validators).toBeUndefined();
  expect((messagingSettingsDataSourceSchema.attributes as Readonly<Record<string, Attribute>>).inactivity.computed).toBe(true);
});
