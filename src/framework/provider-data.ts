import { BUG_REPORT_DETAIL, type Diagnostics } from './diagnostics';

/**
 * The provider data a resource or data source receives in `configure`, checked
 * once against the class the provider's configure produces, so resource code
 * holds a typed value and never casts. Undefined (or null) means the provider
 * is not configured in this process yet (validation, or a failed configure):
 * that is no error here, and undefined comes back. Anything else of the wrong
 * class is a provider bug, reported as the scaffolding provider does
 * ("Unexpected Resource Configure Type").
 */
export function providerDataOf<T>(
  providerData: unknown,
  expected: abstract new (...args: never[]) => T,
  diagnostics: Diagnostics,
): T | undefined {
  if (providerData === undefined || providerData === null) return undefined;
  if (providerData instanceof expected) return providerData;
  const actual = typeof providerData === 'object' ? (providerData.constructor?.name ?? 'an object') : typeof providerData;
  diagnostics.addError('Unexpected provider data type', `${BUG_REPORT_DETAIL} configure expected ${expected.name}, got ${actual}.`);
  return undefined;
}
