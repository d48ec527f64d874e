import {
  type Schema,
  atLeast,
  boolAttribute,
  int64Attribute,
  lengthBetween,
  listAttribute,
  listNestedAttribute,
  listNestedBlock,
  oneOf,
  setNestedBlock,
  singleNestedAttribute,
  singleNestedBlock,
  stringAttribute,
  useStateForUnknown,
} from '../../framework';
import { TRIGGER_ON_DESTROY } from './attribute-map';
import { TRIGGER_SCHEMA_VERSION } from './state-upgrade';

export { TRIGGER_TYPE_NAME as TYPE_NAME } from './attribute-map';
export { TRIGGER_ON_DESTROY as ON_DESTROY, type TriggerOnDestroy } from './attribute-map';

const KEEP = [useStateForUnknown()];

/** What a condition or action names: an API field, or its title as Admin Center shows it. */
const fieldAttributes = (kind: 'condition' | 'action') => ({
  field: stringAttribute({
    optional: true,
    description:
      `The ${kind}'s API field name (the "subject" in GET /api/v2/triggers/definitions), e.g. "status". Set field or ` +
      'field_title, not both.',
  }),
  field_title: stringAttribute({
    optional: true,
    description:
      `The ${kind}'s title as Admin Center shows it, e.g. "Messaging session ended reason". Resolved to the API field ` +
      'through the account\'s trigger definitions, for fields whose API name Zendesk does not publish.',
  }),
  value: stringAttribute({
    optional: true,
    description:
      `The ${kind}'s value as the API expects it (numbers as strings). Set at most one of value, values and value_title. ` +
      'A multi-value item is written with values, not as a JSON string: value = jsonencode([...]) (the spelling of other ' +
      'Zendesk providers) fails the plan with the values line to write instead, except for fields that take free text, ' +
      'where it is sent as that text (with a warning).',
  }),
  values: listAttribute({
    optional: true,
    element: 'string',
    description: `A multi-value ${kind}, e.g. values = ["requester_id", "Subject", "Body"] for notification_user (recipient, subject, body).`,
  }),
  value_title: stringAttribute({
    optional: true,
    description: 'The value by its title in the definitions (e.g. "Ended by agent"), resolved like field_title.',
  }),
});

/**
 * ALL and ANY conditions are set blocks: their order has no effect on when a
 * trigger fires, and as a set a condition removed from the middle reads in
 * `terraform plan` as that condition removed, where a list block shows every
 * later condition shifted by one (docs/design/trigger-conditions.md#plan-text).
 * Terraform pairs set elements by comparing them with each other, which costs
 * more as triggers grow (measured in docs/design/trigger-conditions.md#sets-or-lists:
 * seconds at 500 conditions, minutes at 5,000); triggers that large are not
 * what accounts hold. Actions stay a list: they run in order.
 */
const condition = (which: 'all' | 'any') =>
  setNestedBlock({
    description:
      (which === 'all'
        ? 'Conditions that must all be met ("Meet ALL of the following conditions").'
        : 'Conditions of which at least one must be met ("Meet ANY of the following conditions").') +
      ' A set: the order does not change when the trigger fires, so neither the order written nor Zendesk answering them in another order is a change.',
    attributes: {
      ...fieldAttributes('condition'),
      operator: stringAttribute({
        required: true,
        description:
          'The operator\'s API value, e.g. "is", "is_not", "value" (changed to), "value_previous" (changed from), "changed", "includes".',
      }),
    },
  });

export const triggerSchema = {
  // 1 so that nukosuke/zendesk's version-0 states reach the provider whole; 2 for conditions as sets (state-upgrade.ts).
  version: TRIGGER_SCHEMA_VERSION,
  description:
    'A Zendesk ticket trigger (business rule): conditions under which it fires and the actions it takes. Import an ' +
    'existing trigger by its ID. With on_destroy = "restore", destroying a trigger that was imported puts back the ' +
    'title, conditions and actions it had when it was imported — the safe way to adopt and edit a standard trigger ' +
    'such as "Request customer satisfaction rating (messaging)".',
  attributes: {
    id: stringAttribute({ computed: true, planModifiers: KEEP, description: 'The trigger ID (the import ID).' }),
    title: stringAttribute({ required: true, description: 'The trigger title.', validators: [lengthBetween(1, 255)] }),
    active: boolAttribute({ optional: true, computed: true, default: true, description: 'Whether the trigger is active. Defaults to true.' }),
    description: stringAttribute({ optional: true, description: 'What the trigger is for.' }),
    category_id: stringAttribute({
      optional: true,
      computed: true,
      planModifiers: KEEP,
      description: 'The trigger category ID. Zendesk assigns the default category when unset.',
    }),
    position: int64Attribute({
      optional: true,
      computed: true,
      planModifiers: KEEP,
      validators: [atLeast(0)],
      description: 'Firing order among triggers. New triggers are added last when unset; when unset Terraform does not move it.',
    }),
    adopt_identical: boolAttribute({
      optional: true,
      computed: true,
      default: true,
      description:
        'When this resource is created and Zendesk already has a trigger with exactly the planned title, active flag, ' +
        'description, conditions and actions that no other resource of the same apply created or adopted, manage that ' +
        'trigger instead of creating a duplicate (with a warning; the plan warns first). This makes a create that failed ' +
        'without a usable answer (timeout, reset connection, 5xx) safe to apply again. Set false when you really want another ' +
        'identical trigger. Defaults to true; only creates read it.',
    }),
    on_destroy: stringAttribute({
      optional: true,
      computed: true,
      default: 'delete',
      validators: [oneOf(...TRIGGER_ON_DESTROY)],
      description:
        'What destroying this resource does: "delete" (default) deletes the trigger in Zendesk; "retain" only removes it ' +
        'from Terraform state; "restore" puts back the title, active flag, conditions and actions the trigger had when ' +
        'it was imported (for adopted standard triggers), or retains it if it was not imported.',
    }),
  },
  blocks: {
    conditions: singleNestedBlock({
      description: 'When the trigger fires: ALL conditions must be met, and at least one ANY condition when there are any.',
      attributes: {},
      blocks: { all: condition('all'), any: condition('any') },
    }),
    actions: listNestedBlock({
      description: 'What the trigger does, in order.',
      minItems: 1,
      attributes: fieldAttributes('action'),
    }),
  },
} satisfies Schema;

/** A condition or action as the data source reports it: the API field, its title from the definitions, the value. */
const readOnlyItem = (withOperator: boolean) => ({
  field: stringAttribute({ computed: true, description: 'API field name.' }),
  field_title: stringAttribute({ computed: true, description: 'The field\'s title in the account\'s trigger definitions (null when unknown).' }),
  ...(withOperator ? { operator: stringAttribute({ computed: true, description: 'Operator API value.' }) } : {}),
  value: stringAttribute({ computed: true, description: 'Single value (null for multi-value or valueless items).' }),
  value_title: stringAttribute({ computed: true, description: 'The value\'s title in the definitions, for enumerated fields (null otherwise).' }),
  values: listAttribute({ computed: true, element: 'string', description: 'Multi-value items.' }),
});

export const triggerDataSourceSchema = {
  description:
    'Finds a trigger by its exact title, e.g. Zendesk\'s standard "Request customer satisfaction rating (messaging)", ' +
    'to reference or adopt it (with an import block on zendesk_trigger). Fails when no trigger or more than one has the title.',
  attributes: {
    title: stringAttribute({ required: true, description: 'The exact trigger title to look for.' }),
    id: stringAttribute({ computed: true, description: 'The trigger ID.' }),
    active: boolAttribute({ computed: true, description: 'Whether the trigger is active.' }),
    description: stringAttribute({ computed: true, description: 'The trigger description.' }),
    category_id: stringAttribute({ computed: true, description: 'The trigger category ID.' }),
    position: int64Attribute({ computed: true, description: 'Firing order.' }),
    default: boolAttribute({ computed: true, description: 'Whether this is one of Zendesk\'s standard triggers.' }),
    conditions: singleNestedAttribute({
      computed: true,
      description: 'The trigger\'s conditions.',
      attributes: {
        all: listNestedAttribute({ computed: true, description: 'ALL conditions.', attributes: readOnlyItem(true) }),
        any: listNestedAttribute({ computed: true, description: 'ANY conditions.', attributes: readOnlyItem(true) }),
      },
    }),
    actions: listNestedAttribute({ computed: true, description: 'The trigger\'s actions, in order.', attributes: readOnlyItem(false) }),
  },
} satisfies Schema;
