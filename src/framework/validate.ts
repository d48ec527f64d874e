import { type ObjectValue, type Value, isObjectValue, isUnknown } from '../protocol/tftypes/value';
import type { Diagnostics } from './diagnostics';
import { Path } from './path';
import type { Attribute, Block } from './schema/attribute';
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
    checkWholeNumberSite(attribute, path, value, config, diagnostics);
    for (const validator of attribute.validators ?? []) validator.validate({ path, value, config }, diagnostics);
    if (attribute.deprecationMessage) {
      diagnostics.addAttributeWarning(path, 'Deprecated attribute', `${path} is deprecated: ${attribute.deprecationMessage}`);
    }
  });
}

/**
 * The int64 check alone, for values about to reach provider code that talks to
 * an API (a provider configuration, a planned state): Terraform validates the
 * configuration first, so this only fires for values that bypassed validation,
 * e.g. a prior state holding 9007199254740993. Such a number must never be
 * rounded on its way to Zendesk.
 */
export function checkWholeNumbers(container: AttributeContainer, value: ObjectValue, diagnostics: Diagnostics): void {
  visitConfig(container, Path.ROOT, value, ({ path, attribute, value: item }) => checkWholeNumberSite(attribute, path, item, value, diagnostics));
}

function checkWholeNumberSite(attribute: Attribute | Block, path: Path, value: Value, config: ObjectValue, diagnostics: Diagnostics): void {
  if (attribute.kind === 'int64') WHOLE_NUMBER.validate({ path, value, config }, diagnostics);
  if ((attribute.kind === 'list' || attribute.kind === 'set' || attribute.kind === 'map') && attribute.element === 'int64') {
    const elements: [Path, Value][] = Array.isArray(value)
      ? (value as readonly Value[]).map((item, i) => [attribute.kind === 'set' ? path : path.atListIndex(i), item])
      : isObjectValue(value)
        ? Object.entries(value).map(([key, item]) => [path.atMapKey(key), item])
        : [];
    for (const [at, item] of elements) {
      if (item !== null && !isUnknown(item)) WHOLE_NUMBER.validate({ path: at, value: item, config }, diagnostics);
    }
  }
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

