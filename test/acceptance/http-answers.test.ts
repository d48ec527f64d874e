/**
 * Every kind of HTTP answer the admin API (or the network) can give ends, in
 * the real terraform, as one user diagnostic that names the method, the path,
 * the status and what to do: never "bug in the provider", never a secret.
 * Answers are injected with the emulator's faults: during `terraform plan`
 * (the credential check at configure time and the OAuth grant before it) and
 * during `terraform apply` (the PUT), after which state and Zendesk keep their
 * values and the next plan still plans the change. Credentials of 40 KB meet
 * the emulator's real limits. The cases are in http-answers.cases.ts.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult, TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { type AnswerCase, applyCases, planCases } from './http-answers.cases';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';

// What the provider answers is this file's subject, not how terraform starts it: one host per workspace (see provider-hosts.ts).
// The credentials are each case's HCL, so the workspaces' environment holds none.
const env = emulatorWithWorkspaces({}, { providerHost: true, env: {} });

const OAUTH_SECRET = 'emulator-secret';
const OAUTH = ['oauth_client_id = "emulator-client"', `oauth_client_secret = "${OAUTH_SECRET}"`];
/** One retry, so "after retries" shows without long waits. */
const TUNING = ['max_retries = 1'];
/** What a provider defect or a crashed plugin looks like in terraform's output. */
const BUG_SIGNS = [/bug in the provider/i, /Unexpected error/i, /plugin did not respond/i, /plugin exited/i, /panic:/i, /stack trace/i];

/** Terraform wraps diagnostics at 78 columns: compare with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function expectDiagnostic(result: RunResult, context: string, c: Pick<AnswerCase, 'summary' | 'failed' | 'hint'> & { method: string; path: string }, secrets: string[]) {
  const out = flat(result.output);
  expect(result.code).toBe(1);
  expect(out).toContain(`Error: ${c.summary}`);
  const prefix = `${context}: ${c.method} ${c.path} failed: `;
  expect(out).toContain(prefix);
  const rest = out.slice(out.indexOf(prefix) + prefix.length);
  if (typeof c.failed === 'string') expect(rest.slice(0, c.failed.length)).toBe(c.failed);
  else expect(rest).toMatch(c.failed);
  expect(rest).toMatch(c.hint);
  for (const sign of BUG_SIGNS) expect(out).not.toMatch(sign);
  for (const secret of secrets) expect(result.output).not.toContain(secret);
  // Query strings (cursors, return_to links) never reach a diagnostic.
  expect(out).not.toMatch(/return_to|secret-query|brand=1/);
}

/** Runs `work` over `items`, one item per lane at a time (each lane owns a workspace), keeping the order of results. */
async function inLanes<T, R>(items: T[], lanes: TerraformWorkspace[], work: (item: T, ws: TerraformWorkspace) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    lanes.map(async (ws) => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], ws);
      }
    }),
  );
  return results;
}

function workspace(): Promise<TerraformWorkspace> {
  return env.workspace({ 'main.tf': REQUIRED_PROVIDERS });
}

/** A configuration for `account` with one managed setting. */
const config = (account: string, provider: string[], agentsCanEnd = false) =>
  REQUIRED_PROVIDERS +
  providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: [...provider, ...TUNING] }) +
  settingsResource('this', [`agents_can_end_sessions = ${agentsCanEnd}`]);

/**
 * 40 KB credentials, random and repetitive (a RegExp built from one repeated character is what once broke the
 * redactor): no redactor or header may choke on them, and no piece of them, as is or base64, may be printed.
 */
const HUGE_RANDOM = randomBytes(30_000).toString('base64url');
const HUGE_REPEATED = 'x'.repeat(40_000);
const HUGE_FORMS = [HUGE_RANDOM, HUGE_REPEATED].flatMap((s) => [s.slice(10_000, 10_100), Buffer.from(s).toString('base64').slice(10_000, 10_100)]);
const credentialCases: Record<string, { provider: string[]; case: AnswerCase; also?: string }> = {
  '40 KB oauth_token (real 431 from the emulator)': {
    provider: [`oauth_token = "${HUGE_RANDOM}"`],
    case: {
      fault: { method: 'GET', path: '/api/v2/account/settings' },
      summary: 'Request headers too large for the Zendesk API',
      failed: '431 Request Header Fields Too Large.',
      hint: /The Authorization header was 40007 bytes, far more than a Zendesk credential needs: the OAuth access token is most likely far too long\. Check that the value holds only the token/,
    },
  },
  '40 KB api_token (real 431 from the emulator)': {
    provider: ['email = "admin@answers.test"', `api_token = "${HUGE_REPEATED}"`],
    case: {
      fault: { method: 'GET', path: '/api/v2/account/settings' },
      summary: 'Request headers too large for the Zendesk API',
      failed: '431 Request Header Fields Too Large.',
      hint: /The Authorization header was \d{5} bytes, far more than a Zendesk credential needs: the API token \(or the email sent with it\) is most likely far too long/,
    },
    also: 'Zendesk API tokens are deprecated',
  },
  '40 KB oauth_client_secret (the grant body is fine: 401 invalid_client)': {
    provider: ['oauth_client_id = "emulator-client"', `oauth_client_secret = "${HUGE_REPEATED}"`],
    case: {
      fault: { method: 'POST', path: '/oauth/tokens' },
      summary: 'Zendesk rejected the credentials',
      failed: '401 invalid_client (Client authentication failed',
      hint: /Zendesk rejected the OAuth client credentials: check the client ID .* and secret/,
    },
  },
};

describe('answers to the credential check fail `terraform plan` with a user diagnostic', () => {
  // Each case has an account of its own (faults are per account), so four workspaces run cases side by side
  // (a plan mostly waits for process starts: four lanes take about a third of the time of one on two cores).
  const planEntries = Object.entries(planCases).map(([name, c], i) => ({ name, c, account: `answers-${i}` }));
  const credentialEntries = Object.entries(credentialCases).map(([name, c], i) => ({ name, ...c, account: `huge-${i}` }));
  const results = new Map<string, { result: RunResult; tokens: string[] }>();

  beforeAll(async () => {
    const lanes = await Promise.all([workspace(), workspace(), workspace(), workspace()]);
    const jobs = [
      ...planEntries.map((e) => ({ name: e.name, account: e.account, provider: OAUTH, fault: e.c.fault })),
      ...credentialEntries.map((e) => ({ name: e.name, account: e.account, provider: e.provider, fault: undefined })),
    ];
    await inLanes(jobs, lanes, async (job, ws) => {
      if (job.fault) await env.emulator.control.addFault({ ...job.fault, account: job.account });
      ws.write({ 'main.tf': config(job.account, job.provider) });
      const result = await ws.plan();
      results.set(job.name, { result, tokens: await env.emulator.control.issuedTokens(job.account) });
    });
  }, 180_000);

  it.each(planEntries)('$name', ({ name, c, account }) => {
    const { result, tokens } = results.get(name)!;
    expectDiagnostic(result, `Checking the credentials against "${account}"`, { ...c, method: c.fault.method!, path: c.fault.path! }, [OAUTH_SECRET, ...tokens]);
  });

  it.each(credentialEntries)('$name', ({ name, case: c, account, also }) => {
    const { result, tokens } = results.get(name)!;
    expectDiagnostic(result, `Checking the credentials against "${account}"`, { ...c, method: c.fault.method!, path: c.fault.path! }, [...HUGE_FORMS, ...tokens]);
    if (also) expect(result.output).toContain(also);
  });
});

describe('an answer cut mid-body once does not fail `terraform plan`', () => {
  const GET_SETTINGS = 'GET /api/v2/account/settings';

  it('the GET of the settings is retried (one GET more than the same plan without the cut) and the plan goes on', async () => {
    const ws = await workspace();
    const planOf = async (account: string) => {
      ws.write({ 'main.tf': config(account, OAUTH) });
      const result = await ws.plan();
      return { result, gets: (await env.emulator.control.callsByRoute(account))[GET_SETTINGS] ?? 0 };
    };
    const plain = await planOf('uncut');
    await env.emulator.control.addFault({ account: 'cut-once', method: 'GET', path: '/api/v2/account/settings', cutBodyAfterBytes: 20 });
    const cut = await planOf('cut-once');

    expect(cut.result.code).toBe(2); // a plan with a change, as without the cut: nothing failed
    expect(flat(cut.result.stdout)).toMatch(/\+ agents_can_end_sessions\s*= false/);
    expect(plain.result.code).toBe(2);
    expect(cut.gets).toBe(plain.gets + 1);
    for (const sign of BUG_SIGNS) expect(cut.result.output).not.toMatch(sign);
  }, 60_000);
});

describe('answers to the PUT fail `terraform apply`; state and Zendesk keep their values', () => {
  const ACCOUNT = 'writes';
  let ws: TerraformWorkspace;
  const statePath = () => join(ws.dir, 'terraform.tfstate');
  let stateBefore: string;
  const apply = () => ws.terraform(['apply', '-no-color', '-input=false', 'tfplan']);

  beforeAll(async () => {
    ws = await workspace();
    ws.write({ 'main.tf': config(ACCOUNT, OAUTH, true) });
    await ws.applyOrThrow();
    ws.write({ 'main.tf': config(ACCOUNT, OAUTH, false) });
    // One saved plan serves every case: a failed apply leaves the state as it was, so the plan never goes stale.
    const planned = await ws.terraform(['plan', '-no-color', '-input=false', '-out=tfplan']);
    if (planned.code !== 0) throw new Error(planned.output);
    stateBefore = readFileSync(statePath(), 'utf8');
  }, 60_000);

  afterEach(() => env.emulator.control.clearFaults());

  it.each(Object.entries(applyCases))('%s', async (_name, c) => {
    await env.emulator.control.addFault({ ...c.fault, account: ACCOUNT });
    const result = await apply();
    const tokens = await env.emulator.control.issuedTokens(ACCOUNT);
    expectDiagnostic(result, `Updating the messaging settings of "${ACCOUNT}"`, { ...c, method: 'PUT', path: '/api/v2/account/settings' }, [OAUTH_SECRET, ...tokens]);
    expect(readFileSync(statePath(), 'utf8')).toBe(stateBefore);
    expect((await env.emulator.control.settings(ACCOUNT)).messaging.messaging_end_session).toBe(true);
  });

  it('after every failed apply the next plan still plans the change', async () => {
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ agents_can_end_sessions\s+= true -> false/);
  });

  it('a PUT Zendesk applied but answered with 502 fails the apply; the next plan reads what Zendesk holds', async () => {
    await env.emulator.control.addFault({ account: ACCOUNT, method: 'PUT', path: '/api/v2/account/settings', status: 502, afterHandling: true, count: 2 });
    const result = await apply();
    expectDiagnostic(
      result,
      `Updating the messaging settings of "${ACCOUNT}"`,
      { method: 'PUT', path: '/api/v2/account/settings', summary: 'Zendesk API error', failed: /^502 ServerError .* after 2 attempts/, hint: /server error/ },
      [OAUTH_SECRET],
    );
    expect(readFileSync(statePath(), 'utf8')).toBe(stateBefore);
    expect((await env.emulator.control.settings(ACCOUNT)).messaging.messaging_end_session).toBe(false);
    expect((await ws.plan()).code).toBe(0);
    await env.emulator.control.changeSettings(ACCOUNT, { messaging: { messaging_end_session: true } });
  });

  it('a PUT answered with an HTML 200 is checked by reading back, and succeeds when Zendesk kept the values', async () => {
    await env.emulator.control.addFault({ account: ACCOUNT, method: 'PUT', path: '/api/v2/account/settings', status: 200, rawBody: '<html><title>OK</title></html>', contentType: 'text/html', afterHandling: true });
    const result = await apply();
    expect(result.code).toBe(0);
    expect((await env.emulator.control.settings(ACCOUNT)).messaging.messaging_end_session).toBe(false);
    expect((await ws.plan()).code).toBe(0);
  });
});
