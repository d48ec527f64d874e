/**
 * A Zendesk behind TLS that only NODE_EXTRA_CA_CERTS makes trusted (a corporate proxy's CA), with the real terraform:
 * the provider's wrapper hands the file to the provider instead of Node's start-up (provider-package.ts says why),
 * and the configured provider trusts exactly what Node would have: the bundled roots plus that file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpsFront, type HttpsFront } from '../support/https-front';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { makeTempDir } from '../support/temp';
import type { TerraformWorkspace } from '../support/terraform';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';

describe('a Zendesk API root whose certificate only NODE_EXTRA_CA_CERTS makes trusted', () => {
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  let front: HttpsFront;
  let ws: TerraformWorkspace;
  const temp = makeTempDir('ca');
  const caFile = join(temp.dir, 'proxy-ca.pem');

  beforeAll(async () => {
    front = await startHttpsFront(env.emulator.port);
    writeFileSync(caFile, front.caPem);
    ws = env.uninitialisedWorkspace({
      'main.tf':
        REQUIRED_PROVIDERS +
        providerBlock({ baseUrl: `${front.origin}/tls-acme`, extra: ['oauth_client_id = "emulator-client"'] }) +
        settingsResource('acme', ['agents_can_end_sessions = false']),
    }, { NODE_EXTRA_CA_CERTS: caFile });
    expect((await ws.init()).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    temp.cleanup();
    await front?.close();
  });

  it('applies and plans clean through it when NODE_EXTRA_CA_CERTS names its CA', async () => {
    await ws.applyOrThrow();
    expect((await env.emulator.control.settings('tls-acme')).messaging?.messaging_end_session).toBe(false);
    const plan = await ws.plan(['-detailed-exitcode']);
    expect(plan.code).toBe(0);
    expect(plan.output).not.toContain('Warning');
  }, 120_000);

  it('refuses the connection with a certificate error when nothing makes the CA trusted', async () => {
    const plan = await ws.plan([], { NODE_EXTRA_CA_CERTS: undefined });
    expect(plan.code).toBe(1);
    expect(plan.output).toMatch(/certificate/i);
  }, 120_000);

  it('warns once and trusts only the bundled roots when the file cannot be read, as Node does', async () => {
    const plan = await ws.plan([], { NODE_EXTRA_CA_CERTS: join(temp.dir, 'missing.pem') });
    expect(plan.code).toBe(1);
    expect(plan.output).toContain('Extra CA certificates not used');
    expect(plan.output).toContain('ENOENT');
    expect(plan.output).toMatch(/certificate/i);
  }, 120_000);
});
