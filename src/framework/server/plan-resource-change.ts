import type { PlanResourceChangeRequest, PlanResourceChangeResponse } from '../../protocol/tfprotov6/types';
import type { Type } from '../../protocol/tftypes/type';
import { type ObjectValue, UNKNOWN, isObjectValue, valueEquals } from '../../protocol/tftypes/value';
import { Diagnostics } from '../diagnostics';
import { Path } from '../path';
import type { ModifyPlanResponse, PrivateData } from '../resource';
import type { Schema } from '../schema/schema';
import { containerType } from '../schema/types';
import { transformPlan } from '../schema/walk';
import type { ServerContext } from './context';
import { decodeObject, decodePrivate, encodePrivate, encodeValue } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';
import { toProtoAttributePath } from './to-proto/path';

/**
 * The plan pipeline, in terraform-plugin-framework's order:
 *   1. decode; a null proposed state is a destroy (only the resource's modifyPlan runs)
 *   2. planned = proposed (Terraform already merged config over prior state)
 *   3. schema defaults for unset attributes
 *   4. computed attributes unset in config become unknown — but only when something changes,
 *      so an unchanged resource plans exactly its state (no perpetual diffs)
 *   5. attribute plan modifiers, parents before children
 *   6. the resource's own modifyPlan
 *   7. requires-replace paths, sorted and de-duplicated
 */
export async function planResourceChange(ctx: ServerContext, req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse> {
  const diagnostics = new Diagnostics();
  const response = (planned?: { value: ObjectValue | null; type: Type; replace: Path[]; private: PrivateData }) => ({
    plannedState: planned && encodeValue(planned.value, planned.type),
    requiresReplace: planned ? sortedPaths(planned.replace).map(toProtoAttributePath) : [],
    plannedPrivate: planned && encodePrivate(planned.private),
    diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, resource?.schema()),
  });

  const resource = ctx.newResource(req.typeName, diagnostics);
  if (!resource) return response();
  resource.configure?.(ctx.providerData, diagnostics);
  const schema = resource.schema();
  const type = containerType(schema);
  const prior = decodeObject(req.priorState, type, 'prior state', diagnostics);
  const proposed = decodeObject(req.proposedNewState, type, 'proposed new state', diagnostics);
  const config = decodeObject(req.config, type, 'configuration', diagnostics);
  if (prior === undefined || proposed === undefined || config === undefined || diagnostics.hasError()) return response();
  const privateData = decodePrivate(req.priorPrivate);

  let planned: ObjectValue | null = proposed;
  const replace: Path[] = [];
  if (planned !== null) {
    planned = applyDefaults(schema, config, prior, planned);
    if (prior === null || !valueEquals(planned, prior)) planned = markComputedUnsetAsUnknown(schema, config, prior, planned);
    planned = runAttributePlanModifiers(schema, config, prior, planned, diagnostics, replace);
  }
  if (resource.modifyPlan && !diagnostics.hasError()) {
    const resp: ModifyPlanResponse = { plan: planned, requiresReplace: replace, private: privateData, diagnostics };
    await resource.modifyPlan({ config, plan: planned, state: prior, private: privateData }, resp);
    planned = resp.plan;
  }
  if (diagnostics.hasError()) return response();
  // A create or a destroy never carries requires-replace paths.
  const replacing = prior === null || planned === null ? [] : replace;
  return response({ value: planned, type, replace: replacing, private: privateData });
}

function applyDefaults(schema: Schema, config: ObjectValue | null, prior: ObjectValue | null, planned: ObjectValue): ObjectValue {
  const out = transformPlan(schema, Path.ROOT, config, prior, planned, (site) =>
    site.attribute.default !== undefined && site.config === null ? site.attribute.default : site.plan,
  );
  return out as ObjectValue;
}

function markComputedUnsetAsUnknown(
  schema: Schema,
  config: ObjectValue | null,
  prior: ObjectValue | null,
  planned: ObjectValue,
): ObjectValue {
  const out = transformPlan(schema, Path.ROOT, config, prior, planned, (site) =>
    site.attribute.computed && site.config === null && site.attribute.default === undefined ? UNKNOWN : site.plan,
  );
  return out as ObjectValue;
}

function runAttributePlanModifiers(
  schema: Schema,
  config: ObjectValue | null,
  prior: ObjectValue | null,
  planned: ObjectValue,
  diagnostics: Diagnostics,
  replace: Path[],
): ObjectValue {
  const out = transformPlan(schema, Path.ROOT, config, prior, planned, (site) => {
    let planValue = site.plan;
    for (const modifier of site.attribute.planModifiers ?? []) {
      // A fresh response per modifier, so no modifier can drop another's diagnostics.
      const resp = { planValue, requiresReplace: false, diagnostics: new Diagnostics() };
      modifier.planModify(
        { path: site.path, configValue: site.config, stateValue: site.state, planValue, state: prior },
        resp,
      );
      diagnostics.append(resp.diagnostics);
      planValue = resp.planValue;
      if (resp.requiresReplace) replace.push(site.path);
    }
    return planValue;
  });
  return isObjectValue(out) ? out : planned;
}

function sortedPaths(paths: Path[]): Path[] {
  const unique = new Map(paths.map((p) => [p.toString(), p]));
  return [...unique.keys()].sort().map((k) => unique.get(k)!);
}
