/**
 * The admin API client and the emulator, as a consumer of the published
 * package gets them: `npm pack` of this checkout (dist/ must be built), the
 * tarball installed into a fresh project (offline, see installPackedPackage), then `cdktf-zendesk-messaging/client`
 * and `cdktf-zendesk-messaging/emulator` required (CommonJS), imported (ESM)
 * and type-checked by tsc, with the exports map (node16) and with typesVersions
 * (classic node resolution). The consumer has no cdktf and no constructs
 * installed (peers are skipped), so this also shows both subpaths work without
 * them.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPackedPackage, runCommand as run } from '../support/packed-package';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Both subpaths for real: the packed emulator serves, the packed client reads an account's settings from it. */
const ROUND_TRIP = (load: (subpath: string) => string) => `
${load('client')}
${load('emulator')}
(async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const client = createZendeskClient({
      baseUrl: emulator.accountUrl('acme'),
      auth: { kind: 'oauth-client', clientId: DEFAULT_OAUTH_CLIENT.id, clientSecret: DEFAULT_OAUTH_CLIENT.secret },
    });
    const settings = await client.getSettings();
    console.log(JSON.stringify({ clientIsClass: client instanceof ZendeskClient, keys: Object.keys(settings).sort() }));
  } finally {
    await emulator.close();
  }
})().catch((err) => { console.error(err); process.exit(1); });
`;

const TYPED_CONSUMER = `
import { createZendeskClient, ZendeskApiError, type ZendeskClientOptions, type AccountSettings } from 'cdktf-zendesk-messaging/client';
import { startEmulator, DEFAULT_OAUTH_CLIENT, type EmulatorHandle, type EmulatorOptions } from 'cdktf-zendesk-messaging/emulator';

export async function readAcme(options: EmulatorOptions = { port: 0 }): Promise<AccountSettings> {
  const emulator: EmulatorHandle = await startEmulator(options);
  const clientOptions: ZendeskClientOptions = {
    baseUrl: emulator.accountUrl('acme'),
    auth: { kind: 'oauth-client', clientId: DEFAULT_OAUTH_CLIENT.id, clientSecret: DEFAULT_OAUTH_CLIENT.secret },
  };
  try {
    return await createZendeskClient(clientOptions).getSettings();
  } catch (err) {
    if (err instanceof ZendeskApiError) throw new Error(err.message);
    throw err;
  } finally {
    await emulator.close();
  }
}

// The types are the real ones, not \`any\`: each line below must fail to type-check.
// @ts-expect-error an unknown auth kind
createZendeskClient({ baseUrl: 'http://127.0.0.1:1/acme', auth: { kind: 'password' } });
// @ts-expect-error the port is a number
void startEmulator({ port: '8080' });
`;

describe('the packed package exports the client and the emulator', () => {
  const temp = makeTempDir('packed-package');
  let consumer: string;

  beforeAll(() => {
    for (const built of ['dist/client/index.js', 'dist/client/index.d.ts', 'dist/emulator/index.js', 'dist/emulator/index.d.ts']) {
      if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    consumer = installPackedPackage(ROOT, temp.dir);
  }, 180_000);

  afterAll(() => temp.cleanup());

  it('resolves both subpaths inside the installed package', () => {
    const resolved = run(process.execPath, ['-p', "['client', 'emulator'].map((s) => require.resolve('cdktf-zendesk-messaging/' + s)).join('\\n')"], consumer);
    expect(resolved.trim().split('\n')).toEqual([
      join(consumer, 'node_modules', 'cdktf-zendesk-messaging', 'dist', 'client', 'index.js'),
      join(consumer, 'node_modules', 'cdktf-zendesk-messaging', 'dist', 'emulator', 'index.js'),
    ]);
  });

  it.each<[string, string, (subpath: string) => string]>([
    [
      'require (CommonJS)',
      'round-trip.cjs',
      (s) =>
        s === 'client'
          ? "const { createZendeskClient, ZendeskClient } = require('cdktf-zendesk-messaging/client');"
          : "const { startEmulator, DEFAULT_OAUTH_CLIENT } = require('cdktf-zendesk-messaging/emulator');",
    ],
    [
      'import (ESM)',
      'round-trip.mjs',
      (s) =>
        s === 'client'
          ? "import { createZendeskClient, ZendeskClient } from 'cdktf-zendesk-messaging/client';"
          : "import { startEmulator, DEFAULT_OAUTH_CLIENT } from 'cdktf-zendesk-messaging/emulator';",
    ],
  ])('%s: the packed client reads settings from the packed emulator', (_how, file, load) => {
    writeFileSync(join(consumer, file), ROUND_TRIP(load));
    const result = JSON.parse(run(process.execPath, [file], consumer)) as { clientIsClass: boolean; keys: string[] };
    expect(result.clientIsClass).toBe(true);
    expect(result.keys.length).toBeGreaterThan(0);
  });

  it.each([
    ['node16 (package.json exports)', ['--module', 'node16', '--moduleResolution', 'node16']],
    ['node10 (typesVersions)', ['--module', 'commonjs', '--moduleResolution', 'node10']],
  ])('types resolve with tsc, %s', (_how, resolution) => {
    writeFileSync(join(consumer, 'consumer.ts'), TYPED_CONSUMER);
    const args = ['--noEmit', '--strict', '--target', 'es2022', ...resolution, '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), 'consumer.ts'];
    let output = '';
    try {
      run(process.execPath, [TSC, ...args], consumer);
    } catch (err) {
      output = String((err as { stdout?: string }).stdout ?? err);
    }
    expect(output).toBe('');
  }, 120_000); // tsc takes 10-15 s here, several times that on a loaded 2-core machine
});
