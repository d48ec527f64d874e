/**
 * The commands the GitHub Actions workflows run (examples/github-actions/scripts),
 * run here against the emulator and a throwaway PostgreSQL state backend:
 * the PR plan and its summary, then apply, the nightly drift check in sync,
 * an out-of-band change, and the drift check again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { baseEnv, run } from '../support/terraform';
import { type Postgres, startPostgres } from '../support/postgres';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const SCRIPTS = join(ROOT, 'examples', 'github-actions', 'scripts');

describe('examples/github-actions scripts', () => {
  let emulator: EmulatorHandle;
  let postgres: Postgres;
  const temp = makeTempDir('gha');
  let env: NodeJS.ProcessEnv;
  const stack = join(temp.dir, 'cdktf.out', 'stacks', 'messaging');
  const script = (name: string, extra: Record<string, string> = {}) => run('bash', [join(SCRIPTS, name)], ROOT, { ...env, ...extra }, 180_000);

  beforeAll(async () => {
    [emulator, postgres] = await Promise.all([startEmulator({ port: 0 }), startPostgres()]);
    env = baseEnv({
      CI: 'true',
      TF_CLI_CONFIG_FILE: installProvider(join(temp.dir, 'mirror')).cliConfigPath,
      PG_CONN_STR: postgres.connStr,
      ZENDESK_API_ROOT: emulator.url,
      ZENDESK_OAUTH_CLIENT_ID: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      TF_VAR_globex_oauth_client_secret: 'emulator-secret',
      APP_DIR: join(ROOT, 'examples', 'cdktf-app'),
      OUT_DIR: join(temp.dir, 'cdktf.out'),
      CDKTF: `${process.execPath} ${join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf')}`,
      ZENDESK_MESSAGING: `${process.execPath} ${join(ROOT, 'bin', 'zendesk-messaging.js')}`,
    });
  }, 60_000);
  afterAll(async () => {
    await emulator?.close();
    await postgres?.stop();
    temp.cleanup();
  });

  it('plan.sh: plans against the PostgreSQL backend and writes the PR comment', async () => {
    const summary = join(temp.dir, 'summary.md');
    const result = await script('plan.sh', { SUMMARY: summary });
    expect(result.code).toBe(0);
    expect(result.output).toContain('Successfully configured the backend "pg"');
    const synthesized = readFileSync(join(stack, 'cdk.tf.json'), 'utf8');
    expect(synthesized).toContain('"pg"');
    expect(synthesized).not.toContain(postgres.connStr);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('## Zendesk messaging: plan summary');
    expect(md).toContain(`### Account acme (${emulator.url}/acme)`);
    expect(md).toContain(`### Account globex (${emulator.url}/globex)`);
    expect(md).toContain('Tickets of agent-ended sessions are routed as: email tickets');
    expect(md).toContain('Trigger "Request customer satisfaction rating (messaging)"');
  }, 180_000);

  it('applying the plan, then drift.sh: in sync (0), then drift (2) with a JUnit report naming the attribute', async () => {
    const apply = await run('terraform', ['apply', '-input=false', '-no-color', 'tfplan'], stack, env);
    expect(apply.code).toBe(0);
    const junit = join(temp.dir, 'drift.xml');
    const report = join(temp.dir, 'drift.md');
    const clean = await script('drift.sh', { JUNIT: junit, REPORT: report });
    expect(clean.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('in sync');

    await emulator.control.changeSettings('globex', { messaging: { messaging_end_session: false } });
    const drifted = await script('drift.sh', { JUNIT: junit, REPORT: report });
    expect(drifted.code).toBe(2);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuites [^>]*failures="1" errors="0">/);
    expect(xml).toContain('Agents can end messaging sessions: on → off');
    expect(readFileSync(report, 'utf8')).toContain('## ⚠️ Drift in Zendesk messaging settings');
  }, 180_000);
});
