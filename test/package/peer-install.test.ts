/**
 * The packed package installed next to its peers the way a new project does it, with npm's own peer checks (no
 * --legacy-peer-deps): `npm i cdktf@0.21.0 constructs@10 cdktf-cli@0.21.0 <tarball>` for a cdktf app and
 * `npm i cdktn@0.24.0 constructs@10 <tarball>` for a cdktn one. npm checks the peers of an optional peer even when
 * it is not installed, so a `cdktn` range in peerDependencies made the first fail with ERESOLVE: cdktn 0.24 wants
 * constructs < 10.8.0, and that command gets constructs 10.8. cdktn is therefore an optional peer through
 * peerDependenciesMeta alone (any version; pnpm and yarn read it so too).
 *
 * Needs a built dist/ and the npm registry (as the cdktn-cli tests do); --prefer-offline takes what the checkout's
 * own `npm ci` put in npm's cache (cdktf, cdktf-cli, cdktn), so only what is new (constructs 10.8) is fetched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp';
import { run } from '../support/terraform';

const ROOT = join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** npm's settings as a user has them: none of those `npm test` exports to its children (npm_config_local_prefix, …). */
function userNpmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_(config|package|lifecycle)_/i.test(key)) env[key] = value;
  return { ...env, npm_config_update_notifier: 'false' };
}

/** A user's app: one policy with most props left out, synthesized; prints the settings resource it wrote. */
const APP = (framework: 'cdktf' | 'cdktn') => `
const { App, TerraformStack } = require('${framework}');
const { MessagingSessionPolicy, ZendeskProvider } = require('cdktf-zendesk-messaging${framework === 'cdktn' ? '/cdktn' : ''}');
const app = new App({ outdir: 'out' });
const stack = new TerraformStack(app, 'messaging');
new ZendeskProvider(stack, 'zendesk', { subdomain: 'acme' });
new MessagingSessionPolicy(stack, 'Policy', { inactivity: { timeoutMinutes: 10 } });
app.synth();
const json = JSON.parse(require('node:fs').readFileSync('out/stacks/messaging/cdk.tf.json', 'utf8'));
process.stdout.write(JSON.stringify(Object.values(json.resource.zendesk_messaging_settings)[0]));
`;

describe('the packed package installs beside its peers without --legacy-peer-deps', () => {
  const temp = makeTempDir('peer-install');
  let tarball: string;
  let projects = 0;

  beforeAll(() => {
    for (const built of ['dist/index.js', 'dist/cdktn/index.js']) {
      if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    // --ignore-scripts: `prepare` would rebuild dist/ under the feet of tests running in parallel.
    const packed = execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', temp.dir], { cwd: ROOT, env: userNpmEnv(), encoding: 'utf8' });
    tarball = join(temp.dir, (JSON.parse(packed) as { filename: string }[])[0].filename);
  }, 120_000);
  afterAll(() => temp.cleanup());

  /** `npm i <specs> <tarball>` in a new project of its own, as a user types it (plus quiet, cache-first flags). */
  async function npmInstall(specs: string[], extra: string[] = []) {
    const project = join(temp.dir, `project-${++projects}`);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true }));
    const args = ['install', ...specs, tarball, '--prefix', project, '--legacy-peer-deps=false', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...extra];
    const result = await run(NPM, args, project, userNpmEnv(), 240_000);
    return { project, code: result.code, stderr: result.stderr.trim() };
  }
  const lockedVersion = (project: string, name: string) =>
    (JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> }).packages[`node_modules/${name}`]?.version;

  it('cdktf: `npm i cdktf@0.21.0 constructs@10 cdktf-cli@0.21.0 <tarball>` resolves', async () => {
    // Resolution is where ERESOLVE happens; --package-lock-only spares the test cdktf-cli's 430 MB (~50 s) download.
    const install = await npmInstall(['cdktf@0.21.0', 'constructs@10', 'cdktf-cli@0.21.0'], ['--package-lock-only']);
    expect({ code: install.code, stderr: install.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lockedVersion(install.project, 'cdktf-zendesk-messaging')).toBe('0.1.0');
    expect(lockedVersion(install.project, 'constructs')).toMatch(/^10\./);
    expect(lockedVersion(install.project, 'cdktn')).toBeUndefined(); // an optional peer nobody asked for stays out
  }, 240_000);

  it.each([
    ['cdktf', ['cdktf@0.21.0', 'constructs@10']],
    ['cdktn', ['cdktn@0.24.0', 'constructs@10']],
  ] as const)('%s: installs, and an app synthesizes the policy from the installed package', async (framework, specs) => {
    const install = await npmInstall([...specs]);
    expect({ code: install.code, stderr: install.stderr }).toEqual({ code: 0, stderr: '' });
    writeFileSync(join(install.project, 'app.js'), APP(framework));
    const synth = await run(process.execPath, ['app.js'], install.project, userNpmEnv());
    expect(synth.stderr).toBe('');
    const settings = JSON.parse(synth.stdout);
    expect(settings.inactivity).toEqual({ timeout_minutes: 10 });
    expect(settings).not.toHaveProperty('agents_can_end_sessions');
  }, 240_000);
});
