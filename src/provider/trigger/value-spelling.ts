/**
 * `value = jsonencode([...])`: the spelling of multi-value actions in other
 * Zendesk providers (nukosuke/terraform-provider-zendesk's examples send
 * notification_user as a JSON string). This provider spells a multi-value item
 * as `values = [...]`, a list Terraform can diff element by element. Whether
 * the JSON string is a mistake depends on the field, so the account's
 * definitions decide:
 *  - a field that takes several values (anything but free text): Zendesk
 *    refuses the string with a 422 that does not say why, so it is an error at
 *    plan, quoting the `values` line to write instead;
 *  - a free-text field (comment text, a custom text field): the string is legal
 *    literal text, and someone may mean exactly that, so it is only a warning
 *    that it goes out as text, with the list spelling in case a list was meant.
 */
import type { Path } from '../../framework';
import type { Definition } from '../../client/triggers';
import type { Finding } from './finding';
import type { ConfiguredItem } from './resolve';

/**
 * Definition types of fields that take free text (assumption: Zendesk's
 * definitions type comment and subject text, and custom text fields, as
 * "text"/"textarea", like ticket fields; the references do not list types).
 */
const FREE_TEXT_TYPES = new Set(['text', 'textarea']);

/** The elements of a string that is a JSON list of plain values, else undefined. */
export function parseJsonList(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) return undefined;
    return parsed.map(String);
  } catch {
    return undefined;
  }
}

/** An HCL string literal: JSON's escapes, plus `${` and `%{`, which would start a template sequence. */
export const hclString = (text: string) => JSON.stringify(text).replace(/([$%])\{/g, (_, sign: string) => `${sign}${sign}{`);

export function spellingOfJsonList(item: ConfiguredItem, definition: Definition, path: Path): Finding | undefined {
  const list = item.value === null ? undefined : parseJsonList(item.value);
  if (!list) return undefined;
  // One element is one value (`status` takes "open", not a list of one); more are a list.
  const line = list.length === 1 ? `value = ${hclString(list[0])}` : `values = [${list.map(hclString).join(', ')}]`;
  if (FREE_TEXT_TYPES.has(definition.type)) {
    return {
      severity: 'warning',
      path,
      summary: 'JSON list will be sent as text',
      detail:
        `"${definition.title}" (${definition.subject}) takes free text, so Zendesk gets this value as the literal text ${hclString(item.value!)}. ` +
        `If you meant several values, this provider spells them as a list:\n  ${line}`,
    };
  }
  return {
    severity: 'error',
    path,
    summary: 'Multi-value item written as a JSON string',
    detail:
      `"${definition.title}" (${definition.subject}) does not take free text, and this provider spells a multi-value item as ` +
      `values = [...], a list of strings, not as a JSON string (value = jsonencode([...]), the spelling of other Zendesk ` +
      `providers; Zendesk would refuse the string). Instead, write:\n  ${line}`,
  };
}
