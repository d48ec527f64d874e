/**
 * Identifier casing exactly as `cdktf get` does it (codemaker's toCamelCase /
 * toPascalCase / toSnakeCase, i.e. the `camelcase` and `decamelize` packages).
 * Class, property and folder names are public API, so ours must come out the
 * same for every Terraform name; test/codegen/names.test.ts checks that
 * against codemaker itself.
 */

const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const SEPARATORS = /[_.\- ]+/;
const LEADING_SEPARATORS = new RegExp(`^${SEPARATORS.source}`);
const SEPARATORS_AND_IDENTIFIER = new RegExp(`${SEPARATORS.source}([\\p{Alpha}\\p{N}_]|$)`, 'gu');
const NUMBERS_AND_IDENTIFIER = /\d+([\p{Alpha}\p{N}_]|$)/gu;

/** Splits camelCase humps with '-' so they survive lower-casing (camelcase's preserveCamelCase). */
function preserveCamelCase(input: string): string {
  let s = input;
  let lastLower = false;
  let lastUpper = false;
  let lastLastUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (lastLower && UPPERCASE.test(c)) {
      s = `${s.slice(0, i)}-${s.slice(i)}`;
      lastLower = false;
      lastLastUpper = lastUpper;
      lastUpper = true;
      i++;
    } else if (lastUpper && lastLastUpper && LOWERCASE.test(c)) {
      s = `${s.slice(0, i - 1)}-${s.slice(i - 1)}`;
      lastLastUpper = lastUpper;
      lastUpper = false;
      lastLower = true;
    } else {
      lastLower = c.toLowerCase() === c && c.toUpperCase() !== c;
      lastLastUpper = lastUpper;
      lastUpper = c.toUpperCase() === c && c.toLowerCase() !== c;
    }
  }
  return s;
}

function camel(input: string, pascal: boolean): string {
  let s = input.trim();
  if (s.length === 0) return '';
  if (s.length === 1) return pascal ? s.toUpperCase() : s.toLowerCase();
  if (s !== s.toLowerCase()) s = preserveCamelCase(s);
  s = s.replace(LEADING_SEPARATORS, '').toLowerCase();
  if (pascal) s = s.charAt(0).toUpperCase() + s.slice(1);
  return s
    .replace(SEPARATORS_AND_IDENTIFIER, (_m, identifier: string) => identifier.toUpperCase())
    .replace(NUMBERS_AND_IDENTIFIER, (m) => m.toUpperCase());
}

/** `oauth_client_id` → `oauthClientId`, `ipv6state` → `ipv6State`. */
export const camelCase = (input: string): string => camel(input, false);

/** `zendesk_messaging_settings` → `ZendeskMessagingSettings`. */
export const pascalCase = (input: string): string => camel(input, true);

/** `MessagingSettings` → `messaging_settings` (decamelize without preserveConsecutiveUppercase). */
export function snakeCase(input: string): string {
  if (input.length < 2) return input.toLowerCase();
  return input
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1_$2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll}+)/gu, '$1_$2')
    .toLowerCase();
}

export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
