/**
 * Bad input never crashes the provider: every case is a clear diagnostic from
 * `terraform plan` (exit 1), on the right attribute where there is one, with no
 * secret in the output. One initialised workspace, main.tf rewritten per case.
 */
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import type { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

/** Signs that the provider process died or hit a bug instead of reporting a diagnostic. */
const CRASH_SIGNS = [
  /plugin did not respond/i,
  /plugin exited/i,
  /panic:/i,
  /Unexpected error in/,
  /Unexpected provider error/,
  /Error: Plugin error/,
  /connection refused.*plugin/i,
  /stack trace/i,
  /Provider produced invalid plan/i,
  /bug\s+in\s+the\s+provider/i,
];

/** A message as terraform prints it: wrapped at any space. */
const wrapped = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));

interface Case {
  /** Provider block attribute lines (the emulator base_url is added unless `baseUrl` is false). */
  provider?: string[];
  baseUrl?: boolean;
  account?: string;
  resource: string[];
  /** What the output must say. */
  expect: (string | RegExp)[];
  /** The HCL line the diagnostic must point at (terraform prints it under the error). */
  pointsAt?: string;
  env?: Record<string, string>;
}

const OAUTH = ['oauth_client_id = "emulator-client"', 'oauth_client_secret = "emulator-secret"'];
const WRONG_TOKEN = 'wrong-token-0123456789abcdef';

const cases: Record<string, Case> = {
  'enum-routing': { provider: OAUTH, resource: ['agent_ended_session_routing = "sms"'], expect: ['must be one of "messaging", "email", got "sms"'], pointsAt: 'agent_ended_session_routing = "sms"' },
  'enum-on-destroy': { provider: OAUTH, resource: ['on_destroy = "delete"'], expect: ['must be one of "retain", "reset"'], pointsAt: 'on_destroy = "delete"' },
  'wrong-type-bool': { provider: OAUTH, resource: ['agents_can_end_sessions = "maybe"'], expect: ['Incorrect attribute value type', /a bool is\s+required/] },
  'wrong-type-object': { provider: OAUTH, resource: ['inactivity = "off"'], expect: ['Incorrect attribute value type'] },
  'unknown-attribute': { provider: OAUTH, resource: ['agents_may_end_sessions = true'], expect: ['Unsupported argument', 'agents_may_end_sessions'] },
  'timeout-range': { provider: OAUTH, resource: ['inactivity = { timeout = 20 }'], expect: ['inactivity.timeout must be between 3 and 15 minutes, got 20'] },
  'timeout-fraction': { provider: OAUTH, resource: ['inactivity = { timeout = 5.5 }'], expect: ['inactivity.timeout must be a whole number'] },
  'too-many-reminders': {
    provider: OAUTH,
    resource: ['inactivity = { reminders = [{ message = "a" }, { message = "b", timeout_seconds = 60 }, { message = "c", timeout_seconds = 60 }, { message = "d", timeout_seconds = 60 }] }'],
    expect: ['inactivity.reminders may hold at most 3 elements, got 4'],
  },
  'reminder-wait-range': {
    provider: OAUTH,
    resource: ['inactivity = { reminders = [{ message = "a" }, { message = "b", timeout_seconds = 5 }] }'],
    expect: ['inactivity.reminders[1].timeout_seconds must be between 60 and 900 seconds'],
  },
  'missing-credentials': { provider: [], resource: [], expect: ['No Zendesk credentials configured', 'oauth_client_id'] },
  'missing-account': { baseUrl: false, provider: OAUTH, resource: [], expect: ['No Zendesk account configured'] },
  'both-auth-kinds': {
    provider: ['oauth_token = "token-abcdefgh"', 'email = "admin@acme.test"', 'api_token = "api-token-abcdefgh"'],
    resource: [],
    expect: ['Conflicting Zendesk credentials'],
  },
  'half-oauth-client': { provider: ['oauth_client_id = "emulator-client"'], resource: [], expect: ['Incomplete Zendesk credentials', 'oauth_client_secret'] },
  'bad-subdomain': { baseUrl: false, provider: ['subdomain = "Acme_Corp"', ...OAUTH], resource: [], expect: ['lowercase letters, digits and hyphens'], pointsAt: 'subdomain = "Acme_Corp"' },
  'http-non-loopback': {
    baseUrl: false,
    provider: ['base_url = "http://zendesk.example.com/acme"', ...OAUTH],
    resource: [],
    expect: ['Invalid Zendesk connection settings', /https/i],
  },
  'timeout-setting-range': { provider: [...OAUTH, 'request_timeout_seconds = 0'], resource: [], expect: ['request_timeout_seconds must be between 1 and 600 seconds'] },
  'wrong-token': { provider: [`oauth_token = "${WRONG_TOKEN}"`], resource: [], expect: ['Zendesk rejected the credentials'] },
  'wrong-client-secret': {
    provider: ['oauth_client_id = "emulator-client"', `oauth_client_secret = "${WRONG_TOKEN}"`],
    resource: [],
    expect: ['Zendesk rejected the credentials'],
  },
  'wrong-api-token': {
    provider: ['email = "admin@acme.test"', `api_token = "${WRONG_TOKEN}"`],
    resource: [],
    expect: ['Zendesk rejected the credentials', 'Zendesk API tokens are deprecated'],
  },
  'api-down': {
    baseUrl: false,
    provider: ['base_url = "http://127.0.0.1:9/acme"', ...OAUTH, 'max_retries = 0'],
    resource: [],
    expect: ['Zendesk API unreachable'],
  },
  'base-url-not-a-url': { baseUrl: false, provider: ['base_url = "not a url"', ...OAUTH], resource: [], expect: ['Invalid Zendesk connection settings'] },
  'base-url-ftp': { baseUrl: false, provider: ['base_url = "ftp://127.0.0.1/acme"', ...OAUTH], resource: [], expect: ['Invalid Zendesk connection settings'] },
  'base-url-with-credentials': {
    baseUrl: false,
    provider: ['base_url = "https://admin:hunter2-password@acme.zendesk.com"', ...OAUTH],
    resource: [],
    expect: ['Invalid Zendesk connection settings'],
  },
  'unicode-subdomain': { baseUrl: false, provider: ['subdomain = "açme"', ...OAUTH], resource: [], expect: ['lowercase letters, digits and hyphens'] },
  'huge-reminder-message': {
    provider: OAUTH,
    resource: [`inactivity = { reminders = [{ message = "${'😀'.repeat(5001)}" }] }`],
    expect: ['must be between 1 and 5000 characters long', /got 5001\s+characters/],
  },
  'huge-timeout': { provider: OAUTH, resource: ['inactivity = { timeout = 1000000000000 }'], expect: ['inactivity.timeout must be between 3 and 15 minutes'] },
  'negative-status-id': { provider: OAUTH, resource: ['inactivity = { ticket_status_id = -5 }'], expect: ['inactivity.ticket_status_id must be at least 1, got -5'] },
  'max-retries-range': { provider: [...OAUTH, 'max_retries = 50'], resource: [], expect: ['max_retries must be between 0 and 20, got 50'] },
  'null-required-message': { provider: OAUTH, resource: ['inactivity = { reminders = [{ message = null }] }'], expect: ['inactivity.reminders[0].message is required and cannot be null'] },
  // Terraform keeps every digit of a number: these must not be rounded into valid-looking values (or into an invalid plan).
  'timeout-setting-near-integer': {
    provider: [...OAUTH, 'request_timeout_seconds = 3.0000000000000001'],
    resource: [],
    expect: [wrapped('request_timeout_seconds must be a whole number, got 3.0000000000000001 (Terraform keeps every digit, so this is not 3)')],
    pointsAt: 'request_timeout_seconds = 3.0000000000000001',
  },
  'max-retries-beyond-2^53': {
    provider: [...OAUTH, 'max_retries = 9007199254740993'],
    resource: [],
    expect: [
      wrapped('max_retries must be a whole number from -9007199254740991 to 9007199254740991 (2^53 − 1), got 9007199254740993'),
      wrapped('cannot be represented exactly by JavaScript or by Zendesk\'s JSON API'),
      wrapped('max_retries must be between 0 and 20, got 9007199254740993.'),
    ],
    pointsAt: 'max_retries = 9007199254740993',
  },
  'timeout-near-integer': {
    provider: OAUTH,
    resource: ['inactivity = { timeout = 3.0000000000000001 }'],
    expect: [wrapped('inactivity.timeout must be a whole number, got 3.0000000000000001 (Terraform keeps every digit, so this is not 3). Remove the fraction.')],
  },
  'status-id-beyond-2^53': {
    provider: OAUTH,
    resource: ['inactivity = { ticket_status_id = 9007199254740993 }'],
    expect: [wrapped('inactivity.ticket_status_id must be a whole number from -9007199254740991 to 9007199254740991 (2^53 − 1), got 9007199254740993'), wrapped('Zendesk IDs are far smaller')],
  },
  'reminder-wait-near-integer': {
    provider: OAUTH,
    resource: ['inactivity = { reminders = [{ message = "a" }, { message = "b", timeout_seconds = 60.00000000000000001 }] }'],
    expect: [wrapped('inactivity.reminders[1].timeout_seconds must be a whole number, got 60.00000000000000001 (Terraform keeps every digit, so this is not 60)')],
  },
};

/** Bad input to zendesk_trigger, checked the same way. */
const TRIGGER = (body: string) => `resource "zendesk_trigger" "t" {\n  title = "T"\n${body}\n}\n`;
const triggerCases: Record<string, { body: string; expect: (string | RegExp)[] }> = {
  'trigger-both-field-spellings': {
    body: '  conditions {\n    all {\n      field = "status"\n      field_title = "Status"\n      operator = "is"\n      value = "open"\n    }\n  }\n  actions {\n    field = "status"\n    value = "open"\n  }',
    expect: ['Ambiguous ALL condition field'],
  },
  'trigger-no-actions': { body: '', expect: [/Insufficient actions blocks/] },
  'trigger-unknown-title': { body: '  actions {\n    field_title = "Teleport"\n    value = "x"\n  }', expect: ['Unknown trigger action title'] },
  'trigger-bad-on-destroy': { body: '  on_destroy = "explode"\n  actions {\n    field = "status"\n    value = "open"\n  }', expect: ['must be one of "delete", "retain", "restore"'] },
  'trigger-empty-title': { body: '  actions {\n    field = "status"\n    value = "open"\n  }', expect: [] },
};

describe('bad input → clear diagnostics, no crash (real terraform)', () => {
  // Credentials, or their absence, are each case's: the workspace's environment holds none.
  const env = emulatorWithWorkspaces({}, { env: {} });
  let ws: TerraformWorkspace;

  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS });
  });

  it.each(Object.entries(triggerCases).filter(([n]) => n !== 'trigger-empty-title'))('%s', async (_name, c) => {
    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ extra: [`base_url = "${env.emulator.accountUrl('acme')}"`, ...OAUTH] }) + TRIGGER(c.body) });
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    for (const expected of c.expect) {
      if (typeof expected === 'string') expect(plan.output).toContain(expected);
      else expect(plan.output).toMatch(expected);
    }
    for (const sign of CRASH_SIGNS) expect(plan.output).not.toMatch(sign);
  });

  it('counts at least 30 cases in the corpus', () => {
    expect(Object.keys(cases).length + Object.keys(triggerCases).length - 1).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(cases))('%s', async (_name, c) => {
    const baseUrl = c.baseUrl === false ? [] : [`base_url = "${env.emulator.accountUrl(c.account ?? 'acme')}"`];
    ws.write({
      'main.tf': REQUIRED_PROVIDERS + providerBlock({ extra: [...baseUrl, ...(c.provider ?? [])] }) + settingsResource('this', c.resource),
    });
    const plan = await ws.plan([], c.env);
    expect(plan.code).toBe(1);
    for (const expected of c.expect) {
      if (typeof expected === 'string') expect(plan.output).toContain(expected);
      else expect(plan.output).toMatch(expected);
    }
    if (c.pointsAt) expect(plan.output).toContain(c.pointsAt);
    for (const sign of CRASH_SIGNS) expect(plan.output).not.toMatch(sign);
    expect(plan.output).not.toContain(WRONG_TOKEN);
    expect(plan.output).not.toContain('emulator-secret');
    expect(plan.output).not.toContain('hunter2-password');
  });
});
