/**
 * Which account the CLI's own Zendesk calls (attribution, the fleet view's sandbox flag) go to, from the plan's
 * provider configuration: a constant, a root variable, CDKTF's template of root variables, or an HCL expression
 * that `show -json` shows only by its references. The last may say more than the variable it names, so its value is
 * used only when it leads to the account the provider recorded; otherwise the CLI says why it cannot read the log.
 */
import { ZendeskClient } from '../../src/client';
import { clientFor } from '../../src/cli/drift/zendesk-access';
import type { ExpressionJson, PlanJson } from '../../src/cli/report/plan-json';

const ENV = { ZENDESK_OAUTH_CLIENT_SECRET: 'secret' };

/** A plan with one aliased provider configuration "zendesk.acme" and, when `recordedId` is given, its settings resource's id. */
function plan(baseUrl: ExpressionJson, variables: Record<string, string> = {}, recordedId?: string): PlanJson {
  return {
    format_version: '1.2',
    variables: Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, { value }])),
    configuration: {
      provider_config: {
        'zendesk.acme': { name: 'zendesk', alias: 'acme', expressions: { base_url: baseUrl, oauth_client_id: { constant_value: 'ops-ci' } } },
      },
      root_module: { resources: [{ address: 'zendesk_messaging_settings.acme', mode: 'managed', type: 'zendesk_messaging_settings', name: 'acme', provider_config_key: 'zendesk.acme' }] },
    },
    resource_changes:
      recordedId === undefined
        ? []
        : [{ address: 'zendesk_messaging_settings.acme', mode: 'managed', type: 'zendesk_messaging_settings', name: 'acme', change: { actions: ['no-op'], before: { id: recordedId }, after: { id: recordedId } } }],
  } as unknown as PlanJson;
}

const baseUrlOf = (result: ZendeskClient | string) => (typeof result === 'string' ? `refused: ${result}` : result.baseUrl);

describe('clientFor: the account of a provider configuration', () => {
  const cases: Array<[string, PlanJson, string]> = [
    ['a constant', plan({ constant_value: 'http://127.0.0.1:9/acme' }), 'http://127.0.0.1:9/acme'],
    ['a root variable (HCL), leading to the recorded account', plan({ references: ['var.acme_url'] }, { acme_url: 'http://127.0.0.1:9/acme' }, 'acme'), 'http://127.0.0.1:9/acme'],
    ['CDKTF\'s reference to one variable', plan({ constant_value: '${var.acme_url}', references: ['var.acme_url'] }, { acme_url: 'http://127.0.0.1:9/acme' }), 'http://127.0.0.1:9/acme'],
    ['CDKTF\'s template of a variable', plan({ constant_value: '${var.emulator}/acme', references: ['var.emulator'] }, { emulator: 'http://127.0.0.1:9' }), 'http://127.0.0.1:9/acme'],
    ['CDKTF\'s template of two variables', plan({ constant_value: '${var.host}/${ var.account }', references: ['var.host', 'var.account'] }, { host: 'http://127.0.0.1:9', account: 'acme' }), 'http://127.0.0.1:9/acme'],
  ];
  it.each(cases)('%s', (_, p, expected) => {
    expect(baseUrlOf(clientFor(p, 'zendesk.acme', { env: ENV }))).toBe(expected);
  });

  const refusals: Array<[string, PlanJson, RegExp]> = [
    // HCL's "${var.emulator}/acme" and var.emulator look alike in show -json: the variable alone is another URL.
    ['an HCL template around a variable', plan({ references: ['var.emulator'] }, { emulator: 'http://127.0.0.1:9' }, 'acme'), /its base_url \(var\.emulator or an expression around it\) is only evaluated by terraform: var\.emulator alone leads to 127\.0\.0\.1:9, not to acme; for the CLI to read it, give it as a constant, as a root variable/],
    ['an HCL reference with no recorded account to check it against', plan({ references: ['var.acme_url'] }, { acme_url: 'http://127.0.0.1:9/acme' }), /its base_url \(var\.acme_url or an expression around it\) is not known to the CLI: .*no messaging settings, routing configuration or omnichannel queue order resource .*; for the CLI to read it, give it as a constant or through its ZENDESK_\* environment variable$/],
    ['a CDKTF template of something other than a root variable', plan({ constant_value: '${local.url}/acme', references: ['local.url'] }), /its base_url \(local\.url\) is an expression only terraform evaluates; for the CLI to read it/],
    ['a reference to a variable the plan holds no value of', plan({ constant_value: '${var.missing}/acme', references: ['var.missing'] }), /its base_url \(var\.missing\) is an expression only terraform evaluates/],
    ['an HCL expression of a local value', plan({ references: ['local.url'] }), /its base_url \(local\.url\) is an expression only terraform evaluates/],
  ];
  it.each(refusals)('refuses %s', (_, p, why) => {
    expect(baseUrlOf(clientFor(p, 'zendesk.acme', { env: ENV }))).toMatch(new RegExp(`^refused: ${why.source}`));
  });

  it('falls back to ZENDESK_BASE_URL when the block does not set base_url, as the provider does, and only then', () => {
    const env = { ...ENV, ZENDESK_BASE_URL: 'http://127.0.0.1:9/other' };
    expect(baseUrlOf(clientFor(plan({ constant_value: '' }), 'zendesk.acme', { env }))).toBe('http://127.0.0.1:9/other');
    // A block that sets it to what the CLI cannot read is not the environment's account.
    expect(baseUrlOf(clientFor(plan({ references: ['local.url'] }), 'zendesk.acme', { env }))).toMatch(/^refused: its base_url \(local\.url\)/);
  });

  it('says the same of a credential it cannot read, rather than trying the environment\'s', () => {
    const p = plan({ constant_value: 'http://127.0.0.1:9/acme' });
    const expressions = (p.configuration!.provider_config!['zendesk.acme'] as { expressions: Record<string, ExpressionJson> }).expressions;
    expressions.oauth_client_secret = { references: ['local.secret'] };
    expect(baseUrlOf(clientFor(p, 'zendesk.acme', { env: ENV }))).toMatch(/^refused: its oauth_client_secret \(local\.secret\) is an expression only terraform evaluates/);
  });
});
