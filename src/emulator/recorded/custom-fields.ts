/**
 * How custom fields appear in trigger definitions, by field type, as one real
 * account's `GET /api/v2/triggers/definitions` shows them (salto-io/salto
 * packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json, read
 * with that account's /api/v2/ticket_fields, /user_fields and
 * /organization_fields):
 *  - a multi-select ticket field is condition `custom_fields_<id>` ("list",
 *    includes/not includes/present/not present, "-" then its options by tag)
 *    and action of type "multiselect_list" (its options, no "-");
 *  - a regexp ticket field is a condition with presence operators only, and no
 *    action; inactive fields and credit-card fields are not listed;
 *  - user fields are `requester.custom_fields.<key>` (group "requester"),
 *    organization fields `organization.custom_fields.<key>` (group
 *    "organization"); text, textarea and regexp fields are "text", integer and
 *    decimal fields "text" with comparisons, date fields "date", drop-downs a
 *    "list" of "-" and their options by option id, checkboxes a "list" of
 *    Checked/Unchecked. As actions every user/organization field is nullable.
 * Ticket fields of the other types (text, textarea, checkbox, date, integer,
 * decimal, drop-down "tagger", lookup) do not appear in the recording. The
 * emulator gives them the shape the recording shows for a user or
 * organization field of the same type [ASSUMPTION, listed in assumptions.ts]:
 * Zendesk's object-trigger reference documents the same operators per field
 * type, while an older help article lists only Present/Not present for ticket
 * text and number fields in triggers, and real triggers (nukosuke's users)
 * hold `custom_fields_<id> is / is_not / includes_string` on text fields
 * (docs/design/emulator-custom-fields.md). A drop-down's values are its
 * options by tag, as a multi-select's; a lookup field's value is a record id
 * typed in. Typed-in values are checked against the field's format
 * (ValueFormat); every ticket field but regexp, credit card and multi-select
 * (recorded) is an action of its condition's type.
 */
import type { AccountDirectory, FieldOption, KeyedField, TicketField, TicketFieldType } from '../directory';
import type { DefinitionRow } from './definitions';
import { RECORDED_OPERATORS as OPS } from './operators';
import { NULL_OPTION, type Operator, type ValueOption, option, options } from './shapes';

const CHECKBOX = options(['true', 'Checked'], ['false', 'Unchecked']);
const byTag = (opts: FieldOption[] = []) => opts.map((o) => option(o.value, o.name));
const byId = (opts: FieldOption[] = []) => opts.map((o) => option(o.id, o.name));

/** The format a typed-in custom field value must have (checked by triggers/validate-items.ts). */
export type ValueFormat = 'text' | 'integer' | 'decimal' | 'date';

/** A custom field as the definitions treat it: a ticket field's type in the keyed fields' terms. */
const KEYED_TYPE: Partial<Record<TicketFieldType, KeyedField['type']>> = {
  text: 'text',
  textarea: 'textarea',
  checkbox: 'checkbox',
  date: 'date',
  integer: 'integer',
  decimal: 'decimal',
  tagger: 'dropdown',
};

const listedInDefinitions = (field: TicketField) => field.active !== false && field.type !== 'partialcreditcard';

function ticketFieldCondition(field: TicketField): DefinitionRow {
  const row = { subject: `custom_fields_${field.id}`, title: field.title, type: 'list', group: 'ticket', nullable: true };
  if (field.type === 'multiselect') return { ...row, operators: OPS.MULTISELECT, values: [NULL_OPTION, ...byTag(field.options)] };
  if (field.type === 'regexp') return { ...row, operators: OPS.PRESENCE };
  if (field.type === 'lookup') return { ...row, type: 'text', nullable: false, operators: OPS.FIELD_DROPDOWN };
  const shape = keyedShape({ key: '', title: field.title, type: KEYED_TYPE[field.type]!, options: field.options });
  // A drop-down's values are its options by tag (ticket fields), not by option id (user and organization fields).
  const values = field.type === 'tagger' ? [NULL_OPTION, ...byTag(field.options)] : shape.values;
  return { ...row, type: shape.type, nullable: shape.nullable, operators: shape.operators, ...(values ? { values } : {}) };
}

function ticketFieldAction(field: TicketField): DefinitionRow | undefined {
  const row = { subject: `custom_fields_${field.id}`, title: field.title, group: 'ticket', nullable: true };
  if (field.type === 'multiselect') return { ...row, type: 'multiselect_list', values: byTag(field.options) };
  if (field.type === 'regexp' || field.type === 'partialcreditcard') return undefined;
  if (field.type === 'lookup') return { ...row, type: 'text' };
  const shape = keyedShape({ key: '', title: field.title, type: KEYED_TYPE[field.type]!, options: field.options });
  const values = field.type === 'tagger' ? byTag(field.options) : shape.values;
  return { ...row, type: shape.type, ...(values ? { values } : {}) };
}

/** The account's custom ticket fields as conditions (only active ones; credit-card fields never). */
export const ticketFieldConditions = (fields: TicketField[]) => fields.filter(listedInDefinitions).map(ticketFieldCondition);

/** The account's custom ticket fields as actions. */
export const ticketFieldActions = (fields: TicketField[]) => fields.filter(listedInDefinitions).flatMap((f) => ticketFieldAction(f) ?? []);

const FORMAT_OF: Partial<Record<KeyedField['type'] | TicketFieldType, ValueFormat>> = {
  text: 'text',
  textarea: 'text',
  lookup: 'text',
  integer: 'integer',
  decimal: 'decimal',
  date: 'date',
};

/** The value format of every typed-in custom field subject (ticket, user and organization fields), by subject. */
export function customFieldFormats(directory: AccountDirectory): Map<string, ValueFormat> {
  const formats = new Map<string, ValueFormat>();
  for (const f of directory.ticketFields) if (FORMAT_OF[f.type]) formats.set(`custom_fields_${f.id}`, FORMAT_OF[f.type]!);
  for (const [owner, fields] of [['requester', directory.userFields], ['organization', directory.organizationFields]] as const) {
    for (const f of fields) if (FORMAT_OF[f.type]) formats.set(`${owner}.custom_fields.${f.key}`, FORMAT_OF[f.type]!);
  }
  return formats;
}

/** Definition type, condition operators, values, and whether the condition is nullable, per keyed field type. */
function keyedShape(field: Pick<KeyedField, 'type' | 'options'> & { key: string; title: string }): { type: string; operators: Operator[]; values?: ValueOption[]; nullable: boolean } {
  switch (field.type) {
    case 'integer':
    case 'decimal':
      return { type: 'text', operators: OPS.FIELD_NUMBER, nullable: false };
    case 'date':
      return { type: 'date', operators: OPS.FIELD_DATE, nullable: false };
    case 'dropdown':
      return { type: 'list', operators: OPS.FIELD_DROPDOWN, values: [NULL_OPTION, ...byId(field.options)], nullable: true };
    case 'checkbox':
      return { type: 'list', operators: OPS.IS_ONLY, values: CHECKBOX, nullable: true };
    default:
      return { type: 'text', operators: OPS.FIELD_TEXT, nullable: false };
  }
}

/** `owner` is "requester" (user fields) or "organization". */
export function keyedFieldCondition(owner: 'requester' | 'organization', field: KeyedField): DefinitionRow {
  const { type, operators, values, nullable } = keyedShape(field);
  return { subject: `${owner}.custom_fields.${field.key}`, title: field.title, type, group: owner, nullable, operators, ...(values ? { values } : {}) };
}

export function keyedFieldAction(owner: 'requester' | 'organization', field: KeyedField): DefinitionRow {
  const { type, values } = keyedShape(field);
  return { subject: `${owner}.custom_fields.${field.key}`, title: field.title, type, group: owner, nullable: true, ...(values ? { values } : {}) };
}
