import type { ReadDataSourceRequest, ReadDataSourceResponse } from '../../protocol/tfprotov6/types';
import type { DataSourceReadResponse } from '../data-source';
import { BUG_REPORT_DETAIL, Diagnostics } from '../diagnostics';
import { containerType } from '../schema/types';
import type { ServerContext } from './context';
import { decodeObject, encodeValue } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

export async function readDataSource(ctx: ServerContext, req: ReadDataSourceRequest): Promise<ReadDataSourceResponse> {
  const diagnostics = new Diagnostics();
  const finish = (state?: ReadDataSourceResponse['state']) => ({ state, diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, dataSource?.schema()) });

  const dataSource = ctx.newDataSource(req.typeName, diagnostics);
  if (!dataSource) return finish();
  dataSource.configure?.(ctx.providerData, diagnostics);
  const type = containerType(dataSource.schema());
  const config = decodeObject(req.config, type, 'data source configuration', diagnostics);
  if (config === undefined || config === null || diagnostics.hasError()) return finish();
  const resp: DataSourceReadResponse = { state: null, diagnostics };
  await dataSource.read({ config }, resp);
  if (diagnostics.hasError()) return finish();
  if (resp.state === null) {
    diagnostics.addError('Data source returned no state', `${BUG_REPORT_DETAIL} ${req.typeName} read succeeded without a result.`);
    return finish();
  }
  return finish(encodeValue(resp.state, type));
}
