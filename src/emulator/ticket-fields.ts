/**
 * Custom ticket fields an admin makes in Admin Center, through the control API
 * (POST /__emulator/accounts/{name}/ticket-fields): read as the ticket fields API takes them (type, title,
 * custom_field_options of drop-downs and multi-selects, regexp_for_validation, active, relationship_target_type;
 * docs/design/emulator-custom-fields.md), so that triggers using them can be written and checked.
 */
import { type AccountDirectory, type FieldOption, TICKET_FIELD_TYPES, type TicketField, type TicketFieldType } from './directory';
import { describe } from './control-input';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const KEYS = ['type', 'title', 'custom_field_options', 'regexp_for_validation', 'active', 'relationship_target_type'];
/** "dropdown" is what Admin Center calls a "tagger" field. */
const ALIASES: Record<string, TicketFieldType> = { dropdown: 'tagger' };
const WITH_OPTIONS = new Set<TicketFieldType>(['tagger', 'multiselect']);

/** The next id of a custom field of the account: after its default ones, in their block of ids. */
const nextFieldId = (directory: AccountDirectory) => Math.max(...directory.ticketFields.map((f) => f.id)) + 1;

/** The new field, or why it cannot be made (for a 400). */
export function readTicketField(raw: Record<string, unknown>, directory: AccountDirectory): { field: TicketField } | { problem: string } {
  const unknown = Object.keys(raw).filter((k) => !KEYS.includes(k));
  if (unknown.length) return { problem: `the ticket field has an unknown key ${unknown.map((k) => `"${k}"`).join(', ')}; it takes ${KEYS.join(', ')}.` };
  const type = ALIASES[raw.type as string] ?? raw.type;
  if (!(TICKET_FIELD_TYPES as readonly unknown[]).includes(type)) return { problem: `"type" must be one of ${TICKET_FIELD_TYPES.join(', ')} (or dropdown), got ${describe(raw.type)}.` };
  if (typeof raw.title !== 'string' || raw.title.trim() === '') return { problem: `"title" must be a non-empty string, got ${describe(raw.title)}.` };
  if (raw.active !== undefined && typeof raw.active !== 'boolean') return { problem: `"active" must be true or false, got ${describe(raw.active)}.` };
  const field: TicketField = { id: nextFieldId(directory), title: raw.title, type: type as TicketFieldType, ...(raw.active === false ? { active: false } : {}) };
  const options = raw.custom_field_options;
  if (WITH_OPTIONS.has(field.type)) {
    const valid = Array.isArray(options) && options.length > 0 && options.every((o) => isObject(o) && typeof o.name === 'string' && typeof o.value === 'string' && /^\S+$/.test(o.value));
    if (!valid) return { problem: `a ${field.type} field needs "custom_field_options": a list of {"name": "…", "value": "<tag, no spaces>"}, got ${describe(options)}.` };
    let optionId = field.id * 10;
    field.options = (options as { name: string; value: string }[]).map((o): FieldOption => ({ id: ++optionId, name: o.name, value: o.value }));
  } else if (options !== undefined) return { problem: `only tagger (drop-down) and multiselect fields take "custom_field_options"; this one is ${field.type}.` };
  if (field.type === 'regexp') {
    if (typeof raw.regexp_for_validation !== 'string' || raw.regexp_for_validation === '') return { problem: 'a regexp field needs "regexp_for_validation": its pattern.' };
    field.regexp = raw.regexp_for_validation;
  } else if (raw.regexp_for_validation !== undefined) return { problem: `only regexp fields take "regexp_for_validation"; this one is ${field.type}.` };
  if (field.type === 'lookup') {
    if (typeof raw.relationship_target_type !== 'string' || raw.relationship_target_type === '') return { problem: 'a lookup field needs "relationship_target_type", e.g. "zen:user".' };
    field.relationshipTargetType = raw.relationship_target_type;
  } else if (raw.relationship_target_type !== undefined) return { problem: `only lookup fields take "relationship_target_type"; this one is ${field.type}.` };
  return { field };
}
