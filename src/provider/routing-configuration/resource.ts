import type { ModelsOf, ModifyPlanRequest, ModifyPlanResponse } from '../../framework';
import { AccountSettingsResource } from '../account-settings-resource';
import { reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import { resetWords } from './attribute-map';
import { ROUTING_WRITER, defaultsPatchFor, planToPatch } from './mapping';
import { checkConfig, warnIfRoutingOff } from './rules';
import { TYPE_NAME, routingConfigurationSchema } from './schema';

type Settings = typeof routingConfigurationSchema;
type Models = ModelsOf<Settings>;

/**
 * zendesk_routing_configuration: a singleton per account, as zendesk_messaging_settings is (account-settings-resource.ts:
 * the same account identity, adoption on create, import by subdomain, unset = unmanaged, retain or reset on destroy),
 * over its own keys of settings.routing. Its own: the note when a plan turns routing off.
 */
export class RoutingConfigurationResource extends AccountSettingsResource<Settings> {
  readonly typeName = TYPE_NAME;

  constructor() {
    super(routingConfigurationSchema, {
      writer: ROUTING_WRITER,
      planToPatch,
      defaultsPatchFor,
      checkConfig,
      words: {
        resource: 'The routing configuration resource',
        retained: (account) => [
          'Routing configuration left as it is',
          `on_destroy = "retain": Terraform no longer manages the routing configuration of "${account}", and it keeps ` +
            'its current values in Zendesk. Set on_destroy = "reset" to restore Zendesk\'s documented defaults on destroy.',
        ],
        reset: (account) => [
          'Destroy will reset the routing configuration',
          `on_destroy = "reset": destroying this resource restores Zendesk's documented defaults in "${account}" for ` +
            `the settings it manages (${resetWords()}); the observed settings are left as they are.`,
        ],
      },
    });
  }

  /** Routing turned off by this plan (created off, or switched off): say what stops taking effect, once. */
  protected override async planned(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>, session: AccountSession | undefined): Promise<void> {
    if (!session || req.plan?.enabled !== false || req.state?.enabled === false) return;
    try {
      warnIfRoutingOff(req.plan.enabled, await session.settings(), session.accountId, resp.diagnostics);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the routing configuration of "${session.accountId}"`);
    }
  }
}
