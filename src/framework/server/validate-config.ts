import type { ObjectValue } from '../../protocol/tftypes/value';
import type { DataSource } from '../data-source';
import type { Diagnostics } from '../diagnostics';
import { PHASE, decodeModel } from '../model/decode-model';
import type { Provider } from '../provider';
import type { Resource } from '../resource';
import { validateConfigValues } from '../validate';

/**
 * Providers, resources and data sources validate alike: the schema-declared
 * validators first (on the configuration as Terraform sent it, so every
 * problem shows at once), then the target's own check, which receives its
 * typed model: only when the configuration has the model's shape (a null
 * required value is reported by both with the same diagnostic, shown once).
 */
export function validateConfig(target: Resource | DataSource | Provider, config: ObjectValue, what: string, diagnostics: Diagnostics): void {
  const schema = target.schema();
  validateConfigValues(schema, config, diagnostics);
  const model = decodeModel(schema, PHASE.config, config, diagnostics, `the ${what}`);
  if (model) target.validateConfig?.({ config: model }, diagnostics);
}
