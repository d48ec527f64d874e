import type { UpgradeResourceStateRequest } from '../../../protocol/tfprotov6/types';
import { parseJSONKeepingNumbers } from '../../../protocol/tftypes/exact-json';
import type { Diagnostics } from '../../diagnostics';
import type { StoredState } from '../upgrade-resource-state';

/** The stored state as JSON, every digit of its numbers kept; undefined (with an error) when it cannot be read. */
export function upgradeResourceStateRequest(req: UpgradeResourceStateRequest, diagnostics: Diagnostics): StoredState | undefined {
  if (!req.rawState?.json) {
    diagnostics.addError('Unsupported state format', 'This state uses the pre-0.12 flatmap format, which this provider cannot read. Re-import the resource.');
    return undefined;
  }
  try {
    // Not JSON.parse: Terraform writes every digit of a number (9007199254740993), and rounding it would change the state.
    const raw = parseJSONKeepingNumbers(Buffer.from(req.rawState.json).toString('utf8')) as Record<string, unknown>;
    return { version: req.version, raw };
  } catch (err) {
    diagnostics.addError('Unreadable state', `The stored state is not valid JSON (${(err as Error).message}). Restore it from a backup or re-import.`);
    return undefined;
  }
}
