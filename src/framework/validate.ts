import { type ObjectValue, type Value, isObjectValue, isUnknown } from '../protocol/tftypes/value';
import type { Diagnostics } from './diagnostics';
import { Path } from './path';
import type { AttributeContainer } from './schema/schema';
import { visitConfig } from './schema/walk';
import { wholeNumber } from './validators/builtin';

const WHOLE_NUMBER = wholeNumber();

/**
 * Runs every validator the schema declares against the known configured values
 * (unknown values are checked again at apply time by Terraform's next plan).
 * Types, required-ness and unknown attribute names are checked by Terraform
 * itself before the provider ever sees the configuration.
 */
export function validateConfigValues(container: AttributeContainer, config: ObjectValue, diagnostics: Diagnostics): void {
  checkRequiredNotNull(container, config, diagnostics);
  visitConfig(container, Path.ROOT, config, ({ path, attribute, value }) => {
    if (attribute.kind === 'int64') WHOLE_NUMBER.validate({ path, value, config }, diagnostics);
    if (attribute.kind === 'list' || attribute.kind === 'set') {
      if (attribute.element === 'int64') {
        (value as readonly Value[]).forEach((item, i) =>
          item === null ? undefined : WHOLE_NUMBER.validate({ path: path.atListIndex(i), value: item, config }, diagnostics),
        );
      }
    }
    for (const validator of attribute.validators ?? []) validator.validate({ path, value, config }, diagnostics);
    if (attribute.deprecationMessage) {
      diagnostics.addAttributeWarning(path, 'Deprecated attribute', `${path} is deprecated: ${attribute.deprecationMessage}`);
    }
  });
}

/**
 * Required attributes explicitly set to null inside nested objects: Terraform
 * reports an omitted required nested attribute itself, but lets `= null` through.
 */
export function checkRequiredNotNull(container: AttributeContainer, config: ObjectValue, diagnostics: Diagnostics, path: Path = Path.ROOT): void {
  for (const [name, attribute] of Object.entries(container.attributes)) {
    const value = config[name] ?? null;
    if (attribute.required && value === null && !path.isRoot) {
      diagnostics.addAttributeError(path.atName(name), 'Missing required argument', `${path.atName(name)} is required and cannot be null.`);
    }
    if (attribute.kind !== 'nested' || value === null || isUnknown(value)) continue;
    const items: [Path, Value][] =
      attribute.nesting === 'single'
        ? [[path.atName(name), value]]
        : Array.isArray(value)
          ? (value as readonly Value[]).map((v, i) => [attribute.nesting === 'set' ? path.atName(name) : path.atName(name).atListIndex(i), v] as [Path, Value])
          : Object.entries(value as Record<string, Value>).map(([k, v]) => [path.atName(name).atMapKey(k), v] as [Path, Value]);
    for (const [at, item] of items) if (isObjectValue(item)) checkRequiredNotNull(attribute, item, diagnostics, at);
  }
}

/** Collects every value of a sensitive attribute (for the secret scrubber). */
export function sensitiveValues(container: AttributeContainer, config: ObjectValue): Value[] {
  const found: Value[] = [];
  visitConfig(container, Path.ROOT, config, ({ attribute, value }) => {
    if (attribute.kind !== 'block' && attribute.sensitive) found.push(value);
  });
  return found;
}

