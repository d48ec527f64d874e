/**
 * The emulator's managed sections and audit labels come from Zendesk's facts (client/settings-facts.ts), stated once:
 * a new and a legacy account hold each fact's default, in the table's order, and an audit entry names each setting
 * by the fact's label.
 */
import { SETTING_FACTS, defaultOf } from '../../src/client/settings-facts';
import { settingLabel } from '../../src/emulator/audit/describe';
import { defaultSettings } from '../../src/emulator/settings/defaults';

const sections = [...new Set(SETTING_FACTS.map((f) => f.section))];

describe("the emulator's settings, from Zendesk's facts", () => {
  it.each([false, true])('gives an account (legacy: %s) every fact\'s default, in the table\'s order, and nothing else', (legacy) => {
    const settings = defaultSettings({ legacy });
    for (const section of sections) {
      const facts = SETTING_FACTS.filter((f) => f.section === section);
      expect([section, Object.keys(settings[section]!)]).toEqual([section, facts.map((f) => f.key)]);
      for (const f of facts) expect([`${section}.${f.key}`, settings[section]![f.key]]).toEqual([`${section}.${f.key}`, defaultOf(f, { legacy })]);
    }
    expect(settings.messaging!.messaging_end_session).toBe(!legacy);
  });

  it('gives every account its own copy of the defaults', () => {
    const first = defaultSettings({ legacy: false });
    (first.messaging_inactivity!.reminders as unknown[]).pop();
    expect(defaultSettings({ legacy: false }).messaging_inactivity!.reminders).toHaveLength(3);
  });

  it('labels audit entries with the facts\' labels, and spells out a key without one', () => {
    for (const f of SETTING_FACTS) if (f.auditLabel) expect(settingLabel(f.section, f.key)).toBe(f.auditLabel);
    expect(settingLabel('routing', 'skills_enabled')).toBe('Routing: skills enabled');
  });
});
