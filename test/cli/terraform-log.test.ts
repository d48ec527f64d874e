/** Reading diagnostics from `terraform plan -json` (lines as terraform 1.11.4 writes them) and picking this provider's notes. */
import { diagnosticsText, parseDiagnostics, providerNotes } from '../../src/cli/report/terraform-log';

const line = (diagnostic: Record<string, unknown>) =>
  JSON.stringify({ '@level': 'warn', '@message': `Warning: ${diagnostic.summary}`, '@module': 'terraform.ui', diagnostic, type: 'diagnostic' });

const DORMANT = line({
  severity: 'warning',
  summary: 'Routing treatment has no effect: agents cannot end messaging sessions',
  detail: 'In account "acme" agents cannot end messaging sessions…',
  address: 'zendesk_messaging_settings.this',
  range: { filename: 'main.tf', start: { line: 13, column: 33, byte: 349 }, end: { line: 13, column: 40, byte: 356 } },
  snippet: { context: 'resource "zendesk_messaging_settings" "this"', code: '  agent_ended_session_routing = "email"', start_line: 13, highlight_start_offset: 32, highlight_end_offset: 39, values: [] },
});
const TOKEN = line({
  severity: 'warning',
  summary: 'Zendesk API tokens are deprecated',
  detail: 'Switch to OAuth.',
  address: 'provider["registry.terraform.io/zendesk-iac/zendesk"]',
  range: { filename: 'main.tf', start: { line: 6, column: 20, byte: 109 }, end: { line: 6, column: 21, byte: 110 } },
  snippet: { context: 'provider "zendesk"', code: 'provider "zendesk" {', start_line: 6, values: [] },
});
const ERROR = JSON.stringify({ '@level': 'error', diagnostic: { severity: 'error', summary: 'Value for undeclared variable', detail: 'A variable named "x"…' }, type: 'diagnostic' });

describe('terraform -json diagnostics', () => {
  it('parses diagnostics and skips every other line', () => {
    const log = ['{"@level":"info","type":"version","terraform":"1.11.4"}', 'not json', '{broken', DORMANT, TOKEN, ERROR, ''].join('\n');
    const parsed = parseDiagnostics(log);
    expect(parsed.map((d) => [d.severity, d.address ?? null, d.code ?? null, d.location ?? null])).toEqual([
      ['warning', 'zendesk_messaging_settings.this', 'agent_ended_session_routing = "email"', 'main.tf:13'],
      ['warning', 'provider["registry.terraform.io/zendesk-iac/zendesk"]', 'provider "zendesk" {', 'main.tf:6'],
      ['error', null, null, null],
    ]);
    expect(diagnosticsText(parsed.slice(2))).toBe('Error: Value for undeclared variable\n\nA variable named "x"…');
    expect(diagnosticsText(parsed.slice(0, 1))).toContain('on main.tf:13, in resource "zendesk_messaging_settings" "this":\n  agent_ended_session_routing = "email"');
  });

  it.each([
    ['a resource warning, with the attribute its line names', DORMANT, [{ subject: 'zendesk_messaging_settings.this', attribute: 'agent_ended_session_routing' }]],
    ['a provider warning', TOKEN, [{ subject: 'provider "zendesk"' }]],
    ['an aliased provider in a module', TOKEN.replace('zendesk\\"]', 'zendesk\\"].eu').replace('"provider[', '"module.team.provider['), [{ subject: 'provider "zendesk" (alias eu)' }]],
    ['a resource in a module, by instance key', DORMANT.replace('"zendesk_messaging_settings.this"', '"module.a[\\"x\\"].zendesk_trigger.t[0]"'), [{ subject: 'module.a["x"].zendesk_trigger.t[0]', attribute: 'agent_ended_session_routing' }]],
    ["another provider's warning", DORMANT.replace('"zendesk_messaging_settings.this"', '"aws_s3_bucket.b"'), []],
    ["another provider's block", TOKEN.replace('zendesk-iac/zendesk', 'hashicorp/aws'), []],
    ['errors are not notes', ERROR, []],
    ['the same warning from two RPCs, once', `${DORMANT}\n${DORMANT}`, [{ subject: 'zendesk_messaging_settings.this', attribute: 'agent_ended_session_routing' }]],
  ])('%s', (_name, log, expected) => {
    expect(providerNotes(parseDiagnostics(log)).map(({ subject, attribute }) => ({ subject, ...(attribute ? { attribute } : {}) }))).toEqual(expected);
  });
});
