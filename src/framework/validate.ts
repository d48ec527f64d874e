import type { ObjectValue, Value } from '../protocol/tftypes/value';
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

/** Collects every value of a sensitive attribute (for the secret scrubber). */
export function sensitiveValues(container: AttributeContainer, config: ObjectValue): Value[] {
  const found: Value[] = [];
  visitConfig(container, Path.ROOT, config, ({ attribute, value }) => {
    if (attribute.kind !== 'block' && attribute.sensitive) found.push(value);
  });
  return found;
}

