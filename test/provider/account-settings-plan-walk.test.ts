/**
 * The configuration checks of the account settings resources run once per call where the configuration is: in
 * validateConfig, which Terraform calls for `terraform validate` and again in every plan with the final values
 * (docs/design/terraform-plugin.md#configuration-validation-during-plan). The plan's own step (modifyPlan) does not
 * repeat them, so a plan reports each of their diagnostics once.
 */
import type { Schema } from '../../src/framework';
import { Diagnostics, withNulls } from '../../src/framework';
import type { ObjectValue, Value } from '../../src/protocol/tftypes/value';
import { MessagingSettingsResource } from '../../src/provider/messaging-settings/resource';
import { messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { RoutingConfigurationResource } from '../../src/provider/routing-configuration/resource';
import { routingConfigurationSchema } from '../../src/provider/routing-configuration/schema';

type AnyResource = MessagingSettingsResource | RoutingConfigurationResource;
const shown = (d: Diagnostics) => d.toArray().map((x) => `${x.severity} ${x.path ?? ''}: ${x.summary}`);

function validated(resource: AnyResource, config: ObjectValue): string[] {
  const diagnostics = new Diagnostics();
  resource.validateConfig({ config } as never, diagnostics);
  return shown(diagnostics);
}

async function planned(resource: AnyResource, config: ObjectValue): Promise<string[]> {
  const resp = { plan: config, requiresReplace: [], private: {}, diagnostics: new Diagnostics() };
  await resource.modifyPlan({ config, plan: config, state: null, private: {} } as never, resp as never);
  return shown(resp.diagnostics);
}

const INACTIVITY = { enabled: null, timeout_minutes: null, timeout: null, ticket_status_id: null, end_session: null, reminders: null };
const messaging = (inactivity: Record<string, Value>) => withNulls(messagingSettingsSchema as Schema, { on_destroy: 'retain', inactivity: { ...INACTIVITY, ...inactivity } });

describe.each([
  [
    'zendesk_messaging_settings: both names of one setting',
    () => new MessagingSettingsResource(),
    messaging({ timeout: 10, timeout_minutes: 10 }),
    ['error inactivity.timeout: Conflicting attributes'],
  ],
  [
    'zendesk_messaging_settings: reminders',
    () => new MessagingSettingsResource(),
    messaging({ reminders: [{ message: 'a', timeout_seconds: 60, ticket_status_id: null, tags: null }, { message: 'b', timeout_seconds: null, ticket_status_id: null, tags: null }] }),
    [
      'warning inactivity.reminders[0].timeout_seconds: The first reminder does not use its own wait time or status',
      'error inactivity.reminders[1].timeout_seconds: Missing reminder wait time',
    ],
  ],
  [
    'zendesk_routing_configuration: auto-accept with reassignment timing',
    () => new RoutingConfigurationResource(),
    withNulls(routingConfigurationSchema as Schema, { on_destroy: 'retain', auto_accept_messaging_enabled: true, reassignment_messaging_enabled: true }),
    ['warning auto_accept_messaging_enabled: Auto-accept and messaging reassignment timing together'],
  ],
])('%s', (_name, make, config, diagnostics) => {
  it('validation says it', () => {
    expect(validated(make(), config)).toEqual(diagnostics);
  });

  it('the plan does not say it again', async () => {
    expect(await planned(make(), config)).toEqual([]);
  });
});
