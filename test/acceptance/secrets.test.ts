/**
 * Secrets never reach output, logs or state: the acceptance flow runs under
 * TF_LOG=trace and every byte terraform and the provider print, plus every
 * file in the working directory, is searched for each secret.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { type TerraformWorkspace, run } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { recordFigure } from '../support/figures';

const CLIENT_SECRET = 'client-secret-4f1d9a7c2e';
const API_TOKEN = 'api-token-9b8c7d6e5f4a';
const WRONG_TOKEN = 'wrong-oauth-token-1a2b3c4d5e';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'providers') return []; // the provider package itself (code, no data)
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('secrets under TF_LOG=trace (real terraform)', () => {
  // The secrets are in the HCL on purpose (the environment holds none), and the test runs `terraform init` itself.
  const env = emulatorWithWorkspaces({ apiTokens: [API_TOKEN], oauthClients: [{ id: 'ci', secret: CLIENT_SECRET }] }, { env: { TF_LOG: 'trace' } });
  let ws: TerraformWorkspace;
  const outputs: string[] = [];

  beforeAll(() => {
    ws = env.uninitialisedWorkspace({});
  });

  const write = (credentials: string[], resource = ['agents_can_end_sessions = true', 'agent_ended_session_routing = "email"']) =>
    ws.write({
      'main.tf':
        REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('acme'), extra: credentials }) + settingsResource('this', resource),
    });
  const oauthClient = ['oauth_client_id = "ci"', `oauth_client_secret = "${CLIENT_SECRET}"`];

  it('runs init, apply, plan, failures and destroy with each kind of credential', async () => {
    write(oauthClient);
    outputs.push((await ws.init()).output);
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    expect(apply.code).toBe(0);
    outputs.push(apply.output);
    outputs.push((await ws.plan()).output);
    // Diagnostics from the resource, also under trace: a warning (a dormant routing treatment) and an error.
    write(oauthClient, ['agents_can_end_sessions = false', 'agent_ended_session_routing = "email"']);
    const dormant = await ws.plan();
    expect(dormant.code).toBe(2);
    expect(dormant.output).toContain('Routing treatment has no effect');
    outputs.push(dormant.output);
    write(oauthClient, ['inactivity = { reminders = [{ message = "a" }, { message = "b" }] }']); // the second reminder needs its wait
    const invalid = await ws.plan();
    expect(invalid.code).toBe(1);
    outputs.push(invalid.output);
    write(['email = "admin@acme.test"', `api_token = "${API_TOKEN}"`]);
    const viaApiToken = await ws.plan();
    expect(viaApiToken.code).toBe(0);
    outputs.push(viaApiToken.output);
    write([`oauth_token = "${WRONG_TOKEN}"`]);
    const wrong = await ws.plan();
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('Zendesk rejected the credentials');
    outputs.push(wrong.output);
    // The CI tooling: drift reports in every format and the PR summary, under trace logging too.
    write(oauthClient);
    const cli = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
    for (const format of ['text', 'markdown', 'json', 'junit', 'html']) {
      const report = await run(process.execPath, [cli, 'drift', '--dir', ws.dir, '--format', format], ws.dir, ws.env);
      expect(report.code).toBe(0);
      outputs.push(report.output);
    }
    const planned = await ws.terraform(['plan', '-out=tfplan', '-no-color']);
    outputs.push(planned.output);
    const summary = await run(process.execPath, [cli, 'plan-summary', '--dir', ws.dir, '--plan-file', 'tfplan'], ws.dir, ws.env);
    expect(summary.code).toBe(0);
    outputs.push(summary.output);
    // Not scanned: `terraform show -json` repeats the configuration verbatim, so a secret written as a literal
    // in HCL (as this test does on purpose) is there; plan-summary reads that JSON and never prints it.
    // Keep secrets in sensitive variables or the environment, as the examples do.
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    outputs.push(destroy.output);
  });

  it('prints no secret anywhere: not the client secret, API token, a wrong token, or any issued access token', async () => {
    const issued = await env.emulator.control.issuedTokens('acme');
    expect(issued.length).toBeGreaterThanOrEqual(3);
    const haystacks = [...outputs, ...filesUnder(ws.dir).filter((f) => !f.endsWith('main.tf')).map((f) => readFileSync(f, 'utf8'))];
    const trace = outputs.join('\n');
    expect(trace).toContain('[TRACE]'); // trace logging really was on
    let occurrences = 0;
    let bytes = 0;
    for (const text of haystacks) bytes += Buffer.byteLength(text);
    for (const secret of [CLIENT_SECRET, API_TOKEN, WRONG_TOKEN, ...issued]) {
      const base64 = Buffer.from(`admin@acme.test/token:${secret}`).toString('base64');
      for (const text of haystacks) occurrences += text.split(secret).length - 1 + text.split(base64).length - 1;
    }
    recordFigure('secret scan', `${3 + issued.length} secrets searched in ${haystacks.length} outputs and files (${(bytes / 1024).toFixed(0)} KiB): ${occurrences} occurrences`);
    expect(occurrences).toBe(0);
  });
});
