/**
 * zendesk_routing_configuration's reads and writes: the messaging settings' tree and mapping, given this resource's
 * table (attribute-map.ts), so the two resources read, write, verify and reset their keys of the shared routing
 * section the same way, each only its own.
 */
import { settingsMapping } from '../messaging-settings/mapping';
import { settingsTree } from '../messaging-settings/settings-keys';
import type { SettingsWriter } from '../messaging-settings/write';
import { ATTRIBUTES } from './attribute-map';

export const ROUTING_TREE = settingsTree(ATTRIBUTES);

export const { settingsToAttributes, refreshState, planToPatch, defaultsPatchFor, notKept } = settingsMapping(ROUTING_TREE);

/** What writeSettings needs to write and verify this resource's keys. */
export const ROUTING_WRITER: SettingsWriter = { refreshState, notKept, attributeForSetting: ROUTING_TREE.attributeForSetting, what: 'the routing configuration' };
