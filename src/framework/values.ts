/**
 * Terraform's values as resource code sees them (null, unknown, exact
 * numbers, objects), re-exported from the protocol's tftypes so that
 * src/provider depends on the framework only, as TPF's resources see
 * `types` and never terraform-plugin-go's tftypes.
 */
export {
  ExactNumber,
  NumberFormatError,
  type ObjectValue,
  UNKNOWN,
  UnknownValue,
  type Value,
  compareNumbers,
  formatNumber,
  isExactNumber,
  isNumberValue,
  isObjectValue,
  isUnknown,
  isWhollyKnown,
  valueEquals,
} from '../protocol/tftypes/value';
/** JSON.parse that keeps every number's digits (an ExactNumber where a JS number would round). */
export { parseJSONKeepingNumbers } from '../protocol/tftypes/exact-json';
