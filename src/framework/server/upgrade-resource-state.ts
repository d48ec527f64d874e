import type { UpgradeResourceStateRequest, UpgradeResourceStateResponse } from '../../protocol/tfprotov6/types';
import { parseJSONKeepingNumbers } from '../../protocol/tftypes/exact-json';
import type { Value } from '../../protocol/tftypes/value';
import { Diagnostics } from '../diagnostics';
import { containerType } from '../schema/types';
import { conformToType } from '../state-conform';
import type { ServerContext } from './context';
import { encodeValue } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

/**
 * Brings a stored state to the current schema version. States of the current
 * version pass through (attributes no longer in the schema are dropped); older
 * ones go through the resource's upgrader for that version, which produces the
 * current shape directly (as in terraform-plugin-framework, not step by step).
 */
export async function upgradeResourceState(ctx: ServerContext, req: UpgradeResourceStateRequest): Promise<UpgradeResourceStateResponse> {
  const diagnostics = new Diagnostics();
  const finish = (upgraded?: UpgradeResourceStateResponse['upgradedState']) => ({
    upgradedState: upgraded,
    diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, resource?.schema()),
  });

  const resource = ctx.newResource(req.typeName, diagnostics);
  if (!resource) return finish();
  const schema = resource.schema();
  const type = containerType(schema);
  const current = schema.version ?? 0;
  if (!req.rawState?.json) {
    diagnostics.addError('Unsupported state format', 'This state uses the pre-0.12 flatmap format, which this provider cannot read. Re-import the resource.');
    return finish();
  }
  let raw: Record<string, unknown>;
  try {
    // Not JSON.parse: Terraform writes every digit of a number (9007199254740993), and rounding it would change the state.
    raw = parseJSONKeepingNumbers(Buffer.from(req.rawState.json).toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    diagnostics.addError('Unreadable state', `The stored state is not valid JSON (${(err as Error).message}). Restore it from a backup or re-import.`);
    return finish();
  }
  if (req.version > current) {
    diagnostics.addError(
      'State written by a newer provider',
      `This ${req.typeName} state has schema version ${req.version} but this provider only knows up to ${current}. Upgrade the provider.`,
    );
    return finish();
  }
  let upgraded: unknown = raw;
  if (req.version < current) {
    const upgrader = resource.stateUpgraders?.()[req.version];
    if (!upgrader) {
      diagnostics.addError('Unable to upgrade state', `There is no upgrade path for ${req.typeName} state version ${req.version}. Re-import the resource.`);
      return finish();
    }
    upgraded = upgrader.upgrade(raw, diagnostics);
    if (diagnostics.hasError()) return finish();
  }
  let value: Value;
  try {
    value = conformToType(upgraded, type);
  } catch (err) {
    diagnostics.addError('Unable to upgrade state', `The stored state does not fit the current schema: ${(err as Error).message}.`);
    return finish();
  }
  return finish(encodeValue(value, type));
}
