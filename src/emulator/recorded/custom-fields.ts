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
 * Fields of other types (a ticket drop-down, a ticket text field) do not
 * appear in the recording, so the emulator's accounts have none.
 */
import type { FieldOption, KeyedField, TicketField } from '../directory';
import type { DefinitionRow } from './definitions';
import { RECORDED_OPERATORS as OPS } from './operators';
import { NULL_OPTION, type Operator, type ValueOption, option, options } from './shapes';

const CHECKBOX = options(['true', 'Checked'], ['false', 'Unchecked']);
const byTag = (opts: FieldOption[] = []) => opts.map((o) => option(o.value, o.name));
const byId = (opts: FieldOption[] = []) => opts.map((o) => option(o.id, o.name));

export function ticketFieldCondition(field: TicketField): DefinitionRow {
  const row = { subject: `custom_fields_${field.id}`, title: field.title, type: 'list', group: 'ticket', nullable: true };
  return field.type === 'multiselect' ? { ...row, operators: OPS.MULTISELECT, values: [NULL_OPTION, ...byTag(field.options)] } : { ...row, operators: OPS.PRESENCE };
}

export function ticketFieldAction(field: TicketField): DefinitionRow | undefined {
  if (field.type !== 'multiselect') return undefined;
  return { subject: `custom_fields_${field.id}`, title: field.title, type: 'multiselect_list', group: 'ticket', nullable: true, values: byTag(field.options) };
}

/** Definition type, condition operators, values, and whether the condition is nullable, per keyed field type. */
function keyedShape(field: KeyedField): { type: string; operators: Operator[]; values?: ValueOption[]; nullable: boolean } {
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
