import type { ImportResourceStateRequest, ImportResourceStateResponse } from '../../protocol/tfprotov6/types';
import { Diagnostics } from '../diagnostics';
import type { ImportStateResponse } from '../resource';
import { containerType } from '../schema/types';
import { withNulls } from '../schema/walk';
import type { ServerContext } from './context';
import { encodePrivate, encodeValue } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

export async function importResourceState(ctx: ServerContext, req: ImportResourceStateRequest): Promise<ImportResourceStateResponse> {
  const diagnostics = new Diagnostics();
  const finish = (imported: ImportResourceStateResponse['importedResources'] = []) => ({
    importedResources: imported,
    diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, resource?.schema()),
  });

  const resource = ctx.newResource(req.typeName, diagnostics);
  if (!resource) return finish();
  if (!resource.importState) {
    diagnostics.addError('Resource import not supported', `${req.typeName} cannot be imported; declare it in configuration instead.`);
    return finish();
  }
  resource.configure?.(ctx.providerData, diagnostics);
  const schema = resource.schema();
  const resp: ImportStateResponse = { state: {}, private: {}, diagnostics };
  await resource.importState({ id: req.id }, resp);
  if (diagnostics.hasError()) return finish();
  const state = withNulls(schema, resp.state);
  return finish([{ typeName: req.typeName, state: encodeValue(state, containerType(schema)), private: encodePrivate(resp.private) }]);
}
