/**
 * The examples/cdktf-app app on cdktn (CDK Terrain, the maintained CDKTF fork): the same two Zendesk accounts and
 * policies, with `cdktn` and `cdktf-zendesk-messaging/cdktn` in place of `cdktf` and `cdktf-zendesk-messaging`.
 * cdktn-cli 0.24 still reads its project from cdktf.json. It needs Node >= 22.19 (it crashes on Node 20), so it is
 * not a devDependency of this repository, which supports Node 20; with Node 22.19+ on PATH, in this directory:
 *   npx -p cdktn-cli@0.24.0 cdktn synth      (then `cdktn diff`, `cdktn deploy`, both with --skip-provider-lock)
 * with the zendesk provider installed by `zendesk-messaging install-provider` (TF_CLI_CONFIG_FILE set to the file it
 * prints). `--skip-provider-lock`, or cdktn runs `terraform providers lock` against the public registry, which has no
 * zendesk-iac/zendesk.
 *
 * Where the accounts live comes from the environment, so the same app runs against Zendesk and the local emulator:
 *   ZENDESK_API_ROOT   unset: https://{account}.zendesk.com; set (e.g. http://127.0.0.1:8080): {root}/{account}
 *   TF_VAR_acme_oauth_client_secret, TF_VAR_globex_oauth_client_secret: the accounts' OAuth client secrets
 *   PG_CONN_STR          when set, state lives in PostgreSQL (backend "pg", with locking); terraform reads the
 *                        connection string from this variable itself, so it never lands in cdk.tf.json
 *   MESSAGING_STATE_DIR  otherwise, where the local state file lives (default: this directory)
 */
import { join } from 'node:path';
import { App, LocalBackend, PgBackend, TerraformStack, TerraformVariable } from 'cdktn';
import type { Construct } from 'constructs';
import { MessagingSessionPolicy, RoutingTreatment, ZendeskProvider } from 'cdktf-zendesk-messaging/cdktn';

const apiRoot = process.env.ZENDESK_API_ROOT;

function account(scope: Construct, name: string): ZendeskProvider {
  const secret = new TerraformVariable(scope, `${name}_oauth_client_secret`, {
    type: 'string',
    sensitive: true,
    description: `OAuth client secret of the ${name} Zendesk account`,
  });
  return new ZendeskProvider(scope, name, {
    alias: name,
    ...(apiRoot ? { baseUrl: `${apiRoot}/${name}` } : { subdomain: name }),
    oauthClientId: process.env.ZENDESK_OAUTH_CLIENT_ID ?? 'terraform',
    oauthClientSecret: secret.stringValue,
  });
}

class MessagingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    if (process.env.PG_CONN_STR) {
      const backend = new PgBackend(this, { connStr: 'from PG_CONN_STR', schemaName: `zendesk_messaging_${id}` });
      backend.addOverride('conn_str', undefined); // terraform takes it from PG_CONN_STR: keep the secret out of the JSON
    } else {
      new LocalBackend(this, { path: join(process.env.MESSAGING_STATE_DIR ?? __dirname, `terraform.${id}.tfstate`) });
    }

    // Acme: agents end sessions, their tickets count as email, auto-release with reminders on inactivity, the CSAT survey
    // goes out when an agent ends a session. Each setting is given explicitly: a prop left out is not managed.
    new MessagingSessionPolicy(this, 'Acme', {
      provider: account(this, 'acme'),
      agentsCanEndSessions: true,
      agentEndedSessionRouting: RoutingTreatment.EMAIL,
      inactivity: {
        enabled: true, // said explicitly: a setting left out is not managed
        timeoutMinutes: 10,
        reminders: [{ message: 'Are you still there?' }, { message: 'We will close this conversation soon.', waitSeconds: 300 }],
      },
      csatOnSessionEnd: true,
    });

    // Globex: agents end sessions, tickets stay messaging tickets.
    new MessagingSessionPolicy(this, 'Globex', {
      provider: account(this, 'globex'),
      agentsCanEndSessions: true,
      agentEndedSessionRouting: RoutingTreatment.MESSAGING,
    });
  }
}

const app = new App();
new MessagingStack(app, 'messaging');
app.synth();
