/**
 * The L2's facts about the messaging settings agree with the provider's attribute map (and Zendesk's facts under it):
 * the enums, the ranges and units, the defaults and the Admin Center words its users read in their editor. A value
 * changed on one side only fails here.
 */
import './support/jest-setup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import { MessagingSessionPolicy, RoutingTreatment, ZendeskProvider } from '../../src/constructs';
import { FACTS } from '../../src/client/settings-facts';
import { MESSAGING_CSAT_TRIGGER_TITLE } from '../../src/provider/trigger/titles';
import {
  END_SESSIONS,
  INACTIVITY_TIMEOUT,
  MAX_REMINDERS,
  REMINDER_WAIT,
  ROUTING_TREATMENTS,
  WRITTEN_SETTINGS,
  entryFor,
  isSetting,
} from '../../src/provider/messaging-settings/attribute-map';
import { propDocs } from './support/tsdoc';

const POLICY = join(__dirname, '..', '..', 'src', 'constructs', 'messaging-session-policy.ts');
const camelCase = (attribute: string) => attribute.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const resetValue = (attribute: string) => {
  const entry = entryFor(attribute);
  if (!entry || !isSetting(entry)) throw new Error(`${attribute} is not a setting of the attribute map`);
  const decoded = entry.decode(entry.fact.newAccount);
  if (!('value' in decoded)) throw new Error(`${attribute}: Zendesk's default does not decode`);
  return decoded.value;
};

describe('RoutingTreatment', () => {
  const source = readFileSync(join(__dirname, '..', '..', 'src', 'constructs', 'routing-treatment.ts'), 'utf8');
  const flat = (text: string) => text.replace(/^\s*\*\s?/gm, '').replace(/\s+/g, ' ');

  it('has one constant per value of the attribute map, and no other', () => {
    const constants = Object.entries(RoutingTreatment).filter(([, v]) => v instanceof RoutingTreatment) as [string, RoutingTreatment][];
    expect(constants.map(([name, t]) => [name, t.value]).sort()).toEqual([...ROUTING_TREATMENTS].map((v) => [v.toUpperCase(), v]).sort());
  });

  it("names the setting's Admin Center location as the map does, and Zendesk's default on the right constant", () => {
    expect(flat(source)).toContain(`(${entryFor('agent_ended_session_routing')!.adminCenter})`);
    const defaultDoc = /\/\*\*([^/]*?\(Zendesk's default\)[^/]*?)\*\/\s*public static readonly (\w+)/.exec(source);
    expect(defaultDoc?.[2]).toBe(String(resetValue('agent_ended_session_routing')).toUpperCase());
  });
});

describe("MessagingSessionPolicy's props and their docs agree with the attribute map", () => {
  const inactivity = propDocs(POLICY, 'SessionInactivityOptions');
  const reminder = propDocs(POLICY, 'InactivityReminder');
  const policy = propDocs(POLICY, 'MessagingSessionPolicyProps');

  it('has an inactivity option, documented, for each inactivity setting of the map', () => {
    const settings = WRITTEN_SETTINGS.filter((s) => s.attribute.startsWith('inactivity.')).map((s) => camelCase(s.attribute.slice('inactivity.'.length)));
    expect([...inactivity.keys()]).toEqual(settings);
  });

  it('has a prop for each top-level setting of the map', () => {
    const settings = WRITTEN_SETTINGS.filter((s) => !s.attribute.includes('.')).map((s) => camelCase(s.attribute));
    expect([...policy.keys()]).toEqual(expect.arrayContaining(settings));
  });

  it.each([
    ['timeoutMinutes', `${INACTIVITY_TIMEOUT.unit} of inactivity`, `(${INACTIVITY_TIMEOUT.min}-${INACTIVITY_TIMEOUT.max})`],
    ['timeoutMinutes', `Zendesk's default is ${JSON.stringify(resetValue('inactivity.timeout_minutes'))}`, ''],
    ['endSession', `Zendesk's default is ${JSON.stringify(resetValue('inactivity.end_session'))}`, ''],
    ['reminders', `Up to ${MAX_REMINDERS} reminders`, ''],
  ])('inactivity.%s says %s %s', (prop, words, range) => {
    expect(inactivity.get(prop)?.toLowerCase()).toContain(words.toLowerCase());
    expect(inactivity.get(prop)).toContain(range);
  });

  it('gives the reminder wait in the unit and range of the map', () => {
    expect(reminder.get('waitSeconds')).toContain(`in ${REMINDER_WAIT.unit} (${REMINDER_WAIT.min}-${REMINDER_WAIT.max})`);
    expect(reminder.get('waitSeconds')).toContain(`must be unset for the first, which fires after \`timeoutMinutes\``);
  });

  it("names Zendesk's default routing treatment, the Admin Center location and the CSAT trigger's title as the map does", () => {
    const treatment = resetValue('agent_ended_session_routing') as string;
    expect(policy.get('agentEndedSessionRouting')).toContain(`Zendesk's default is RoutingTreatment.${treatment.toUpperCase()}`);
    expect(policy.get('agentsCanEndSessions')).toContain(`(${END_SESSIONS})`);
    expect(policy.get('csatTriggerTitle')).toContain(`@default '${MESSAGING_CSAT_TRIGGER_TITLE}'`);
    expect(FACTS['messaging.messaging_end_session'].legacyAccount).toBe(false); // "Accounts that had messaging before … have it off"
    expect(policy.get('agentsCanEndSessions')).toContain('Accounts that had messaging before the feature shipped have it off');
  });
});

describe("MessagingSessionPolicy's checks use the map's ranges and units", () => {
  const synth = (props: ConstructorParameters<typeof MessagingSessionPolicy>[2]) => {
    const s = new TerraformStack(Testing.app(), 'test');
    new ZendeskProvider(s, 'zendesk', { subdomain: 'acme' });
    new MessagingSessionPolicy(s, 'Policy', props);
    return Testing.synth(s);
  };
  const words = (prop: string, range: { min: number; max: number; unit: string }, got: number) =>
    `'${prop}' must be a whole number of ${range.unit} from ${range.min} to ${range.max}, got '${got}'`;

  it.each([INACTIVITY_TIMEOUT.min, INACTIVITY_TIMEOUT.max])('accepts a timeout of %p', (minutes) => {
    expect(() => synth({ inactivity: { timeoutMinutes: minutes } })).not.toThrow();
  });
  it.each([INACTIVITY_TIMEOUT.min - 1, INACTIVITY_TIMEOUT.max + 1])('refuses a timeout of %p', (minutes) => {
    expect(() => synth({ inactivity: { timeoutMinutes: minutes } })).toThrow(words('inactivity.timeoutMinutes', INACTIVITY_TIMEOUT, minutes));
  });
  it.each([REMINDER_WAIT.min - 1, REMINDER_WAIT.max + 1])('refuses a reminder wait of %p', (seconds) => {
    const reminders = [{ message: 'a' }, { message: 'b', waitSeconds: seconds }];
    expect(() => synth({ inactivity: { reminders } })).toThrow(words('inactivity.reminders[1].waitSeconds', REMINDER_WAIT, seconds));
  });
  it(`refuses more than ${MAX_REMINDERS} reminders`, () => {
    const reminders = Array.from({ length: MAX_REMINDERS + 1 }, (_, i) => ({ message: `m${i}`, ...(i ? { waitSeconds: REMINDER_WAIT.min } : {}) }));
    expect(() => synth({ inactivity: { reminders: reminders.slice(0, MAX_REMINDERS) } })).not.toThrow();
    expect(() => synth({ inactivity: { reminders } })).toThrow(`'inactivity.reminders' accepts at most ${MAX_REMINDERS} items, got ${MAX_REMINDERS + 1}`);
  });
});
