import { type ProviderHost, startProviderHost } from '../../src/cli/provider-host';
import type { TerraformWorkspace } from './terraform';

/**
 * Provider hosts for a test file's workspaces: `attach(ws)`, after `ws.init()` (terraform neither installs nor
 * locks a reattached provider), starts one with the workspace's environment, as `zendesk-messaging exec` does, and
 * every later terraform command of that workspace reattaches to it; all are stopped after the file's last test.
 *
 * For files of many terraform commands whose subject is what the provider answers, not how terraform starts it:
 * a command through a host costs ~0.1 s where one that starts its providers costs ~0.5 s. The tests of starting,
 * signals, logs and the environment keep normal starts (and the lifecycle test runs both ways). Per-command
 * environment and provider logs do not reach a host: files that use either must not attach one.
 */
export function providerHosts(): (ws: TerraformWorkspace) => Promise<TerraformWorkspace> {
  const hosts: ProviderHost[] = [];
  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.stop()));
  });
  return async (ws) => {
    const host = await startProviderHost(ws.env);
    hosts.push(host);
    ws.env = { ...ws.env, ...host.env };
    return ws;
  };
}
