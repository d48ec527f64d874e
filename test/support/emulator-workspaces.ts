import { type EmulatorHandle, type EmulatorOptions, startEmulator } from '../../src/emulator';
import { providerHosts } from './provider-hosts';
import { TerraformWorkspace } from './terraform';

/** The emulator's own OAuth client, given to terraform through the environment (so no HCL holds the secret). */
export const EMULATOR_OAUTH_ENV = { ZENDESK_OAUTH_CLIENT_ID: 'emulator-client', ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' };

/** Only the client's secret, for configurations whose HCL names the client (`oauth_client_id = "emulator-client"`). */
export const EMULATOR_SECRET_ENV = { ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' };

export interface WorkspaceOptions {
  /** Each initialised workspace gets a provider host of its own (see provider-hosts.ts for when a file may use one). */
  providerHost?: boolean;
  /**
   * What every workspace's environment starts with (a workspace's own `env` is added to it): the emulator's OAuth
   * client by default; `EMULATOR_SECRET_ENV` or `{}` for files whose HCL holds the credentials, or whose subject is
   * what happens without them.
   */
  env?: Record<string, string | undefined>;
}

/**
 * An emulator for the test file and the terraform workspaces its tests make:
 * started before the first test, and everything (workspaces, hosts, emulator)
 * gone after the last one.
 */
export function emulatorWithWorkspaces(options: EmulatorOptions = {}, { providerHost = false, env: startingEnv = EMULATOR_OAUTH_ENV }: WorkspaceOptions = {}) {
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
    /** A workspace holding `files`, initialised (`terraform init`), with the emulator's OAuth client (or `env` of the options) in its environment. */
    async workspace(files: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<TerraformWorkspace> {
      const ws = this.uninitialisedWorkspace(files, env);
      await ws.init();
      return providerHost ? attachHost(ws) : ws;
    },
    /** The same without `terraform init`: for commands that must run first (e.g. on a state naming a provider that is not installed). */
    uninitialisedWorkspace(files: Record<string, string>, env: Record<string, string | undefined> = {}): TerraformWorkspace {
      const ws = new TerraformWorkspace({ env: { ...startingEnv, ...env } });
      workspaces.push(ws);
      ws.write(files);
      return ws;
    },
  };
}
