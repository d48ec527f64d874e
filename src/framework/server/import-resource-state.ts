import type { ObjectValue } from '../../protocol/tftypes/value';
import type { Diagnostics } from '../diagnostics';
import type { ImportStateResponse, PrivateData, Resource } from '../resource';
import { withNulls } from '../schema/walk';

export interface Imported {
  /** The attributes the import ID tells, null for the rest: Terraform reads the object next. */
  readonly state: ObjectValue;
  readonly private: PrivateData;
}

export async function importResourceState(resource: Resource, id: string, typeName: string, diagnostics: Diagnostics): Promise<Imported | undefined> {
  if (!resource.importState) {
    diagnostics.addError('Resource import not supported', `${typeName} cannot be imported; declare it in configuration instead.`);
    return undefined;
  }
  const resp: ImportStateResponse = { state: {}, private: {}, diagnostics };
  await resource.importState({ id }, resp);
  if (diagnostics.hasError()) return undefined;
  return { state: withNulls(resource.schema(), resp.state), private: resp.private };
}
