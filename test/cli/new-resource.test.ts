/**
 * A resource the CLI has never seen, registered only by its descriptor, gets words, plan-summary lines, warnings,
 * fleet columns, an account and drift attribution (against the emulator's audit log) with no change under src/cli/: the registry
 * (src/provider/descriptors.ts) is mocked here with two made-up resources added, one shown per setting and one
 * shown as a whole.
 */
import type * as Attribution from '../../src/cli/drift/attribution';
import type { DriftedResource } from '../../src/cli/drift/analyze';
import type * as Changes from '../../src/cli/plan-summary/changes';
import type * as FleetColumns from '../../src/cli/drift/fleet-columns';
import type * as Accounts from '../../src/cli/report/accounts';
import type * as Labels from '../../src/cli/report/labels';
import type { PlanJson, ResourceChangeJson } from '../../src/cli/report/plan-json';
import { type EmulatorHandle, startEmulator } from '../../src/emulator';
import type * as Descriptors from '../../src/provider/descriptors';
import { EMULATOR_SECRET_ENV } from '../support/emulator-workspaces';

const EXAMPLE_SETTINGS: Descriptors.ResourceDescriptor = {
  typeName: 'zendesk_example_settings',
  kind: 'Example settings',
  attributes: [
    { attribute: 'id', words: 'Account', shape: 'text', identifier: true },
    { attribute: 'example.enabled', words: 'Example feature', shape: 'on-off', valueWords: { true: 'on', false: 'off' }, effect: (v) => (v === true ? 'Examples happen.' : undefined) },
    { attribute: 'example.wait', words: 'Example wait', shape: 'count', range: { min: 1, max: 9, unit: 'minutes' } },
  ],
  settings: [
    // The emulator's audit label of messaging_end_session: the emulator records it when that key changes.
    { attribute: 'example.enabled', words: 'Example feature', shape: 'on-off', auditLabel: 'Agents can end messaging sessions' },
    { attribute: 'example.wait', words: 'Example wait', shape: 'count', auditLabel: 'Example wait' },
  ],
  accountAttribute: 'id',
  onCreate: 'Adopts the example settings.',
  drift: { source: 'account_setting' },
  fleet: { columns: 'per-setting' },
  plannedWarnings: ({ path, after }) => (path === 'example.wait' && after === 9 ? ['The longest wait has no effect here'] : []),
};

const EXAMPLE_RULE: Descriptors.ResourceDescriptor = {
  typeName: 'zendesk_example_rule',
  kind: 'Example rule',
  attributes: [{ attribute: 'title', words: 'Rule title', shape: 'text' }],
  nameAttribute: 'title',
  onDestroy: () => 'the rule is deleted in Zendesk',
  drift: { source: 'rule', idAttribute: 'rule_id', noun: 'example rule' },
  fleet: { columns: 'one-column', key: 'example_rules', label: 'Example rules' },
};

// No entry of its own: its changes are logged on the rules it lists, as a queue order's are on its queues.
const EXAMPLE_RULE_SET: Descriptors.ResourceDescriptor = {
  typeName: 'zendesk_example_rule_set',
  kind: 'Example rule set',
  attributes: [{ attribute: 'rule_ids', words: 'Rules', shape: 'text' }],
  drift: { source: 'listed_objects', idsAttribute: 'rule_ids', sourceType: 'rule', noun: 'example rule set' },
  fleet: { columns: 'one-column', key: 'example_rule_sets', label: 'Example rule sets' },
};

let labels: typeof Labels;
let changes: typeof Changes;
let columns: typeof FleetColumns;
let accounts: typeof Accounts;
let attribution: typeof Attribution;

beforeAll(() => {
  jest.isolateModules(() => {
    jest.doMock('../../src/provider/descriptors', () => {
      const actual = jest.requireActual<typeof Descriptors>('../../src/provider/descriptors');
      const all = [...actual.RESOURCE_DESCRIPTORS, EXAMPLE_SETTINGS, EXAMPLE_RULE, EXAMPLE_RULE_SET];
      return { ...actual, RESOURCE_DESCRIPTORS: all, descriptorFor: (type: string) => all.find((d) => d.typeName === type) };
    });
    labels = jest.requireActual('../../src/cli/report/labels');
    changes = jest.requireActual('../../src/cli/plan-summary/changes');
    columns = jest.requireActual('../../src/cli/drift/fleet-columns');
    accounts = jest.requireActual('../../src/cli/report/accounts');
    attribution = jest.requireActual('../../src/cli/drift/attribution');
  });
});

const rc = (address: string, actions: string[], before: Record<string, unknown> | null, after: Record<string, unknown> | null): ResourceChangeJson => ({
  address, mode: 'managed', type: address.split('.')[0], name: address.split('.')[1], provider_name: 'registry.terraform.io/zendesk-iac/zendesk', change: { actions, before, after },
});
const PLAN: PlanJson = { format_version: '1.2', terraform_version: '1.11.4' };

describe('a resource registered only by its descriptor', () => {
  it('has words, value words, units and a title in reports', () => {
    expect(labels.labelFor('zendesk_example_settings', 'example.enabled').format?.(true)).toBe('on');
    expect(labels.labelFor('zendesk_example_settings', 'example.wait').unit).toBe('minutes');
    expect(changes.titleOf(rc('zendesk_example_settings.this', ['create'], null, { id: 'acme' }))).toBe('**Example settings** (`zendesk_example_settings.this`)');
    expect(changes.titleOf(rc('zendesk_example_rule.r', ['create'], null, { title: 'Nightly' }))).toBe('**Example rule "Nightly"** (`zendesk_example_rule.r`)');
  });

  it("gets its create note, effects, plan-only warnings and destroy words in plan summaries", () => {
    const created = changes.describeResourceChange(PLAN, rc('zendesk_example_settings.this', ['create'], null, { id: 'acme', example: { enabled: true, wait: 9 } }));
    expect(created).toEqual([
      { text: 'Adopts the example settings.' },
      { text: 'Example feature: on', effect: 'Examples happen.' },
      { text: 'Example wait: 9 minutes', warnings: ['The longest wait has no effect here'] },
    ]);
    expect(changes.describeResourceChange(PLAN, rc('zendesk_example_rule.r', ['delete'], { title: 'Nightly' }, null))).toEqual([{ text: 'the rule is deleted in Zendesk.' }]);
  });

  it('gets fleet columns: one per setting, or one for all of its kind', () => {
    expect(columns.fleetColumns().slice(-4)).toEqual([
      { key: 'example.enabled', label: 'Example feature' },
      { key: 'example.wait', label: 'Example wait' },
      { key: 'example_rules', label: 'Example rules', wholeType: true },
      { key: 'example_rule_sets', label: 'Example rule sets', wholeType: true },
    ]);
    expect(columns.fleetColumnOf('zendesk_example_settings', 'example.wait')).toBe('example.wait');
    expect(columns.fleetColumnOf('zendesk_example_rule', 'title')).toBe('example_rules');
    expect(columns.managedColumnsOf('zendesk_example_settings', (a) => a === 'example.wait')).toEqual(['example.wait']);
  });

  it('names the account of its provider configuration through its account attribute', () => {
    const plan: PlanJson = {
      ...PLAN,
      configuration: { provider_config: { zendesk: { name: 'zendesk', expressions: {} } }, root_module: { resources: [{ address: 'zendesk_example_settings.this', mode: 'managed', type: 'zendesk_example_settings', provider_config_key: 'zendesk' }] } },
      resource_changes: [rc('zendesk_example_settings.this', ['no-op'], { id: 'globex' }, { id: 'globex' })],
    };
    expect(accounts.accountFromResources(plan, 'zendesk')).toBe('globex');
  });
});

describe('drift attribution of a resource registered only by its descriptor', () => {
  let emulator: EmulatorHandle;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  it('finds who changed a setting (by its audit label) and a rule (by its id attribute)', async () => {
    await emulator.control.changeSettings('example', { messaging: { messaging_end_session: false } }, { name: 'Kim Admin', email: 'kim@example.test' });
    const rule = await emulator.control.createTrigger('example', { title: 'Nightly', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'status', value: 'open' }] }, { name: 'Lee Jones', email: 'lee@example.test' });
    const plan: PlanJson = {
      ...PLAN,
      configuration: {
        provider_config: { zendesk: { name: 'zendesk', expressions: { base_url: { constant_value: emulator.accountUrl('example') }, oauth_client_id: { constant_value: 'emulator-client' } } } },
        root_module: { resources: ['zendesk_example_settings.this', 'zendesk_example_rule.r'].map((address) => ({ address, mode: 'managed', type: address.split('.')[0], provider_config_key: 'zendesk' })) },
      },
      resource_drift: [rc('zendesk_example_rule.r', ['update'], { rule_id: String(rule.id), title: 'Nightly' }, { rule_id: String(rule.id), title: 'Renamed' })],
    };
    const attribute = (path: string) => ({ path, label: path, before: true, after: false, sensitive: false, description: path, cause: 'outside' as const });
    const drifted: DriftedResource[] = [
      { address: 'zendesk_example_settings.this', type: 'zendesk_example_settings', account: 'example', action: 'update', attributes: [attribute('example.enabled'), attribute('example.wait')] },
      { address: 'zendesk_example_rule.r', type: 'zendesk_example_rule', account: 'example', action: 'update', attributes: [attribute('title')] },
    ];
    const notes = await attribution.attributeDrift(plan, drifted, { env: EMULATOR_SECRET_ENV, since: new Date(Date.now() - 3600_000) });
    expect(drifted[0].attributes.map((a) => a.changedBy?.actor)).toEqual(['Kim Admin', undefined]);
    expect(drifted[1].changedBy?.actor).toBe('Lee Jones');
    // The setting nobody changed is said by its audit label.
    expect(notes).toEqual([{ account: 'example', note: expect.stringContaining('who changed "Example wait" is not known') }]);
  });

  it('finds who changed a resource logged on the objects it lists (by their ids in its list attribute)', async () => {
    const trigger = { conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'status', value: 'open' }] };
    const first = await emulator.control.createTrigger('example-set', { title: 'First', ...trigger }, { name: 'Lee Jones', email: 'lee@example.test' });
    const second = await emulator.control.createTrigger('example-set', { title: 'Second', ...trigger }, { name: 'Kim Admin', email: 'kim@example.test' });
    const plan: PlanJson = {
      ...PLAN,
      configuration: {
        provider_config: { zendesk: { name: 'zendesk', expressions: { base_url: { constant_value: emulator.accountUrl('example-set') }, oauth_client_id: { constant_value: 'emulator-client' } } } },
        root_module: { resources: [{ address: 'zendesk_example_rule_set.s', mode: 'managed', type: 'zendesk_example_rule_set', provider_config_key: 'zendesk' }] },
      },
      resource_drift: [rc('zendesk_example_rule_set.s', ['update'], { rule_ids: [String(first.id)] }, { rule_ids: [String(second.id), String(first.id)] })],
    };
    const drifted: DriftedResource[] = [
      { address: 'zendesk_example_rule_set.s', type: 'zendesk_example_rule_set', account: 'example-set', action: 'update', attributes: [{ path: 'rule_ids', label: 'Rules', before: [], after: [], sensitive: false, description: 'rules', cause: 'outside' }] },
    ]; // prettier-ignore
    expect(await attribution.attributeDrift(plan, drifted, { env: EMULATOR_SECRET_ENV, since: new Date(Date.now() - 3600_000) })).toEqual([]);
    // The latest write to any listed rule (before or after the drift), and the one before it.
    expect(drifted[0].changedBy).toMatchObject({ actor: 'Kim Admin', source: 'Second', earlierChanges: 1 });
  });
});
