/**
 * A CDKTF app managing one Zendesk account's omnichannel routing with the OmnichannelRouting construct: routing on,
 * capacity rules for two groups of agents, a ticket status of its own, two queues by condition and their order, and
 * skills (skills-based routing, which needs Zendesk Suite Enterprise or Support Enterprise). Agents and groups are
 * looked up by name (data "zendesk_agent", data "zendesk_group"): no ID is hard-coded. The same setup as
 * examples/hcl/routing, plus the skills (in HCL: examples/resources/zendesk_routing_attribute*). `cdktf synth` writes
 * cdktf.out/stacks/routing; `cdktf deploy` applies it with the zendesk provider installed by
 * `zendesk-messaging install-provider`.
 *
 * On cdktn (CDK Terrain), the app is the same with `cdktn` in place of `cdktf` and `cdktf-zendesk-messaging/cdktn` in
 * place of `cdktf-zendesk-messaging` (see examples/cdktn-app for running cdktn-cli).
 *
 * Where the account lives comes from the environment, so the same app runs against Zendesk and the local emulator:
 *   ZENDESK_API_ROOT     unset: https://acme.zendesk.com; set (e.g. http://127.0.0.1:8080): {root}/acme
 *   ZENDESK_OAUTH_CLIENT_ID, TF_VAR_acme_oauth_client_secret: the account's OAuth client
 *   MESSAGING_STATE_DIR  where the local state file lives (default: this directory)
 *   LANGUAGE_SKILL_TYPE_ID  the id of a Language skill type made in Admin Center, to adopt it: the first apply
 *                        imports it (an import block) instead of creating a second one. Unset, the app creates it.
 */
import { join } from 'node:path';
import { App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { OmnichannelRouting, TicketStatusCategory, ZendeskProvider } from 'cdktf-zendesk-messaging';

const apiRoot = process.env.ZENDESK_API_ROOT;

class RoutingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: join(process.env.MESSAGING_STATE_DIR ?? __dirname, `terraform.${id}.tfstate`) });
    const secret = new TerraformVariable(this, 'acme_oauth_client_secret', { type: 'string', sensitive: true, description: 'OAuth client secret of the acme Zendesk account' });
    const provider = new ZendeskProvider(this, 'acme', {
      ...(apiRoot ? { baseUrl: `${apiRoot}/acme` } : { subdomain: 'acme' }),
      oauthClientId: process.env.ZENDESK_OAUTH_CLIENT_ID ?? 'terraform',
      oauthClientSecret: secret.stringValue,
    });

    const routing = new OmnichannelRouting(this, 'Acme', {
      provider,
      // A messaging conversation left unaccepted for a minute goes to another agent. Options left out are not managed.
      configuration: { enabled: true, reassignmentMessagingEnabled: true, reassignmentMessagingTimeoutSeconds: 60 },
      // Each agent is in one rule at a time; the account's default rule keeps covering every agent not named here.
      capacityRules: [
        { name: 'Front line', description: 'Managed by CDKTF', capacities: { email: 3, messaging: 2, voice: 1 }, agents: { names: ['Sam Agent'] } },
        { name: 'Escalations', capacities: { email: 5, messaging: 1, voice: 0 }, agents: { names: ['Kim Agent'] } },
      ],
      // Destroying a status deactivates it: Zendesk has no delete for statuses.
      ticketStatuses: [{ category: TicketStatusCategory.PENDING, agentLabel: 'Waiting on customer', endUserLabel: 'Awaiting your reply' }],
      // A ticket enters the first queue, in the account's queue order, whose conditions it meets: the construct
      // manages that order (zendesk_omnichannel_queue_order), these first as listed and the account's other queues
      // after them (manageQueueOrder: false leaves the order to others). Priority only orders an agent's work across
      // queues. Groups are looked up by name.
      queues: [
        { name: 'Urgent', priority: 1, conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, primaryGroups: ['Support'], secondaryGroups: ['Billing'] },
        { name: 'Billing', priority: 2, conditions: { any: [{ field: 'current_tags', operator: 'includes', value: 'billing' }] }, primaryGroups: ['Billing'] },
      ],
      // Skills-based routing (Enterprise): a ticket matching a skill's conditions needs an agent with that skill.
      // Agents get their skills in Admin Center.
      skills: [
        {
          name: 'Language',
          skills: [
            { name: 'German', conditions: { any: [{ field: 'current_tags', operator: 'includes', value: 'german' }] } },
            { name: 'Spanish', conditions: { any: [{ field: 'current_tags', operator: 'includes', value: 'spanish' }] } },
          ],
        },
        { name: 'Tier', skills: [{ name: 'VIP', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] } }] },
      ],
    });

    // An object made in Admin Center is adopted by importing it into the construct's L1 resource.
    const languageId = process.env.LANGUAGE_SKILL_TYPE_ID;
    if (languageId) routing.skillTypes['Language'].importFrom(languageId, provider);

    // For a MessagingSessionPolicy's inactivity.ticketStatusId (Token.asNumber(...id)), here or in another stack.
    new TerraformOutput(this, 'waiting_on_customer_status_id', { value: routing.ticketStatus('Waiting on customer').id });
  }
}

const app = new App();
new RoutingStack(app, 'routing');
app.synth();
