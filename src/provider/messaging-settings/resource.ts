import { valueEquals } from '../../framework';
import type { Diagnostics, ModelsOf, ModifyPlanRequest, ModifyPlanResponse } from '../../framework';
import type { AccountSettings } from '../../client/settings';
import { AccountSettingsResource } from '../account-settings-resource';
import { reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import { resetWords } from './attribute-map';
import { defaultsPatchFor, planToPatch } from './mapping';
import { checkConfig, prerequisitesFor, warnIfDormant } from './rules';
import { TYPE_NAME, messagingSettingsSchema } from './schema';
import { planWithAliases } from './settings-keys';
import { messagingSettingsStateUpgraders } from './state-upgrade';
import { MESSAGING_SETTINGS_WRITER } from './write';

type Settings = typeof messagingSettingsSchema;
/** The resource's typed models (state, plan, config), derived from its schema. */
type Models = ModelsOf<Settings>;

/**
 * zendesk_messaging_settings: a singleton per account (account-settings-resource.ts). Create adopts the account's
 * settings and writes the managed ones; destroy retains or resets. Its own: the deprecated `inactivity.timeout`
 * alias, and the note when the routing treatment is dormant.
 */
export class MessagingSettingsResource extends AccountSettingsResource<Settings> {
  readonly typeName = TYPE_NAME;

  constructor() {
    super(messagingSettingsSchema, {
      writer: MESSAGING_SETTINGS_WRITER,
      planToPatch,
      defaultsPatchFor,
      checkConfig,
      words: {
        resource: 'The messaging settings resource',
        retained: (account) => [
          'Messaging settings left as they are',
          `on_destroy = "retain": Terraform no longer manages the messaging settings of "${account}", and they keep ` +
            'their current values in Zendesk. Set on_destroy = "reset" to restore Zendesk\'s defaults on destroy.',
        ],
        reset: (account) => [
          'Destroy will reset messaging settings',
          `on_destroy = "reset": destroying this resource restores Zendesk's defaults in "${account}" for the settings it manages (${resetWords()}).`,
        ],
      },
    });
  }

  /** Version 0 named inactivity.timeout_minutes `timeout`: state-upgrade.ts. */
  stateUpgraders() {
    return messagingSettingsStateUpgraders;
  }

  /** Every refresh says when the recorded routing treatment is dormant, so plans and drift reports carry the note. */
  protected override afterRead(state: Models['state'], settings: AccountSettings, session: AccountSession, diagnostics: Diagnostics): void {
    warnIfDormant(state.agent_ended_session_routing, prerequisitesFor({}, settings), session.accountId, diagnostics);
  }

  protected override async planned(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>, session: AccountSession | undefined): Promise<void> {
    const plan = req.plan!;
    // A configuration may still use inactivity.timeout: the plan carries its value under both names.
    if (req.config) resp.plan = planWithAliases(req.config, plan);
    // Dormancy is warned about by the refresh before this plan; here only when the plan creates the resource or
    // changes what decides it, so a plan shows each note once.
    const decisive = ['agent_ended_session_routing', 'agents_can_end_sessions'] as const;
    const changes = req.state === null || decisive.some((name) => !valueEquals(plan[name], req.state![name]));
    if (!session || !changes || typeof req.config?.agent_ended_session_routing !== 'string') return;
    try {
      const settings = await session.settings();
      warnIfDormant(plan.agent_ended_session_routing, prerequisitesFor(plan, settings), session.accountId, resp.diagnostics);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the messaging settings of "${session.accountId}"`);
    }
  }
}
