/**
 * Words a support admin understands, for the attributes this provider
 * manages: ONE table, keyed by resource type and attribute path, holding the
 * label, how values are worded, the unit, and how list items read. Drift
 * reports and plan summaries both use it; anything not listed falls back to
 * the attribute path and a JSON-ish value, and unknown resource types render
 * generically. The words come from the resource descriptors' attribute maps
 * (small data modules of the provider, cheap to load): this module names no
 * resource type.
 */
import type { AttributeEntry, NameLookup } from '../../provider/attribute-words';
import { RESOURCE_DESCRIPTORS, type ResourceDescriptor } from '../../provider/descriptors';

export interface Label {
  label: string;
  /** Words for one value (default: formatValue). */
  format?: (value: unknown) => string;
  /** Said once after a change of numbers: "5 → 10 minutes". */
  unit?: string;
  /** For lists: words for one item, so a change reads "added …; removed …"; `nameOf`: the plan's names of ids (named-ids.ts). */
  item?: (item: unknown, nameOf?: NameLookup) => string;
  /** What a value does to routing and capacity, in one sentence (plan summaries); `before`: the value it replaces. */
  effect?: (value: unknown, before?: unknown) => string | undefined;
  /** Where an admin changes it (back): the Admin Center path, and the help article that documents it. */
  adminCenter?: string;
  helpArticle?: string;
  /** A deprecated name of another attribute (`inactivity.timeout` of `inactivity.timeout_minutes`): one change, said once. */
  aliasOf?: string;
}

/** What a resource type is in words (its descriptor): kind, name and account attributes, create and destroy words. */
export type ResourceKind = Pick<ResourceDescriptor, 'kind' | 'nameAttribute' | 'accountAttribute' | 'onCreate' | 'onDestroy' | 'adminCenter'>;

/** Resource types in words, from their descriptors; unknown types render with their type name. */
export const RESOURCE_KINDS: Readonly<Record<string, ResourceKind>> = Object.fromEntries(RESOURCE_DESCRIPTORS.map((d) => [d.typeName, d]));

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '(not set)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  }
  return String(value);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

const onOff = (v: unknown) => (v === true ? 'on' : v === false ? 'off' : formatValue(v));
const ticketStatus = (v: unknown) => (typeof v === 'number' ? `status ${v}` : formatValue(v));

function seconds(v: unknown): string {
  if (typeof v !== 'number') return formatValue(v);
  return v % 60 === 0 ? `${v / 60} minute${v === 60 ? '' : 's'}` : `${v} seconds`;
}

/** One inactivity reminder: its text, and when it fires. */
function reminder(v: unknown): string {
  if (!isObject(v)) return formatValue(v);
  const wait = typeof v.timeout_seconds === 'number' ? ` (${seconds(v.timeout_seconds)} after the previous one)` : '';
  return `${formatValue(v.message)}${wait}`;
}

/** Operators of trigger conditions as Admin Center names them (GET /api/v2/triggers/definitions). */
const OPERATORS: Record<string, string> = {
  is: 'is',
  is_not: 'is not',
  less_than: 'is less than',
  greater_than: 'is greater than',
  changed: 'changed',
  value: 'changed to',
  value_previous: 'changed from',
  not_changed: 'not changed',
  not_value: 'not changed to',
  not_value_previous: 'not changed from',
  present: 'is present',
  not_present: 'is not present',
  includes: 'includes',
  not_includes: 'does not include',
};

/** The value side of a condition or action: its title where the configuration used one. */
function ruleValue(v: Record<string, unknown>): string {
  if (text(v.value_title)) return String(v.value_title);
  if (Array.isArray(v.values)) return v.values.map(String).join(', ');
  return v.value === null || v.value === undefined ? '' : String(v.value);
}

/**
 * A field's title, or, where the rule came from Zendesk (an import) and holds only the API name, that name in
 * words: "status_category" → "Status category", so an adopted rule reads like the configured ones next to it.
 */
function fieldWords(v: Record<string, unknown>): string {
  const title = text(v.field_title);
  if (title) return title;
  const name = text(v.field);
  return name ? name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ') : '?';
}

/**
 * Fields whose value is free text people typed (tags, subjects, comments): shown as written, in quotes, because
 * "vip" is a tag and "Vip" would be another one.
 */
const FREE_TEXT_FIELD = /(^|_)(tags|subject|description|comment|comment_text|text|word|words|string)$/;

/**
 * "Status category changed to Solved"; a bare API value such as "solved" is capitalized like Admin Center's titles,
 * except a free-text field's value: `Current tags includes "vip"`.
 */
function condition(v: unknown): string {
  if (!isObject(v)) return formatValue(v);
  const operator = typeof v.operator === 'string' ? (OPERATORS[v.operator] ?? v.operator) : '';
  const value = ruleValue(v);
  const freeText = !text(v.field_title) && FREE_TEXT_FIELD.test(text(v.field) ?? '') && !text(v.value_title);
  const capitalized = text(v.value_title) || !/^[a-z]+$/.test(value) ? value : value.charAt(0).toUpperCase() + value.slice(1);
  const shown = freeText ? JSON.stringify(value) : capitalized;
  return [fieldWords(v), operator, shown].filter(Boolean).join(' ');
}

/** "Status = solved". */
function action(v: unknown): string {
  if (!isObject(v)) return formatValue(v);
  return `${fieldWords(v)} = ${ruleValue(v)}`;
}

/** An attribute map entry in report words: its shape picks how values read. */
function labelOf(entry: AttributeEntry & { aliasOf?: string }): Label {
  return {
    ...wordsOf(entry),
    ...(entry.aliasOf ? { aliasOf: entry.aliasOf } : {}),
    ...(entry.effect ? { effect: entry.effect } : {}),
    ...(entry.itemWords ? { item: entry.itemWords } : {}),
    ...(entry.adminCenter ? { adminCenter: entry.adminCenter } : {}),
    ...(entry.helpArticle ? { helpArticle: entry.helpArticle } : {}),
  };
}

function wordsOf(entry: AttributeEntry): Label {
  const words = entry.valueWords;
  const chosen = words ? (v: unknown) => (typeof v === 'boolean' || typeof v === 'string' ? (words[String(v)] ?? formatValue(v)) : formatValue(v)) : undefined;
  switch (entry.shape) {
    case 'on-off':
      return { label: entry.words, format: chosen ?? onOff };
    case 'choice':
      return { label: entry.words, ...(chosen ? { format: chosen } : {}) };
    case 'ticket-status':
      return { label: entry.words, format: ticketStatus };
    case 'count':
      return { label: entry.words, ...(entry.range ? { unit: entry.range.unit } : {}) };
    case 'reminder-list':
      return { label: entry.words, item: reminder };
    case 'condition-list':
      return { label: entry.words, item: condition };
    case 'action-list':
      return { label: entry.words, item: action };
    case 'text':
    case 'object':
      return { label: entry.words };
  }
}

/** The attribute map's entries, in its order (identifiers never get a line: see isIdentifier). */
const fromAttributeMap = (entries: readonly AttributeEntry[]): Record<string, Label> =>
  Object.fromEntries(entries.filter((e) => !e.identifier).map((e) => [e.attribute, labelOf(e)]));

const LABELS: Record<string, Record<string, Label>> = Object.fromEntries(RESOURCE_DESCRIPTORS.map((d) => [d.typeName, fromAttributeMap(d.attributes)]));

/** Attributes that only identify the resource: never worth a line of their own. */
const IDENTIFIERS = new Set(['id']);

export function isIdentifier(path: string): boolean {
  return IDENTIFIERS.has(path);
}

export function labelFor(type: string, path: string): Label {
  return LABELS[type]?.[path] ?? { label: path };
}

/** Sort key: the table's order (as a settings page lists them), then unlabelled attributes by name. */
export function labelOrder(type: string, path: string): number {
  const index = Object.keys(LABELS[type] ?? {}).indexOf(path);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

/** Where an admin changes an attribute (back), from the attribute map; a nested path (`inactivity.reminders`) falls back to its parent's entry. */
export function whereToChange(type: string, path: string): { adminCenter?: string; helpArticle?: string } {
  for (let at = path; at; at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '') {
    const label = LABELS[type]?.[at.replace(/\[\d+\]$/, '')];
    if (label?.adminCenter || label?.helpArticle) {
      return { ...(label.adminCenter ? { adminCenter: label.adminCenter } : {}), ...(label.helpArticle ? { helpArticle: label.helpArticle } : {}) };
    }
  }
  const kind = RESOURCE_KINDS[type]?.adminCenter;
  return kind ? { adminCenter: kind } : {};
}

/**
 * Where to change it back, in words: "change it back in Admin Center > … > End sessions (https://support.zendesk.com/…)",
 * or "how to change it back: https://…" when only the help article is known; undefined when the map does not say.
 */
export function whereWords(type: string, path: string): string | undefined {
  const { adminCenter, helpArticle } = whereToChange(type, path);
  if (adminCenter) return `change it back in ${adminCenter}${helpArticle ? ` (${helpArticle})` : ''}`;
  return helpArticle ? `how to change it back: ${helpArticle}` : undefined;
}
