/**
 * `cdktf-zendesk-messaging/cdktn`: the construct library for apps on cdktn,
 * the maintained CDKTF fork, derived at build time from the cdktf one
 * (src/codegen/cdktn-variant.ts). A consumer project (node_modules links, as
 * `npm install` would make them) synthesizes the same app with cdktf and with
 * cdktn; the Terraform JSON must be the same. Needs `npm run build`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as ts from 'typescript';
import { importsCdktf } from '../../src/codegen/cdktn-variant';
import { makeTempDir } from '../support/temp';

const root = join(__dirname, '..', '..');
const variantDir = join(root, 'dist', 'cdktn');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The same app for both frameworks: provider with alias, data source, resource with nested values and references. */
const APP = `
const framework = process.argv[2];
const lib = require(framework === 'cdktn' ? 'cdktf-zendesk-messaging/cdktn' : 'cdktf-zendesk-messaging');
const core = require(framework);
const { readFileSync } = require('node:fs');
const outdir = process.argv[3];
const app = new core.App({ outdir });
const stack = new core.TerraformStack(app, 'messaging');
new lib.ZendeskProvider(stack, 'zendesk', { baseUrl: 'http://127.0.0.1:8080/acme', oauthClientId: 'client' });
const eu = new lib.ZendeskProvider(stack, 'eu', { subdomain: 'acme-eu', alias: 'eu' });
const current = new lib.DataZendeskMessagingSettings(stack, 'current', { provider: eu });
const settings = new lib.MessagingSettings(stack, 'settings', {
  agentsCanEndSessions: true,
  agentEndedSessionRouting: current.agentEndedSessionRouting,
  inactivity: { enabled: true, timeout: 10, reminders: [{ message: 'Still there?', tags: ['a'] }, { message: 'Bye', timeoutSeconds: 300 }] },
});
settings.inactivity.endSession = true;
settings.importFrom('acme');
new core.TerraformOutput(stack, 'first_reminder', { value: settings.inactivity.reminders.get(0).message });
app.synth();
const checks = {
  resourceIsFrameworkResource: settings instanceof core.TerraformResource,
  providerIsFrameworkProvider: eu instanceof core.TerraformProvider,
};
process.stdout.write(JSON.stringify({ checks, json: JSON.parse(readFileSync(outdir + '/stacks/messaging/cdk.tf.json', 'utf8')) }));
`;

/** A TypeScript consumer: must compile against dist/cdktn/index.d.ts and cdktn's types. */
const TS_APP = `
import { App, TerraformStack } from 'cdktn';
import { MessagingSettings, MessagingSettingsInactivity, ZendeskProvider } from 'cdktf-zendesk-messaging/cdktn';
const app = new App();
const stack = new TerraformStack(app, 'messaging');
const provider: import('cdktn').TerraformProvider = new ZendeskProvider(stack, 'zendesk', { subdomain: 'acme' });
const inactivity: MessagingSettingsInactivity = { enabled: true, reminders: [{ message: 'Still there?' }] };
const settings = new MessagingSettings(stack, 'settings', { provider, inactivity, agentsCanEndSessions: true });
const resource: import('cdktn').TerraformResource = settings;
export { resource };
`;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('cdktf-zendesk-messaging/cdktn', () => {
  let consumer: { dir: string; cleanup: () => void };

  beforeAll(() => {
    if (!existsSync(join(variantDir, 'index.js'))) throw new Error(`${variantDir} is missing: run \`npm run build\` first (npm test does).`);
    consumer = makeTempDir('cdktn-consumer');
    mkdirSync(join(consumer.dir, 'node_modules'));
    symlinkSync(root, join(consumer.dir, 'node_modules', 'cdktf-zendesk-messaging'), 'dir');
    for (const dep of ['cdktf', 'cdktn', 'constructs']) symlinkSync(join(root, 'node_modules', dep), join(consumer.dir, 'node_modules', dep), 'dir');
    writeFileSync(join(consumer.dir, 'app.js'), APP);
    writeFileSync(join(consumer.dir, 'app.ts'), TS_APP);
  });
  afterAll(() => consumer?.cleanup());

  const synth = async (framework: 'cdktf' | 'cdktn') => {
    const outdir = join(consumer.dir, `out-${framework}`);
    const { stdout } = await promisify(execFile)(process.execPath, ['app.js', framework, outdir], { cwd: consumer.dir });
    return JSON.parse(stdout) as { checks: Record<string, boolean>; json: Json };
  };

  it('synthesizes the same Terraform JSON as the cdktf library', async () => {
    const [cdktf, cdktn] = await Promise.all([synth('cdktf'), synth('cdktn')]);
    expect(cdktn.checks).toEqual({ resourceIsFrameworkResource: true, providerIsFrameworkProvider: true });
    // Only the framework's own version in the stack metadata differs (0.21.0 vs 0.24.0).
    for (const out of [cdktf, cdktn]) delete out.json['//'].metadata.version;
    expect(cdktn.json).toEqual(cdktf.json);
    expect(cdktn.json.resource.zendesk_messaging_settings.settings.inactivity).toEqual({
      enabled: true,
      end_session: true,
      timeout: 10,
      reminders: [{ message: 'Still there?', tags: ['a'] }, { message: 'Bye', timeout_seconds: 300 }],
    });
    expect(cdktn.json.terraform.required_providers.zendesk.source).toBe('zendesk-iac/zendesk');
  });

  it('loads cdktn only: no file of the variant imports cdktf', () => {
    const files = listFiles(variantDir).filter((f) => /\.(js|d\.ts)$/.test(f));
    expect(files.length).toBeGreaterThan(4);
    expect(files.filter((f) => importsCdktf(readFileSync(f, 'utf8')))).toEqual([]);
    expect(readFileSync(join(variantDir, 'gen', 'messaging-settings', 'index.js'), 'utf8')).toContain('require("cdktn")');
  });

  it('type-checks in a TypeScript consumer (package exports, node16 module resolution)', () => {
    const program = ts.createProgram([join(consumer.dir, 'app.ts')], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});
