/**
 * A CDKTF app managing the messaging session policy of two Zendesk accounts,
 * one aliased provider per account. `cdktf synth` writes cdktf.out/stacks/messaging;
 * `cdktf plan` / `cdktf deploy` plan and apply it with the zendesk provider
 * installed by `zendesk-messaging install-provider`.
 *
 * Where the accounts live comes from the environment, so the same app runs against
 * Zendesk and against the local emulator:
 *   ZENDESK_API_ROOT   unset: https://{account}.zendesk.com; set (e.g. http://127.0.0.1:8080): {root}/{account}
 *   TF_VAR_acme_oauth_client_secret, TF_VAR_globex_oauth_client_secret: the accounts' OAuth client secrets
 *   PG_CONN_STR          when set, state lives in PostgreSQL (backend "pg", with locking); terraform reads the
 *                        connection string from this variable itself, so it never lands in cdk.tf.json
 *   MESSAGING_STATE_DIR  otherwise, where the local state file lives (default: this directory)
 */
import { join } from 'node:path';
import { App, LocalBackend, PgBackend, TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { MessagingSessionPolicy, RoutingTreatment, ZendeskProvider } from 'cdktf-zendesk-messaging';

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
