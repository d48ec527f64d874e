import type { ReadResourceRequest, ReadResourceResponse } from '../../protocol/tfprotov6/types';
import { Diagnostics } from '../diagnostics';
import type { ReadResponse } from '../resource';
import { containerType } from '../schema/types';
import type { ServerContext } from './context';
import { decodeObject, decodePrivate, encodePrivate, encodeValue } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

/**
 * Refresh. On any error the current state goes back unchanged, so a failed
 * refresh (API down, bad credentials) never makes Terraform forget anything.
 */
export async function readResource(ctx: ServerContext, req: ReadResourceRequest): Promise<ReadResourceResponse> {
  const diagnostics = new Diagnostics();
  const finish = (extra: Partial<ReadResourceResponse> = {}): ReadResourceResponse => ({
    newState: req.currentState,
    private: req.private,
    ...extra,
    diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, resource?.schema()),
  });

  const resource = ctx.newResource(req.typeName, diagnostics);
  if (!resource) return finish();
  resource.configure?.(ctx.providerData, diagnostics);
  const type = containerType(resource.schema());
  const current = decodeObject(req.currentState, type, 'current state', diagnostics);
  if (current === undefined || current === null || diagnostics.hasError()) return finish();

  const privateData = decodePrivate(req.private);
  const resp: ReadResponse = { state: current, private: privateData, diagnostics };
  await resource.read({ state: current, private: privateData }, resp);
  if (diagnostics.hasError()) return finish();
  return finish({ newState: encodeValue(resp.state, type), private: encodePrivate(resp.private) });
}
