import type { Provider } from '../framework/provider';
import type { Attribute, Block } from '../framework/schema/attribute';
import type { AttributeContainer, Schema } from '../framework/schema/schema';
import { wholeNumber } from '../framework/validators/builtin';

/**
 * What the docs say about an attribute beyond its description: the
 * descriptions of its validators and plan modifiers, taken from the framework
 * schema (the schema document Terraform sees has no place for them). Keyed by
 * the attribute's dotted path in its schema (`inactivity.reminders.timeout_seconds`),
 * the same path the docs use for nested schema titles.
 *
 * - Validators only run on configured values, so they are listed for attributes
 *   and blocks a configuration can set, never for read-only ones.
 * - The framework checks every int64 value for a whole number without a
 *   declared validator (src/framework/validate.ts); that check is listed too.
 * - A description the attribute's own text already contains is not repeated
 *   (unmanagedWhenUnsetAttribute appends its modifier's description).
 */
export type Constraints = ReadonlyMap<string, readonly string[]>;

export interface ProviderConstraints {
  provider: Constraints;
  resources: Record<string, Constraints>;
  dataSources: Record<string, Constraints>;
}

const WHOLE_NUMBER = wholeNumber().description;

export function providerConstraints(provider: Provider): ProviderConstraints {
  const byType = (items: { typeName: string; schema(): Schema }[]) =>
    Object.fromEntries(items.map((item) => [item.typeName, schemaConstraints(item.schema())]));
  return {
    provider: schemaConstraints(provider.schema()),
    resources: byType(provider.resources().map((factory) => factory())),
    dataSources: byType(provider.dataSources().map((factory) => factory())),
  };
}

export function schemaConstraints(schema: AttributeContainer): Constraints {
  const found = new Map<string, string[]>();
  collect(schema, '', found);
  return found;
}

function collect(container: AttributeContainer, prefix: string, found: Map<string, string[]>): void {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  for (const [name, attribute] of Object.entries(container.attributes)) {
    record(found, at(name), attribute.description, [...validatorTexts(attribute), ...(attribute.planModifiers ?? []).map((m) => m.description)]);
    if (attribute.kind === 'nested') collect(attribute, at(name), found);
  }
  for (const [name, block] of Object.entries(container.blocks ?? {})) {
    record(found, at(name), block.description, (block.validators ?? []).map((v) => v.description));
    collect(block, at(name), found);
  }
}

function validatorTexts(attribute: Attribute): string[] {
  if (!attribute.required && !attribute.optional) return [];
  const int64 = attribute.kind === 'int64' || (attribute.kind !== 'nested' && 'element' in attribute && attribute.element === 'int64');
  return [...(int64 ? [WHOLE_NUMBER] : []), ...(attribute.validators ?? []).map((v) => v.description)];
}

function record(found: Map<string, string[]>, path: string, description: Block['description'], texts: string[]): void {
  const said = new Set<string>();
  const fresh = texts.filter((text) => {
    if (!text || said.has(text) || description.includes(text)) return false;
    said.add(text);
    return true;
  });
  if (fresh.length > 0) found.set(path, fresh);
}
