/**
 * Reading the `configuration` section of a plan: which configuration block a
 * resource instance comes from, and whether the configuration sets a given
 * attribute (this provider leaves attributes the configuration does not set
 * unmanaged, so only those count as drift).
 */
import type { ConfigModuleJson, ConfigResourceJson, ExpressionJson, PlanJson } from './plan-json';

const INSTANCE_KEY = String.raw`\[(?:"(?:[^"\\]|\\.)*"|\d+)\]`;
const MODULE_STEP = new RegExp(String.raw`^module\.([^.[]+)(?:${INSTANCE_KEY})?\.`);
const TRAILING_KEY = new RegExp(`${INSTANCE_KEY}$`);

/** `module.a["x"].zendesk_trigger.t[0]` → modules ["a"], resource "zendesk_trigger.t". */
export function parseAddress(address: string): { modules: string[]; resource: string } {
  const modules: string[] = [];
  let rest = address;
  for (let m = MODULE_STEP.exec(rest); m; m = MODULE_STEP.exec(rest)) {
    modules.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return { modules, resource: rest.replace(TRAILING_KEY, '') };
}

/** The configuration block a resource instance was planned from, walking into module calls. */
export function configResource(plan: PlanJson, address: string): ConfigResourceJson | undefined {
  const { modules, resource } = parseAddress(address);
  let module: ConfigModuleJson | undefined = plan.configuration?.root_module;
  for (const name of modules) module = module?.module_calls?.[name]?.module;
  return module?.resources?.find((r) => r.address === resource);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isExpression = (v: unknown): v is ExpressionJson => isPlainObject(v) && ('constant_value' in v || 'references' in v);

/**
 * Whether the configuration sets the attribute at `path` (dotted, e.g.
 * `inactivity.timeout`). A constant object is followed key by key, so an
 * unset nested attribute is not managed; a value built from references can
 * not be looked into and counts as managed, and so does a nested block (its
 * contents may come from `dynamic` blocks, which the plan does not list).
 * Without a configuration block for the resource everything counts: better a
 * reported change than a missed one.
 */
export function isManaged(resource: ConfigResourceJson | undefined, path: string, blockTypes: ReadonlySet<string> = new Set()): boolean {
  if (!resource) return true;
  const [top, ...rest] = path.split('.');
  const expression = resource.expressions?.[top];
  if (expression === undefined) return blockTypes.has(top);
  if (!isExpression(expression)) return true; // a nested block written in the configuration
  if (expression.references?.length) return true;
  let value = expression.constant_value;
  for (const key of rest) {
    if (!isPlainObject(value)) break; // lists and scalars are managed as a whole
    value = value[key];
  }
  return value !== null && value !== undefined;
}
