import { type EmulatorHandle, type EmulatorOptions, startEmulator } from '../../src/emulator';
import { providerHosts } from './provider-hosts';
import { TerraformWorkspace } from './terraform';

/** The emulator's own OAuth client, given to terraform through the environment (so no HCL holds the secret). */
export const EMULATOR_OAUTH_ENV = { ZENDESK_OAUTH_CLIENT_ID: 'emulator-client', ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' };

/**
 * An emulator for the test file and the terraform workspaces its tests make:
 * started before the first test, and everything (workspaces, hosts, emulator)
 * gone after the last one.
 *
 * `providerHost`: each initialised workspace gets a provider host of its own
 * (see provider-hosts.ts for when a file may use one).
 */
export function emulatorWithWorkspaces(options: EmulatorOptions = {}, { providerHost = false }: { providerHost?: boolean } = {}) {
  let emulator: EmulatorHandle | undefined;
  const workspaces: TerraformWorkspace[] = [];
  const attachHost = providerHosts();
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, ...options });
  });
  afterAll(async () => {
    for (const ws of workspaces) ws.cleanup();
    await emulator?.close();
  });
  return {
    get emulator(): EmulatorHandle {
      if (!emulator) throw new Error('the emulator starts in beforeAll: use it inside a test');
      return emulator;
    },
    /** A workspace holding `files`, initialised (`terraform init`), with the emulator's OAuth client in its environment. */
    async workspace(files: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<TerraformWorkspace> {
      const ws = this.uninitialisedWorkspace(files, env);
      await ws.init();
      return providerHost ? attachHost(ws) : ws;
    },
    /** The same without `terraform init`: for commands that must run first (e.g. on a state naming a provider that is not installed). */
    uninitialisedWorkspace(files: Record<string, string>, env: Record<string, string | undefined> = {}): TerraformWorkspace {
      const ws = new TerraformWorkspace({ env: { ...EMULATOR_OAUTH_ENV, ...env } });
      workspaces.push(ws);
      ws.write(files);
      return ws;
    },
  };
}
