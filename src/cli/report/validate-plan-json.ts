/**
 * `terraform show -json PLANFILE` output, checked before plan-summary reads it: the parts the summary reads
 * (see plan-json.ts and https://developer.hashicorp.com/terraform/internals/json-format) must have the types that
 * format gives them, so a wrong or hand-edited file is answered with the file and the field, never a JavaScript error.
 * Values inside a resource (before, after and their marks) may be anything JSON holds: the summary describes any.
 */
import { InputError, type Json, Shape } from './input-shape';
import type { PlanJson } from './plan-json';

const HINT = 'Give the unchanged output of `terraform show -json PLANFILE` (PLANFILE from `terraform plan -out=PLANFILE`).';

function resourceChange(shape: Shape, value: unknown, path: string): void {
  const rc = shape.object(value, path);
  shape.nonEmptyString(rc.address, `${path}.address`);
  shape.string(rc.mode, `${path}.mode`);
  shape.string(rc.type, `${path}.type`);
  shape.string(rc.provider_name, `${path}.provider_name`);
  const change = shape.object(rc.change, `${path}.change`);
  shape.strings(change.actions, `${path}.change.actions`);
  for (const side of ['before', 'after'] as const) {
    const v = change[side];
    if (v !== null && v !== undefined) shape.object(v, `${path}.change.${side}`);
  }
  if (change.importing !== undefined && change.importing !== null) {
    const importing = shape.object(change.importing, `${path}.change.importing`);
    if (importing.id !== undefined && importing.id !== null) shape.string(importing.id, `${path}.change.importing.id`);
  }
}

function configModule(shape: Shape, value: unknown, path: string): void {
  const module = shape.object(value, path);
  shape.optionalList(module.resources, `${path}.resources`).forEach((r, i) => {
    const resource = shape.object(r, `${path}.resources[${i}]`);
    shape.string(resource.address, `${path}.resources[${i}].address`);
    if (resource.provider_config_key !== undefined) shape.string(resource.provider_config_key, `${path}.resources[${i}].provider_config_key`);
    if (resource.expressions !== undefined) shape.object(resource.expressions, `${path}.resources[${i}].expressions`);
  });
  if (module.module_calls === undefined) return;
  for (const [name, call] of Object.entries(shape.object(module.module_calls, `${path}.module_calls`))) {
    const callPath = `${path}.module_calls.${name}`;
    const moduleCall = shape.object(call, callPath);
    if (moduleCall.module !== undefined) configModule(shape, moduleCall.module, `${callPath}.module`);
  }
}

function configuration(shape: Shape, value: unknown): void {
  const config = shape.object(value, 'configuration');
  if (config.provider_config !== undefined) {
    for (const [key, provider] of Object.entries(shape.object(config.provider_config, 'configuration.provider_config'))) {
      const path = `configuration.provider_config.${key}`;
      const p = shape.object(provider, path);
      if (p.alias !== undefined) shape.string(p.alias, `${path}.alias`);
      if (p.expressions !== undefined) shape.object(p.expressions, `${path}.expressions`);
    }
  }
  if (config.root_module !== undefined) configModule(shape, config.root_module, 'configuration.root_module');
}

/** The plan, checked; `source` names the file (or the command that printed it) in every message. */
export function readPlanJson(value: unknown, source: string): PlanJson {
  const shape = new Shape(source, HINT);
  const plan = shape.object(value, '');
  if (typeof plan.format_version !== 'string') throw new InputError(`${source} is not \`terraform show -json\` output (it has no format_version). ${HINT}`);
  if (plan.values !== undefined && plan.planned_values === undefined) {
    throw new InputError(`${source} is a state, not a plan: save the plan with \`terraform plan -out=tfplan\` and give \`terraform show -json tfplan\`.`);
  }
  if (plan.terraform_version !== undefined) shape.string(plan.terraform_version, 'terraform_version');
  if (plan.errored !== undefined) shape.boolean(plan.errored, 'errored');
  for (const list of ['resource_changes', 'resource_drift'] as const) {
    shape.optionalList(plan[list], list).forEach((rc, i) => resourceChange(shape, rc, `${list}[${i}]`));
  }
  if (plan.configuration !== undefined) configuration(shape, plan.configuration);
  return plan as Json as unknown as PlanJson;
}
