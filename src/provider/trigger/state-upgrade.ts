/**
 * zendesk_trigger's state versions. Version 1 changed nothing in this
 * provider's own shape; it exists for the states nukosuke/zendesk writes
 * (nukosuke-state.ts), which carry version 0 because that resource declares
 * no SchemaVersion. Had ours stayed at 0 too, `terraform state
 * replace-provider` would hand them over as states of the current version,
 * and from those Terraform strips every attribute the current schema lacks
 * before UpgradeResourceState (stripRemovedStateAttributes in its
 * upgrade_resource_state.go): their all/any/action blocks would never reach
 * the provider. A state older than the current version arrives as stored.
 *
 * Version 0 is so both this provider's first shape and theirs, and the
 * upgrader tells them apart by shape.
 */
import type { StateUpgrader } from '../../framework';
import type { Value } from '../../framework';
import { isNukosukeTriggerState, upgradeNukosukeTriggerState } from './nukosuke-state';

export const TRIGGER_SCHEMA_VERSION = 1;

export const triggerStateUpgraders: Readonly<Record<number, StateUpgrader>> = {
  0: {
    upgrade: (raw, diagnostics) =>
      // Our own version 0 is version 1's shape: the framework fits it to the schema as it does the current version.
      isNukosukeTriggerState(raw) ? upgradeNukosukeTriggerState(raw, diagnostics) : (raw as Record<string, Value>),
  },
};
