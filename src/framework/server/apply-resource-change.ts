import { type ObjectValue, type Value, isObjectValue, isUnknown, isWhollyKnown, valueEquals } from '../../protocol/tftypes/value';
import { BUG_REPORT_DETAIL, type Diagnostics } from '../diagnostics';
import { Path } from '../path';
import type { CreateResponse, PrivateData, Resource, UpdateResponse } from '../resource';
import { checkWholeNumbers } from '../validate';

/** ApplyResourceChange as the framework sees it (from-proto/apply-resource-change.ts decodes it). */
export interface ApplyChangeRequest {
  readonly config: ObjectValue | null;
  readonly prior: ObjectValue | null;
  /** null for a destroy. */
  readonly planned: ObjectValue | null;
  readonly private: PrivateData;
}

/** The state to record. undefined instead of one: keep the prior state as Terraform sent it. */
export interface AppliedChange {
  readonly state: ObjectValue | null;
  readonly private: PrivateData;
}

/**
 * Create, update or delete, depending on which of prior/planned is null.
 * What goes back on failure is chosen so that state never loses the truth:
 * a failed create returns whatever the resource managed to create (usually
 * nothing), a failed update returns the prior state unless the resource
 * recorded something more accurate, a failed delete keeps the object.
 */
export async function applyResourceChange(resource: Resource, req: ApplyChangeRequest, diagnostics: Diagnostics): Promise<AppliedChange | undefined> {
  const { config, prior, planned, private: privateData } = req;
  if (planned === null) {
    if (prior === null) return { state: null, private: {} };
    await resource.delete({ state: prior, private: privateData }, { diagnostics });
    return diagnostics.hasError() ? { state: prior, private: privateData } : { state: null, private: {} };
  }
  // The planned values go to the API: an int64 no JS number holds exactly must not be rounded on the way.
  checkWholeNumbers(resource.schema(), planned, diagnostics);
  if (diagnostics.hasError()) return undefined;
  const result = prior === null
    ? await create(resource, config ?? planned, planned, privateData, diagnostics)
    : await update(resource, config ?? planned, planned, prior, privateData, diagnostics);
  if (result.state !== null && !diagnostics.hasError()) checkConsistency(planned, result.state, diagnostics);
  return { state: result.state, private: result.private };
}

async function create(resource: Resource, config: ObjectValue, plan: ObjectValue, privateData: PrivateData, diagnostics: Diagnostics) {
  const resp: CreateResponse = { state: null, private: privateData, diagnostics };
  await resource.create({ config, plan }, resp);
  return resp;
}

async function update(
  resource: Resource,
  config: ObjectValue,
  plan: ObjectValue,
  state: ObjectValue,
  privateData: PrivateData,
  diagnostics: Diagnostics,
) {
  const resp: UpdateResponse = { state, private: privateData, diagnostics };
  await resource.update({ config, plan, state, private: privateData }, resp);
  return resp;
}

/**
 * Terraform rejects an apply result that contradicts the plan ("Provider
 * produced inconsistent result after apply"); catching it here names the
 * attribute and says it is our bug, which is far easier to act on.
 */
function checkConsistency(planned: Value, actual: Value, diagnostics: Diagnostics, path = Path.ROOT): void {
  if (isUnknown(planned)) {
    if (!isWhollyKnown(actual)) {
      diagnostics.addAttributeError(path, 'Provider returned an unknown value after apply', `${BUG_REPORT_DETAIL} ${path} is still unknown.`);
    }
    return;
  }
  if (isObjectValue(planned) && isObjectValue(actual)) {
    for (const name of Object.keys(planned)) checkConsistency(planned[name], actual[name] ?? null, diagnostics, path.atName(name));
    return;
  }
  if (Array.isArray(planned) && Array.isArray(actual) && planned.length === actual.length) {
    (planned as readonly Value[]).forEach((item, i) => checkConsistency(item, (actual as readonly Value[])[i], diagnostics, path.atListIndex(i)));
    return;
  }
  if (!valueEquals(planned, actual)) {
    diagnostics.addAttributeError(
      path,
      'Provider produced an inconsistent result after apply',
      `${BUG_REPORT_DETAIL} ${path} was planned as ${JSON.stringify(planned)} but the provider recorded ${JSON.stringify(actual)}.`,
    );
  }
}
