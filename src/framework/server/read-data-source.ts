import type { ObjectValue } from '../../protocol/tftypes/value';
import type { DataSource, DataSourceReadResponse } from '../data-source';
import { BUG_REPORT_DETAIL, type Diagnostics } from '../diagnostics';

export async function readDataSource(dataSource: DataSource, config: ObjectValue, diagnostics: Diagnostics): Promise<ObjectValue | undefined> {
  const resp: DataSourceReadResponse = { state: null, diagnostics };
  await dataSource.read({ config }, resp);
  if (diagnostics.hasError()) return undefined;
  if (resp.state === null) {
    diagnostics.addError('Data source returned no state', `${BUG_REPORT_DETAIL} ${dataSource.typeName} read succeeded without a result.`);
    return undefined;
  }
  return resp.state;
}
