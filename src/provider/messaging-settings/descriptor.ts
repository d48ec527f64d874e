/**
 * zendesk_messaging_settings for the CLI: its words, its attribute map, and how its drift is attributed (the
 * audit log's account settings, matched by each setting's audit label) and shown in the fleet view (a column per
 * managed setting). Registered once in ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { ATTRIBUTES, SETTINGS, TYPE_NAME } from './attribute-map';
import { dormancyReasons } from './rules';

export const MESSAGING_SETTINGS_DESCRIPTOR: ResourceDescriptor = {
  typeName: TYPE_NAME,
  kind: 'Messaging settings',
  attributes: ATTRIBUTES,
  settings: SETTINGS,
  // The id is the account's subdomain (import id = the subdomain).
  accountAttribute: 'id',
  onCreate: "Adopts the account's current settings and changes only the settings listed.",
  onDestroy: (v) =>
    v === 'reset'
      ? "⚠️ on_destroy = \"reset\": Zendesk's defaults are restored for the settings it manages"
      : 'on_destroy = "retain": Zendesk keeps the settings as they are; Terraform only stops managing them',
  drift: { source: 'account_setting' },
  fleet: { columns: 'per-setting' },
  /**
   * The one prerequisite of the routing treatment a plan can show: agents_can_end_sessions = false in the same
   * resource (whether omnichannel routing is on is known only to the provider, which warns in the plan's log).
   */
  plannedWarnings: ({ path, after, resourceAfter, account }) => {
    if (path !== 'agent_ended_session_routing' || typeof after !== 'string') return [];
    if (resourceAfter?.agents_can_end_sessions !== false) return [];
    return dormancyReasons(after, { omnichannelRouting: undefined, agentsCanEndSessions: false }, account).map((r) => r.summary);
  },
};
