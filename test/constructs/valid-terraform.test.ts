/**
 * What the bindings synthesize is valid for the real provider: `terraform
 * init` installs zendesk-iac/zendesk from a filesystem mirror written by our
 * installer, and `terraform validate` checks the configuration against the
 * provider's own schema (attribute names, nested attributes as objects,
 * types). Both cdktf outputs: JSON (the default) and HCL (`synth --hcl`).
 * Needs `npm run build` (the provider bundle), as `npm test` does.
 */
import './support/jest-setup';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import { DataZendeskMessagingSettings, MessagingSettings, ZendeskProvider } from '../../src';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';
import { useProviderMirror } from './support/terraform-cli';

/** A stack with every attribute of every construct set. */
class MessagingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const secret = new TerraformVariable(this, 'oauth_client_secret', { type: 'string', sensitive: true, default: 'secret' });
    new ZendeskProvider(this, 'zendesk', {
      baseUrl: 'http://127.0.0.1:8080/acme',
      oauthClientId: 'client',
      oauthClientSecret: secret.stringValue,
      requestTimeoutSeconds: 10,
      maxRetries: 2,
    });
    new ZendeskProvider(this, 'eu', { subdomain: 'acme-eu', oauthToken: 'token', alias: 'eu' });
    const current = new DataZendeskMessagingSettings(this, 'current');
    new MessagingSettings(this, 'settings', {
      agentsCanEndSessions: true,
      agentEndedSessionRouting: 'email',
      onDestroy: 'retain',
      inactivity: {
        enabled: true,
        endSession: true,
        timeoutMinutes: 10,
        ticketStatusId: 123,
        reminders: [
          { message: 'Are you still there?', tags: ['first'] },
          { message: 'We will close this conversation soon.', timeoutSeconds: 300, ticketStatusId: 7 },
        ],
      },
    });
    new TerraformOutput(this, 'routing', { value: current.agentEndedSessionRouting });
  }
}

describe('synthesized configuration passes terraform validate with the real provider', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = useProviderMirror();
  });
  afterAll(() => restore?.());

  it('JSON (cdk.tf.json)', () => {
    const stack = new MessagingStack(Testing.app(), 'messaging');
    expect(Testing.fullSynth(stack)).toBeValidTerraform();
  });

  it('HCL (cdktf synth --hcl): nested attributes are written as `x = { … }` values', async () => {
    const hcl: string = Testing.synthHcl(new MessagingStack(Testing.app(), 'messaging'));
    expect(hcl).toMatch(/inactivity = \{/);
    expect(hcl).toMatch(/reminders = \[/);
    const temp = makeTempDir('cdktf-hcl');
    try {
      writeFileSync(join(temp.dir, 'main.tf'), hcl);
      const env = baseEnv({ TF_CLI_CONFIG_FILE: process.env.TF_CLI_CONFIG_FILE });
      const init = await run('terraform', ['init', '-backend=false', '-input=false', '-no-color'], temp.dir, env);
      expect(init.output).toContain('Terraform has been successfully initialized');
      const validate = await run('terraform', ['validate', '-no-color'], temp.dir, env);
      expect({ code: validate.code, output: validate.output.trim() }).toEqual({ code: 0, output: 'Success! The configuration is valid.' });
    } finally {
      temp.cleanup();
    }
  });

  it('an app synthesized to disk is what a user applies: cdk.tf.json in stacks/<name>', () => {
    const outdir = makeTempDir('cdktf-app');
    try {
      const app = new App({ outdir: outdir.dir });
      new MessagingStack(app, 'messaging');
      app.synth();
      expect(outdir.dir).toBeValidTerraform();
    } finally {
      outdir.cleanup();
    }
  });
});
