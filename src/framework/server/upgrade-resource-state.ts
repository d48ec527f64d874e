import type { Value } from '../../protocol/tftypes/value';
import type { Diagnostics } from '../diagnostics';
import type { Resource } from '../resource';
import { containerType } from '../schema/types';
import { conformToType } from '../state-conform';

/** A state as Terraform stored it (from-proto/upgrade-resource-state.ts reads it). */
export interface StoredState {
  readonly version: number;
  readonly raw: Record<string, unknown>;
}

/**
 * Brings a stored state to the current schema version. States of the current
 * version pass through (attributes no longer in the schema are dropped); older
 * ones go through the resource's upgrader for that version, which produces the
 * current shape directly (as in terraform-plugin-framework, not step by step).
 */
export function upgradeResourceState(resource: Resource, stored: StoredState, diagnostics: Diagnostics): Value | undefined {
  const schema = resource.schema();
  const current = schema.version ?? 0;
  if (stored.version > current) {
    diagnostics.addError(
      'State written by a newer provider',
      `This ${resource.typeName} state has schema version ${stored.version} but this provider only knows up to ${current}. Upgrade the provider.`,
    );
    return undefined;
  }
  let upgraded: unknown = stored.raw;
  if (stored.version < current) {
    const upgrader = resource.stateUpgraders?.()[stored.version];
    if (!upgrader) {
      diagnostics.addError('Unable to upgrade state', `There is no upgrade path for ${resource.typeName} state version ${stored.version}. Re-import the resource.`);
      return undefined;
    }
    upgraded = upgrader.upgrade(stored.raw, diagnostics);
    if (diagnostics.hasError()) return undefined;
  }
  try {
    return conformToType(upgraded, containerType(schema));
  } catch (err) {
    diagnostics.addError('Unable to upgrade state', `The stored state does not fit the current schema: ${(err as Error).message}.`);
    return undefined;
  }
}
