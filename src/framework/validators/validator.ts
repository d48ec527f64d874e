import type { ObjectValue, Value } from '../../protocol/tftypes/value';
import type { Diagnostics } from '../diagnostics';
import type { Path } from '../path';

export interface ValidatorRequest {
  /** Where the value sits; use it for every diagnostic. */
  readonly path: Path;
  /** The configured value: always known and non-null (the framework skips the others). */
  readonly value: Value;
  /** The whole configuration, for validators that look at siblings. */
  readonly config: ObjectValue;
}

/**
 * Checks one attribute's configured value. `description` is one sentence that
 * `npm run generate` appends to the attribute's line in docs/ (src/codegen/docs-constraints.ts).
 */
export interface Validator {
  readonly description: string;
  validate(req: ValidatorRequest, diagnostics: Diagnostics): void;
}
