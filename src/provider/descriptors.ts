/**
 * The registry of resource descriptors: one line per resource type, in the order reports list them (the fleet
 * view's columns follow it). The CLI iterates it and never names a type; test/provider/descriptors.test.ts fails
 * when a resource of the provider has no descriptor here. Plain data: the CLI loads it at every start.
 */
import type { ResourceDescriptor } from './descriptor';
import { CAPACITY_RULE_DESCRIPTOR } from './capacity-rule/descriptor';
import { CUSTOM_TICKET_STATUS_DESCRIPTOR } from './custom-ticket-status/descriptor';
import { MESSAGING_SETTINGS_DESCRIPTOR } from './messaging-settings/descriptor';
import { OMNICHANNEL_QUEUE_DESCRIPTOR } from './omnichannel-queue/descriptor';
import { OMNICHANNEL_QUEUE_ORDER_DESCRIPTOR } from './omnichannel-queue-order/descriptor';
import { ROUTING_CONFIGURATION_DESCRIPTOR } from './routing-configuration/descriptor';
import { ROUTING_ATTRIBUTE_DESCRIPTOR } from './routing-attribute/descriptor';
import { ROUTING_ATTRIBUTE_VALUE_DESCRIPTOR } from './routing-attribute-value/descriptor';
import { TRIGGER_DESCRIPTOR } from './trigger/descriptor';

export type { DescribedSetting, DriftAttribution, FleetPresence, PlannedValue, ResourceDescriptor } from './descriptor';
export { settingAt } from './descriptor';

export const RESOURCE_DESCRIPTORS: readonly ResourceDescriptor[] = [MESSAGING_SETTINGS_DESCRIPTOR, ROUTING_CONFIGURATION_DESCRIPTOR, TRIGGER_DESCRIPTOR, CUSTOM_TICKET_STATUS_DESCRIPTOR, CAPACITY_RULE_DESCRIPTOR, OMNICHANNEL_QUEUE_DESCRIPTOR, OMNICHANNEL_QUEUE_ORDER_DESCRIPTOR, ROUTING_ATTRIBUTE_DESCRIPTOR, ROUTING_ATTRIBUTE_VALUE_DESCRIPTOR];

/** The descriptor of a resource type; undefined for a type this provider does not have (reports render it generically). */
export function descriptorFor(typeName: string): ResourceDescriptor | undefined {
  return RESOURCE_DESCRIPTORS.find((d) => d.typeName === typeName);
}
