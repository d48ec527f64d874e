import { type ObjectValue, type Value, isObjectValue, isUnknown } from '../../protocol/tftypes/value';
import { Path } from '../path';
import type { Attribute, Block } from './attribute';
import type { AttributeContainer } from './schema';

/** One attribute's values at the same place in config, prior state and plan. */
export interface AttributeSite {
  readonly path: Path;
  readonly attribute: Attribute;
  readonly config: Value;
  readonly state: Value;
  readonly plan: Value;
}

/** Returns the new planned value for the site (return `site.plan` to keep it). */
export type SiteTransform = (site: AttributeSite) => Value;

const member = (object: Value, name: string): Value => (isObjectValue(object) ? (object[name] ?? null) : null);
const element = (collection: Value, index: number): Value =>
  Array.isArray(collection) ? ((collection as readonly Value[])[index] ?? null) : null;

/**
 * Walks every attribute of a container (parents before children, nested
 * attributes and blocks included), letting `transform` rewrite the planned
 * value. Elements of lists are paired with config and state by index, map
 * elements by key; set elements are left alone (they have no stable identity).
 */
export function transformPlan(
  container: AttributeContainer,
  path: Path,
  config: Value,
  state: Value,
  plan: Value,
  transform: SiteTransform,
): Value {
  if (!isObjectValue(plan)) return plan;
  const out: Record<string, Value> = { ...plan };
  for (const [name, attribute] of Object.entries(container.attributes)) {
    const site: AttributeSite = {
      path: path.atName(name),
      attribute,
      config: member(config, name),
      state: member(state, name),
      plan: member(plan, name),
    };
    let planned = transform(site);
    if (attribute.kind === 'nested') planned = transformNested(attribute, { ...site, plan: planned }, transform);
    out[name] = planned;
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) {
    out[name] = transformNested(
      block,
      { path: path.atName(name), config: member(config, name), state: member(state, name), plan: member(plan, name) },
      transform,
    );
  }
  return out;
}

function transformNested(
  nested: (Attribute & { kind: 'nested' }) | Block,
  site: Omit<AttributeSite, 'attribute'>,
  transform: SiteTransform,
): Value {
  const { path, config, state, plan } = site;
  if (plan === null || isUnknown(plan)) return plan;
  if (nested.nesting === 'single') return transformPlan(nested, path, config, state, plan, transform);
  if (nested.nesting === 'list' && Array.isArray(plan)) {
    return (plan as readonly Value[]).map((item, i) =>
      transformPlan(nested, path.atListIndex(i), element(config, i), element(state, i), item, transform),
    );
  }
  if (nested.nesting === 'map' && isObjectValue(plan)) {
    const out: Record<string, Value> = {};
    for (const [key, item] of Object.entries(plan)) {
      out[key] = transformPlan(nested, path.atMapKey(key), member(config, key), member(state, key), item, transform);
    }
    return out;
  }
  return plan;
}

/** Calls `visit` for every known, non-null configured value (validation input). */
export function visitConfig(
  container: AttributeContainer,
  path: Path,
  config: Value,
  visit: (site: { path: Path; attribute: Attribute | Block; value: Value }) => void,
): void {
  if (!isObjectValue(config)) return;
  const members: [string, Attribute | Block][] = [
    ...Object.entries(container.attributes),
    ...Object.entries(container.blocks ?? {}),
  ];
  for (const [name, definition] of members) {
    const value = config[name] ?? null;
    if (value === null || isUnknown(value)) continue;
    const at = path.atName(name);
    visit({ path: at, attribute: definition, value });
    if (definition.kind !== 'nested' && definition.kind !== 'block') continue;
    if (definition.nesting === 'single') visitConfig(definition, at, value, visit);
    else if (Array.isArray(value)) {
      // Set elements have no index in Terraform's paths: report them at the set itself.
      (value as readonly Value[]).forEach((item, i) =>
        visitConfig(definition, definition.nesting === 'set' ? at : at.atListIndex(i), item, visit),
      );
    } else if (isObjectValue(value)) {
      for (const [key, item] of Object.entries(value)) visitConfig(definition, at.atMapKey(key), item, visit);
    }
  }
}

/** Builds an object of the container's shape: given values, null for everything else. */
export function withNulls(container: AttributeContainer, values: Readonly<Record<string, Value | undefined>>): ObjectValue {
  const out: Record<string, Value> = {};
  for (const name of Object.keys(container.attributes)) out[name] = values[name] ?? null;
  for (const name of Object.keys(container.blocks ?? {})) out[name] = values[name] ?? null;
  return out;
}
