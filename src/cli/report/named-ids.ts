/**
 * The names a plan gives the objects that lists of ids refer to (a queue order's queues, a capacity rule's agents),
 * so that a report reads `queue "Billing" (01M990RA8G…)` rather than a bare id. Every resource and data-source
 * instance of the plan (`prior_state`, `planned_values`, `resource_changes`, in any module) whose descriptor names
 * it (its `nameAttribute`), or, for a data source without a descriptor, whose `name` (else `email`) says who it is,
 * is indexed by its type and id. Names are Zendesk's or the configuration's text: the renderers escape them.
 */
import type { NameLookup } from '../../provider/attribute-words';
import { RESOURCE_KINDS } from './labels';
import type { PlanJson } from './plan-json';

type Values = Record<string, unknown>;
interface ModuleValues {
  resources?: { type?: unknown; values?: unknown }[];
  child_modules?: ModuleValues[];
}

const isObject = (v: unknown): v is Values => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const idText = (v: unknown): string | undefined => (typeof v === 'number' && Number.isFinite(v) ? String(v) : text(v));
const key = (type: string, id: string) => `${type}\u0000${id}`;

/** The name of one instance: its descriptor's name attribute, else (a data source such as an agent) `name` or `email`. */
function nameOf(type: string, values: Values): string | undefined {
  const attribute = RESOURCE_KINDS[type]?.nameAttribute;
  return attribute ? text(values[attribute]) : (text(values.name) ?? text(values.email));
}

function indexOf(plan: PlanJson): Map<string, string> {
  const names = new Map<string, string>();
  const add = (type: unknown, values: unknown) => {
    if (typeof type !== 'string' || !isObject(values)) return;
    const id = idText(values.id);
    const name = nameOf(type, values);
    if (id !== undefined && name !== undefined) names.set(key(type, id), name);
  };
  const visit = (module: unknown): void => {
    if (!isObject(module)) return;
    const { resources, child_modules: children } = module as ModuleValues;
    for (const r of Array.isArray(resources) ? resources : []) if (isObject(r)) add(r.type, r.values);
    for (const child of Array.isArray(children) ? children : []) visit(child);
  };
  const rootOf = (state: unknown) => (isObject(state) && isObject(state.values) ? state.values.root_module : isObject(state) ? state.root_module : undefined);
  // Later sources win: the planned name (a queue renamed in the same plan) over the state's.
  visit(rootOf(plan.prior_state));
  const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes.filter(isObject) : [];
  for (const rc of changes) if (isObject(rc.change)) add(rc.type, rc.change.before);
  visit(rootOf(plan.planned_values));
  for (const rc of changes) if (isObject(rc.change)) add(rc.type, rc.change.after);
  return names;
}

const cache = new WeakMap<PlanJson, Map<string, string>>();

/** The plan's names by type and id (built once per plan: a summary asks for every resource). */
export function nameLookupOf(plan: PlanJson): NameLookup {
  let names = cache.get(plan);
  if (!names) {
    names = indexOf(plan);
    cache.set(plan, names);
  }
  const found = names;
  return (id, type) => {
    const shown = idText(id);
    return shown === undefined ? undefined : found.get(key(type, shown));
  };
}
