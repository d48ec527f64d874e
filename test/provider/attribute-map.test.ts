/**
 * zendesk_messaging_settings' attribute map (attribute-map.ts) against what derives from it: every schema
 * attribute has an entry and every entry an attribute; ranges and values are the schema's validators; reset
 * defaults are values the schema accepts; the CLI's words and the L2's enum are the map's.
 */
import type { Attribute } from '../../src/framework';
import { Diagnostics, Path } from '../../src/framework';
import { labelFor } from '../../src/cli/report/labels';
import { RoutingTreatment } from '../../src/constructs/routing-treatment';
import { ATTRIBUTES, ROUTING_TREATMENTS, SETTINGS, TYPE_NAME, entryFor } from '../../src/provider/messaging-settings/attribute-map';
import { defaultsPatchFor } from '../../src/provider/messaging-settings/mapping';
import { messagingSettingsDataSourceSchema, messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { TRIGGER_ATTRIBUTES, TRIGGER_TYPE_NAME, triggerEntryFor } from '../../src/provider/trigger/attribute-map';
import { triggerSchema } from '../../src/provider/trigger/schema';

/** Every attribute path down to single nested objects (a list's elements belong to the list's entry). */
function attributePaths(attributes: Readonly<Record<string, Attribute>>, prefix = ''): [string, Attribute][] {
  return Object.entries(attributes).flatMap(([name, attribute]): [string, Attribute][] => {
    const path = `${prefix}${name}`;
    const nested = attribute.kind === 'nested' && attribute.nesting === 'single' ? attributePaths(attribute.attributes, `${path}.`) : [];
    return [[path, attribute], ...nested];
  });
}

const resourcePaths = attributePaths(messagingSettingsSchema.attributes);
const schemaAttribute = (path: string) => resourcePaths.find(([p]) => p === path)?.[1];

describe('the attribute map of zendesk_messaging_settings', () => {
  it.each(resourcePaths.map(([path]) => path))('has an entry for %s', (path) => {
    expect(entryFor(path)).toBeDefined();
  });

  it('has no entry for an attribute the schema lacks, and none twice', () => {
    const names = ATTRIBUTES.map((a) => a.attribute);
    expect(names.filter((name) => !schemaAttribute(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers the data source too (its one extra attribute is the routing prerequisite)', () => {
    const extra = attributePaths(messagingSettingsDataSourceSchema.attributes).filter(([path]) => !entryFor(path)).map(([path]) => path);
    expect(extra).toEqual(['omnichannel_routing_enabled']);
  });

  it.each(SETTINGS.filter((s) => s.range).map((s) => [s.attribute, s.range!] as const))('declares the range of %s as the schema validates it', (attribute, range) => {
    const descriptions = (schemaAttribute(attribute)!.validators ?? []).map((v) => v.description);
    expect(descriptions).toContain(`Must be between ${range.min} and ${range.max} ${range.unit}.`);
  });

  it('lists the routing values the schema accepts, and the L2 enum is made of them', () => {
    const validate = (value: string) => {
      const diagnostics = new Diagnostics();
      for (const v of schemaAttribute('agent_ended_session_routing')!.validators ?? []) v.validate({ path: Path.root('agent_ended_session_routing'), value, config: {} }, diagnostics);
      return diagnostics.hasError();
    };
    expect(ROUTING_TREATMENTS.map(validate)).toEqual(ROUTING_TREATMENTS.map(() => false));
    expect(validate('sms')).toBe(true);
    expect([RoutingTreatment.MESSAGING.value, RoutingTreatment.EMAIL.value].sort()).toEqual([...ROUTING_TREATMENTS].sort());
  });

  it('resets every managed top-level setting from the map, to values the schema accepts', () => {
    const managed = { id: 'acme', agents_can_end_sessions: false, agent_ended_session_routing: 'email', inactivity: { enabled: false }, on_destroy: 'reset' };
    expect(defaultsPatchFor(managed)).toEqual({
      messaging: { messaging_end_session: true },
      routing: { transform_to_email_enabled: false },
      messaging_inactivity: { enabled: true, timeout: 5, end_session: false },
    });
    for (const entry of SETTINGS.filter((s) => s.resetTo !== undefined)) {
      const diagnostics = new Diagnostics();
      for (const v of schemaAttribute(entry.attribute)!.validators ?? []) v.validate({ path: Path.root(entry.attribute), value: entry.resetTo!, config: {} }, diagnostics);
      expect([entry.attribute, diagnostics.errors]).toEqual([entry.attribute, []]);
    }
  });

  /** Values a setting can hold, per its shape: what a plan summary may have to speak for. */
  const sampleValues = (entry: (typeof SETTINGS)[number]): unknown[] => {
    switch (entry.shape) {
      case 'on-off':
        return [true, false];
      case 'choice':
        return Object.keys(entry.valueWords ?? {});
      case 'count':
        return [entry.range!.min, entry.range!.max];
      case 'ticket-status':
        return [8001424138749];
      case 'reminder-list':
        return [[], [{ message: 'Still there?' }], [{ message: 'a' }, { message: 'b', timeout_seconds: 300 }]];
      default:
        return [];
    }
  };

  it.each(SETTINGS.map((s) => [s.attribute, s] as const))('says in one sentence what every value of %s does (plan summaries)', (_attribute, entry) => {
    const values = sampleValues(entry);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const sentence = entry.effect?.(value);
      expect([value, sentence]).toEqual([value, expect.stringMatching(/^[A-Z].+\.$/)]);
      expect(sentence).not.toMatch(/\.\s+[A-Z]/); // one sentence
      expect(labelFor(TYPE_NAME, entry.attribute).effect?.(value)).toBe(sentence);
    }
    expect(entry.effect?.(undefined)).toBeUndefined();
  });

  it('gives the CLI its words for every attribute but the identifier', () => {
    for (const entry of ATTRIBUTES.filter((a) => !a.identifier)) expect(labelFor(TYPE_NAME, entry.attribute).label).toBe(entry.words);
  });

  it('names every deprecated alias after an attribute of the map, with the same words', () => {
    for (const alias of SETTINGS.filter((s) => s.aliasOf)) {
      expect(schemaAttribute(alias.attribute)!.deprecationMessage).toContain(alias.aliasOf);
      expect(entryFor(alias.aliasOf!)?.words).toBe(alias.words);
    }
  });
});

describe('the attribute map of zendesk_trigger', () => {
  // Blocks count as attributes here (conditions, conditions.all, …); their items' fields belong to the block's entry.
  const blockPaths = (container: { attributes: object; blocks?: Record<string, { blocks?: object; nesting: string }> }, prefix = ''): string[] => [
    ...Object.keys(container.attributes).map((name) => `${prefix}${name}`),
    ...Object.entries(container.blocks ?? {}).flatMap(([name, block]) => [
      `${prefix}${name}`,
      ...(block.nesting === 'single' ? blockPaths(block as never, `${prefix}${name}.`) : []),
    ]),
  ];
  const paths = blockPaths(triggerSchema as never);

  it.each(paths)('has an entry for %s', (path) => {
    expect(triggerEntryFor(path)).toBeDefined();
  });

  it('has no entry for an attribute the schema lacks', () => {
    expect(TRIGGER_ATTRIBUTES.map((a) => a.attribute).filter((name) => !paths.includes(name))).toEqual([]);
  });

  it('gives the CLI its words for every attribute but the identifier', () => {
    for (const entry of TRIGGER_ATTRIBUTES.filter((a) => !a.identifier)) expect(labelFor(TRIGGER_TYPE_NAME, entry.attribute).label).toBe(entry.words);
  });
});
