/**
 * The bundled client chunk (dist/zendesk-client.js) is what every configured
 * provider process loads. It must work, and must not wake Node's undici (the
 * fetch globals cost ~12 ms and ~12 MiB per process), nor load what the client
 * never uses (follow-redirects, debug → supports-color → tty): scripts/build.mjs
 * strips them; this proves they stay stripped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { run } from '../support/terraform';

const dist = join(__dirname, '..', '..', 'dist');

describe('bundled client chunk', () => {
  let emulator: EmulatorHandle;
  beforeAll(async () => {
    if (!existsSync(join(dist, 'zendesk-client.js'))) throw new Error('run `npm run build` first (npm test does)');
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  it('reads and writes settings without loading undici', async () => {
    const script = `
      const { createZendeskClient } = require(${JSON.stringify(join(dist, 'zendesk-client.js'))});
      const client = createZendeskClient({ baseUrl: process.argv[1], auth: { kind: 'oauth-client', clientId: 'emulator-client', clientSecret: 'emulator-secret' } });
      client.getSettings()
        .then((current) => client.updateSettings({ messaging: { messaging_end_session: false } }, { current }))
        .then((result) => console.log(JSON.stringify({
          kept: result.settings.messaging.messaging_end_session,
          undici: process.moduleLoadList.some((m) => m.includes('undici')),
          tty: process.moduleLoadList.includes('NativeModule tty'),
        })));`;
    const result = await run(process.execPath, ['-e', script, emulator.accountUrl('bundle')], dist, process.env);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ kept: false, undici: false, tty: false });
  });

  it('leaves out what the client never uses: redirect following and the debug logger of the proxy agents', () => {
    const chunk = readFileSync(join(dist, 'zendesk-client.js'), 'utf8');
    // supports-color reads FORCE_COLOR; follow-redirects has its own error messages.
    expect(chunk).not.toMatch(/FORCE_COLOR|Redirected request failed|Maximum number of redirects exceeded/);
    expect(chunk).toContain('never follows redirects (maxRedirects is 0)');
  });

  it('leaves the same out of the CLI bundle, which carries the client for drift and the demo, and the emulator loads only for its command', () => {
    const cli = readFileSync(join(dist, 'cli.js'), 'utf8');
    // mime-db came with form-data (axios' multipart support): 208 KB the CLI compiled at every start. (FORCE_COLOR is
    // not a marker here: commander reads it for its own help colours.)
    expect(cli).not.toMatch(/Redirected request failed|Maximum number of redirects exceeded|application\/vnd\.ms-excel/);
    expect(cli).toContain('never follows redirects (maxRedirects is 0)');
    // Under -e, argv has no script path: put the bundle's in, where commander looks for it.
    const script = [
      `process.on('exit', () => console.error(JSON.stringify(process.moduleLoadList.filter((m) => /NativeModule (http|zlib)$/.test(m)))));`,
      `process.argv.splice(1, 0, ${JSON.stringify(join(dist, 'cli.js'))});`,
      'require(process.argv[1]);',
    ].join('\n');
    return run(process.execPath, ['-e', script, '--', '--version'], dist, process.env).then((result) => {
      expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      expect(JSON.parse(result.stderr)).toEqual([]); // no http server (the emulator) nor zlib (axios) at start
    });
  });

  it('is not part of the provider bundle (loaded only when the provider is configured)', () => {
    const provider = readFileSync(join(dist, 'terraform-provider-zendesk.js'), 'utf8');
    expect(provider).toContain('require("./zendesk-client.js")');
    expect(provider).not.toMatch(/follow-redirects|AxiosError/);
  });
});
