import { type ObjectValue, UNKNOWN, isObjectValue, valueEquals } from '../../protocol/tftypes/value';
import { Diagnostics } from '../diagnostics';
import { Path } from '../path';
import type { ModifyPlanResponse, PrivateData, Resource } from '../resource';
import type { Schema } from '../schema/schema';
import { transformPlan } from '../schema/walk';

/** PlanResourceChange as the framework sees it (from-proto/plan-resource-change.ts decodes it). */
export interface PlanChangeRequest {
  readonly config: ObjectValue | null;
  readonly prior: ObjectValue | null;
  /** null for a destroy. */
  readonly proposed: ObjectValue | null;
  readonly private: PrivateData;
}

export interface PlannedChange {
  readonly planned: ObjectValue | null;
  /** Sorted and de-duplicated. */
  readonly requiresReplace: Path[];
  readonly private: PrivateData;
}

/**
 * The plan pipeline, in terraform-plugin-framework's order:
 *   1. (decoded by from-proto) a null proposed state is a destroy (only the resource's modifyPlan runs)
 *   2. planned = proposed (Terraform already merged config over prior state)
 *   3. schema defaults for unset attributes
 *   4. computed attributes unset in config become unknown — but only when something changes,
 *      so an unchanged resource plans exactly its state (no perpetual diffs)
 *   5. attribute plan modifiers, parents before children
 *   6. the resource's own modifyPlan
 *   7. requires-replace paths, sorted and de-duplicated
 */
export async function planResourceChange(resource: Resource, req: PlanChangeRequest, diagnostics: Diagnostics): Promise<PlannedChange | undefined> {
  const schema = resource.schema();
  const { config, prior, private: privateData } = req;
  let planned: ObjectValue | null = req.proposed;
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
  if (diagnostics.hasError()) return undefined;
  // A create or a destroy never carries requires-replace paths.
  const replacing = prior === null || planned === null ? [] : replace;
  return { planned, requiresReplace: sortedPaths(replacing), private: privateData };
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
