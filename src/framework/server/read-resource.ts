import type { ObjectValue } from '../../protocol/tftypes/value';
import type { Diagnostics } from '../diagnostics';
import type { PrivateData, ReadResponse, Resource } from '../resource';

/** ReadResource as the framework sees it (from-proto/read-resource.ts decodes it). */
export interface RefreshRequest {
  readonly state: ObjectValue;
  readonly private: PrivateData;
}

/** The refreshed state: null when the object is gone. */
export interface Refreshed {
  readonly state: ObjectValue | null;
  readonly private: PrivateData;
}

/**
 * Refresh. On any error nothing comes back, and the current state goes back
 * unchanged, so a failed refresh (API down, bad credentials) never makes
 * Terraform forget anything.
 */
export async function readResource(resource: Resource, req: RefreshRequest, diagnostics: Diagnostics): Promise<Refreshed | undefined> {
  const resp: ReadResponse = { state: req.state, private: req.private, diagnostics };
  await resource.read({ state: req.state, private: req.private }, resp);
  return diagnostics.hasError() ? undefined : { state: resp.state, private: resp.private };
}
