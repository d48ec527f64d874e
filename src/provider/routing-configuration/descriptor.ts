/**
 * zendesk_routing_configuration for the CLI: its words, its attribute map, and how its drift is attributed (the
 * audit log's account settings, matched by each setting's audit label) and shown in the fleet view (one column:
 * its many options would crowd out the messaging settings'). Registered once in ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { ATTRIBUTES, ROUTING_CONFIGURATION, SETTINGS, TYPE_NAME } from './attribute-map';
import { routingOffSummaries } from './rules';

export const ROUTING_CONFIGURATION_DESCRIPTOR: ResourceDescriptor = {
  typeName: TYPE_NAME,
  kind: 'Routing configuration',
  attributes: ATTRIBUTES,
  settings: SETTINGS,
  // The id is the account's subdomain (import id = the subdomain).
  accountAttribute: 'id',
  adminCenter: ROUTING_CONFIGURATION,
  onCreate: "Adopts the account's current routing configuration and changes only the settings listed.",
  onDestroy: (v) =>
    v === 'reset'
      ? "⚠️ on_destroy = \"reset\": Zendesk's documented defaults are restored for the documented routing settings it manages"
      : 'on_destroy = "retain": Zendesk keeps the routing configuration as it is; Terraform only stops managing it',
  drift: { source: 'account_setting' },
  fleet: { columns: 'one-column', key: 'routing_configuration', label: 'Routing configuration' },
  /** Routing off makes the messaging settings' routing treatment dormant, which the plan alone shows. */
  plannedWarnings: ({ path, after, account }) => (path === 'enabled' ? routingOffSummaries(after, account) : []),
};
