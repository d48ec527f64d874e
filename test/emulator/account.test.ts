/**
 * GET /api/v2/account: the account the credentials belong to, and whether it is a sandbox. Production by default;
 * a sandbox when the control API creates one so or the emulator starts with it in `sandboxAccounts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { makeTempDir } from '../support/temp';
import { TOKEN, send } from './http';

describe('emulator GET /api/v2/account', () => {
  const temp = makeTempDir('emu-account');
  afterAll(() => temp.cleanup());

  it('answers a production account by default, a sandbox when the control API creates one, and 401 without credentials', async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      const account = (name: string, auth: string | null = TOKEN) => send(`${emulator.accountUrl(name)}/api/v2/account`, { auth: auth ?? undefined });
      expect((await account('acme')).json()).toEqual({ account: { name: 'acme', subdomain: 'acme', sandbox: false } });
      await emulator.control.createAccount({ name: 'acme-sandbox', sandbox: true });
      expect((await account('acme-sandbox')).json()).toEqual({ account: { name: 'acme-sandbox', subdomain: 'acme-sandbox', sandbox: true } });
      expect((await account('acme', null)).status).toBe(401);
      expect((await emulator.control.accounts()).accounts.map((a) => [a.name, a.sandbox])).toEqual([
        ['acme', false],
        ['acme-sandbox', true],
      ]);
    } finally {
      await emulator.close();
    }
  });

  it('makes the sandboxAccounts a sandbox at start, also accounts the data directory already holds, and keeps it', async () => {
    const dataDir = join(temp.dir, 'data');
    const first = await startEmulator({ port: 0, dataDir });
    await first.control.changeSettings('kept', { messaging: { messaging_end_session: false } });
    await first.close();
    // A data file written before the emulator answered /api/v2/account has no sandbox flag: production.
    const file = join(dataDir, 'kept.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    delete doc.sandbox;
    writeFileSync(file, JSON.stringify(doc));

    const sandboxOf = async (url: string) => (await send(`${url}/api/v2/account`, { auth: TOKEN })).json().account.sandbox;
    const plain = await startEmulator({ port: 0, dataDir });
    expect(await sandboxOf(plain.accountUrl('kept'))).toBe(false);
    await plain.close();

    const marked = await startEmulator({ port: 0, dataDir, sandboxAccounts: ['kept', 'fresh'] });
    expect(await sandboxOf(marked.accountUrl('kept'))).toBe(true);
    expect(await sandboxOf(marked.accountUrl('fresh'))).toBe(true);
    expect(await sandboxOf(marked.accountUrl('other'))).toBe(false);
    expect((await marked.control.settings('kept')).messaging.messaging_end_session).toBe(false);
    await marked.close();

    const again = await startEmulator({ port: 0, dataDir });
    expect(await sandboxOf(again.accountUrl('kept'))).toBe(true);
    await again.close();
  });

  it('refuses a sandbox account name that is not an account name, before listening', async () => {
    await expect(startEmulator({ port: 0, sandboxAccounts: ['Acme Sandbox'] })).rejects.toThrow('sandbox account "Acme Sandbox": account names are lowercase letters, digits and hyphens');
  });
});
