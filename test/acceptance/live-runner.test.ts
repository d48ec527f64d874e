/**
 * The live acceptance runner (test/support/live, what `npm run test:live` runs against a real sandbox), run here
 * against the emulator so that the live path cannot rot: the target read from the same environment variables, the
 * whole flow with the real terraform on a sandbox account with a second admin's API token (the routing objects' flows
 * among it: only objects named with the run's prefix, earlier runs' leftovers removed, everything else untouched), the
 * restore after a failure mid-run, the refusals (a production account, an answer that does not say) that write
 * nothing, and the line that says which routing parts a sandbox's plan does not offer.
 */
import { existsSync } from 'node:fs';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { createZendeskClient } from '../../src/client';
import { describeOutcome, runLiveFlow, type LiveOutcome } from '../support/live/runner';
import { partsFor } from '../support/live/routing-flows';
import { routingOffer } from '../support/live/routing-objects';
import { type LiveTarget, describeMissing, liveTargetFromEnv } from '../support/live/target';
import { recordFigure } from '../support/figures';

const TERRAFORM_CLIENT = { id: 'live-terraform', secret: 'live-terraform-secret-7f3a' };
const ADMIN_TOKEN = 'live-admin-token-91c2';
/** The other kind of each credential: terraform on an API token, the second admin on an OAuth client. */
const TERRAFORM_TOKEN = 'live-terraform-token-c04e';
const ADMIN_CLIENT = { id: 'live-admin', secret: 'live-admin-secret-5d19' };
const SWAPPED_KINDS = {
  ZENDESK_LIVE_OAUTH_CLIENT_ID: '',
  ZENDESK_LIVE_OAUTH_CLIENT_SECRET: '',
  ZENDESK_LIVE_EMAIL: 'terraform@acme.test',
  ZENDESK_LIVE_API_TOKEN: TERRAFORM_TOKEN,
  ZENDESK_LIVE_ADMIN_EMAIL: '',
  ZENDESK_LIVE_ADMIN_API_TOKEN: '',
  ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_ID: ADMIN_CLIENT.id,
  ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_SECRET: ADMIN_CLIENT.secret,
};
/** The sandbox as someone left it: not the defaults, so that a restore has something to restore. */
const AS_FOUND = { messaging: { messaging_end_session: false }, messaging_inactivity: { timeout: 7 } };

describe('live acceptance runner, against the emulator', () => {
  let emulator: EmulatorHandle;

  const env = (account: string, extra: Record<string, string> = {}) => ({
    ZENDESK_LIVE_BASE_URL: emulator.accountUrl(account),
    ZENDESK_LIVE_OAUTH_CLIENT_ID: TERRAFORM_CLIENT.id,
    ZENDESK_LIVE_OAUTH_CLIENT_SECRET: TERRAFORM_CLIENT.secret,
    ZENDESK_LIVE_ADMIN_EMAIL: 'second-admin@acme.test',
    ZENDESK_LIVE_ADMIN_API_TOKEN: ADMIN_TOKEN,
    ...extra,
  });
  const targetFor = (account: string, extra: Record<string, string> = {}): LiveTarget => {
    const result = liveTargetFromEnv(env(account, extra));
    if ('missing' in result) throw new Error(describeMissing(result.missing));
    return result.target;
  };
  const sandbox = async (name: string) => {
    await emulator.control.createAccount({ name, sandbox: true });
    await emulator.control.changeSettings(name, AS_FOUND);
    return emulator.control.settings(name);
  };
  const callsOf = async (account: string) =>
    Object.fromEntries((await emulator.control.requests()).counts.filter((c) => c.account === account).map((c) => [`${c.method} ${c.path}`, c.count]));
  /** No secret of the run in anything it reports: the client secret, the admin's token, every access token issued. */
  const expectNoSecrets = async (outcome: LiveOutcome, account: string) => {
    const text = JSON.stringify(outcome);
    for (const secret of [TERRAFORM_CLIENT.secret, ADMIN_TOKEN, TERRAFORM_TOKEN, ADMIN_CLIENT.secret, ...(await emulator.control.issuedTokens(account))]) expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, oauthClients: [TERRAFORM_CLIENT, ADMIN_CLIENT], apiTokens: [ADMIN_TOKEN, TERRAFORM_TOKEN] });
  });
  afterAll(() => emulator?.close());

  /** The account's routing objects by name (statuses with whether they are active): what a run may and may not touch. */
  const routingNames = async (account: string) => {
    const auth = `Basic ${Buffer.from(`second-admin@acme.test/token:${ADMIN_TOKEN}`).toString('base64')}`;
    const list = async (kind: string, key?: string) => {
      const body = (await (await fetch(`${emulator.accountUrl(account)}/api/v2/${kind}`, { headers: { authorization: auth } })).json()) as Record<string, unknown>;
      return (key ? body[key] : body) as { name: string; agent_label: string; active: boolean }[];
    };
    const names = (items: { name: string }[]) => items.map((i) => i.name).sort();
    return {
      rules: names(await list('capacity/rules')),
      queues: names(await list('queues', 'queues')),
      skills: names(await list('routing/attributes', 'attributes')),
      statuses: (await list('custom_statuses', 'custom_statuses')).map((c) => `${c.agent_label}${c.active ? '' : ' (inactive)'}`).sort(),
    };
  };

  it('runs every flow on a sandbox and leaves its messaging settings as it found them', async () => {
    const before = await sandbox('live-sandbox');
    // What an earlier run left behind (named with the prefix), and what the account's admins made (not).
    const [group] = (await emulator.control.directory('live-sandbox')).groups;
    await emulator.control.createRouting('live-sandbox', 'capacity-rules', { name: 'tf-live-old-rule', capacities: { email: 1 } });
    await emulator.control.createRouting('live-sandbox', 'capacity-rules', { name: 'Tier 1', capacities: { email: 2 } });
    await emulator.control.createRouting('live-sandbox', 'queues', { queue: { name: 'tf-live-old-queue', primary_groups_id: [group.id] } });
    await emulator.control.createRouting('live-sandbox', 'attributes', { attribute: { name: 'tf-live-old-skill' } });
    await emulator.control.createRouting('live-sandbox', 'custom-statuses', { custom_status: { status_category: 'open', agent_label: 'tf-live-old-status' } });
    const objectsBefore = await routingNames('live-sandbox');
    const started = Date.now();
    const outcome = await runLiveFlow(targetFor('live-sandbox'));
    if (outcome.status !== 'passed') throw new Error(describeOutcome(outcome));
    expect(outcome.steps.map((s) => s.step)).toEqual([
      'install the provider',
      'apply',
      'no-op plan',
      'out-of-band change by the second admin',
      'drift reports it',
      'apply heals',
      'import into a fresh state',
      'destroy with reset',
      'routing: leftovers of earlier runs removed',
      'routing: create (routing configuration set, ticket status, capacity rule, queue, skill)',
      'routing: no-op plan',
      'routing: out-of-band change by the second admin, reported by drift',
      'routing: update (and the routing configuration restored)',
      'routing: destroy (the ticket status deactivated, the routing configuration left as found)',
    ]);
    expect(outcome.steps.find((s) => s.step === 'drift reports it')!.detail).toBe('exit 2: agents_can_end_sessions true → false');
    expect(outcome.steps.find((s) => s.step === 'routing: leftovers of earlier runs removed')!.detail).toBe(
      'deleted capacity rule "tf-live-old-rule"; deleted queue "tf-live-old-queue"; deleted routing attribute "tf-live-old-skill"; deactivated ticket status "tf-live-old-status" (Zendesk has no delete for statuses)',
    );
    expect(outcome.steps.find((s) => s.step.startsWith('routing: out-of-band'))!.detail).toMatch(/^exit 2: capacities\.messaging 1 → 5; changed by Second Admin at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(outcome.steps.find((s) => s.step.startsWith('routing: destroy'))!.detail).toMatch(/^auto-routing tag "auto-routing", ticket status "tf-live-\w+-\w+-status-2" deactivated, capacity rule deleted, queue deleted, skill deleted$/);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.cleanup).toMatch(/^nothing named tf-live-\w+-\w+-…$/);
    // Only the prefixed objects changed: the leftovers gone (the status, which Zendesk cannot delete, inactive), the
    // admins' own rule kept, and of this run only its deactivated status left.
    const objectsAfter = await routingNames('live-sandbox');
    expect(objectsAfter.rules).toEqual(objectsBefore.rules.filter((n) => n !== 'tf-live-old-rule'));
    expect(objectsAfter.rules).toContain('Tier 1');
    expect(objectsAfter.queues).toEqual([]);
    expect(objectsAfter.skills).toEqual([]);
    const added = objectsAfter.statuses.filter((s) => !objectsBefore.statuses.includes(s));
    expect(added).toEqual([expect.stringMatching(/^tf-live-\w+-\w+-status-2 \(inactive\)$/), 'tf-live-old-status (inactive)']);
    expect(outcome.restore).toEqual({ ok: true, wrote: ['messaging.messaging_end_session', 'messaging_inactivity.timeout'], detail: expect.stringContaining('read back as the run found them') });
    expect(await emulator.control.settings('live-sandbox')).toEqual(before);
    // Writes: apply, the second admin's change, the heal, destroy's reset, the routing configuration set and set back,
    // the restore. The import wrote nothing.
    expect((await callsOf('live-sandbox'))['PUT /api/v2/account/settings']).toBe(7);
    expect(existsSync(outcome.workDir)).toBe(false);
    await expectNoSecrets(outcome, 'live-sandbox');
    recordFigure('live runner (emulator)', `${outcome.steps.length} steps + restore in ${((Date.now() - started) / 1000).toFixed(1)} s: ${outcome.steps.map((s) => `${s.step} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);
  }, 300_000);

  it('restores the settings when a step fails after the first apply, and names the step (terraform on an API token, the admin on OAuth)', async () => {
    const before = await sandbox('live-failing');
    // The second PUT, the admin's out-of-band change, is refused; the apply before it has changed the account.
    await emulator.control.addFault({ account: 'live-failing', method: 'PUT', path: '/api/v2/account/settings', skip: 1, status: 403, count: 1 });
    const outcome = await runLiveFlow(targetFor('live-failing', SWAPPED_KINDS));
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'refused') return;
    expect(outcome.steps.map((s) => s.step)).toEqual(['install the provider', 'apply', 'no-op plan']);
    expect(outcome.account).toBe('"live-failing" (subdomain live-failing)');
    expect(outcome.failure).toEqual({ step: 'out-of-band change by the second admin', error: expect.stringContaining('403') });
    expect(outcome.restore).toMatchObject({ ok: true, wrote: ['messaging.messaging_end_session', 'messaging_inactivity.timeout'] });
    expect(await emulator.control.settings('live-failing')).toEqual(before);
    expect(existsSync(outcome.workDir)).toBe(false);
    expect(describeOutcome(outcome)).toContain('✗ out-of-band change by the second admin: PUT /api/v2/account/settings');
    expect(await emulator.control.issuedTokens('live-failing')).not.toEqual([]); // the admin's OAuth client was used
    await expectNoSecrets(outcome, 'live-failing');
  }, 300_000);

  it('says which routing parts it skips, and why: skills on a plan without them, a resource the provider does not serve', async () => {
    await emulator.control.createAccount({ name: 'live-team-plan', sandbox: true, auditLogAccess: false });
    const client = createZendeskClient({ baseUrl: emulator.accountUrl('live-team-plan'), auth: { kind: 'oauth-client', clientId: TERRAFORM_CLIENT.id, clientSecret: TERRAFORM_CLIENT.secret } });
    const lines: string[] = [];
    const parts = partsFor((part, why) => lines.push(`${part} skipped: ${why}`), new Set(['zendesk_routing_attribute', 'zendesk_routing_attribute_value']), await routingOffer(client));
    expect(parts).toEqual({ skills: false });
    expect(lines).toEqual([
      'zendesk_omnichannel_queue skipped: the provider under test has no such resource yet',
      "zendesk_routing_attribute(_value) skipped: the sandbox's plan has no skills-based routing (Enterprise only): GET /api/v2/routing/attributes answered 403",
    ]);
  });

  it('refuses a production account, naming what GET /api/v2/account said, and writes nothing to it', async () => {
    await emulator.control.changeSettings('live-production', AS_FOUND);
    const before = await emulator.control.settings('live-production');
    await emulator.control.resetRequests();
    const outcome = await runLiveFlow(targetFor('live-production'));
    expect(outcome).toEqual({
      status: 'refused',
      reason:
        `GET /api/v2/account with terraform's credential (OAuth client "live-terraform") answered account "live-production" (subdomain live-production) at ${emulator.accountUrl('live-production')}, ` +
        'and says it is not a sandbox (sandbox: false). The live run changes messaging settings, so it runs only against a sandbox: ' +
        'point ZENDESK_LIVE_SUBDOMAIN (or ZENDESK_LIVE_BASE_URL) at one. Nothing was written.',
    });
    expect(await callsOf('live-production')).toEqual({ 'POST /oauth/tokens': 1, 'GET /api/v2/account': 1 });
    expect(await emulator.control.settings('live-production')).toEqual(before);
  });

  it('refuses an account whose answer does not say it is a sandbox, and one the second admin sees otherwise', async () => {
    await sandbox('live-unsaid');
    await emulator.control.addFault({ account: 'live-unsaid', path: '/api/v2/account', status: 200, body: { account: { name: 'Unsaid' } } });
    const unsaid = await runLiveFlow(targetFor('live-unsaid'));
    expect(unsaid).toEqual({ status: 'refused', reason: expect.stringContaining('answered account "Unsaid" at') });
    expect(describeOutcome(unsaid)).toContain('does not say whether it is a sandbox (sandbox: nothing)');

    await emulator.control.addFault({ account: 'live-unsaid', path: '/api/v2/account', skip: 1, status: 200, body: { account: { name: 'Elsewhere', subdomain: 'elsewhere', sandbox: true } } });
    const elsewhere = await runLiveFlow(targetFor('live-unsaid'));
    expect(elsewhere).toEqual({ status: 'refused', reason: expect.stringMatching(/^the second admin's credential \(API token of second-admin@acme\.test\) reaches account "Elsewhere" \(subdomain elsewhere\), terraform's credential "live-unsaid"/) });
    expect((await callsOf('live-unsaid'))['PUT /api/v2/account/settings']).toBeUndefined();
  });
});

describe('the live target from environment variables', () => {
  it('lists everything missing when nothing is set', () => {
    const result = liveTargetFromEnv({});
    expect(result).toEqual({
      missing: [
        'ZENDESK_LIVE_SUBDOMAIN or ZENDESK_LIVE_BASE_URL (the sandbox to run against)',
        "ZENDESK_LIVE_OAUTH_CLIENT_ID and ZENDESK_LIVE_OAUTH_CLIENT_SECRET, or ZENDESK_LIVE_EMAIL and ZENDESK_LIVE_API_TOKEN (terraform's provider; an OAuth client first)",
        'ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_ID and ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_SECRET, or ZENDESK_LIVE_ADMIN_EMAIL and ZENDESK_LIVE_ADMIN_API_TOKEN (a second admin, for the out-of-band change)',
      ],
    });
    expect(describeMissing((result as { missing: string[] }).missing)).toMatch(/^The live acceptance run needs a Zendesk sandbox in environment variables; missing:\n {2}- ZENDESK_LIVE_SUBDOMAIN/);
  });

  it('names the other half of a pair, and refuses terraform\'s own credential as the second admin\'s', () => {
    expect(liveTargetFromEnv({ ZENDESK_LIVE_SUBDOMAIN: 'acme1', ZENDESK_LIVE_OAUTH_CLIENT_ID: 'tf', ZENDESK_LIVE_ADMIN_API_TOKEN: 't' })).toEqual({
      missing: [
        "ZENDESK_LIVE_OAUTH_CLIENT_SECRET (terraform's provider; an OAuth client first: the other half of ZENDESK_LIVE_OAUTH_CLIENT_ID)",
        'ZENDESK_LIVE_ADMIN_EMAIL (a second admin, for the out-of-band change: the other half of ZENDESK_LIVE_ADMIN_API_TOKEN)',
      ],
    });
    const same = liveTargetFromEnv({ ZENDESK_LIVE_SUBDOMAIN: 'acme1', ZENDESK_LIVE_OAUTH_CLIENT_ID: 'tf', ZENDESK_LIVE_OAUTH_CLIENT_SECRET: 's', ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_ID: 'tf', ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_SECRET: 's' });
    expect(same).toEqual({ missing: [expect.stringContaining("the one given is terraform's own")] });
  });

  it('takes the OAuth client first, an API token otherwise, and the subdomain as https://{subdomain}.zendesk.com', () => {
    const both = liveTargetFromEnv({
      ZENDESK_LIVE_SUBDOMAIN: 'acme1',
      ZENDESK_LIVE_OAUTH_CLIENT_ID: 'tf',
      ZENDESK_LIVE_OAUTH_CLIENT_SECRET: 's',
      ZENDESK_LIVE_EMAIL: 'tf@acme.test',
      ZENDESK_LIVE_API_TOKEN: 'x',
      ZENDESK_LIVE_ADMIN_EMAIL: 'other@acme.test',
      ZENDESK_LIVE_ADMIN_API_TOKEN: 'y',
    });
    expect(both).toEqual({
      target: {
        baseUrl: 'https://acme1.zendesk.com',
        terraform: { kind: 'oauth-client', clientId: 'tf', clientSecret: 's' },
        admin: { kind: 'api-token', email: 'other@acme.test', apiToken: 'y' },
      },
    });
  });
});
