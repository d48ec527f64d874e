/**
 * zendesk_trigger, attribute by attribute: the trigger object's field each one
 * is [documented: docs/design/zendesk-api.md#trigger-object], and its words for people. The CLI's report labels derive from
 * it, and the schema's on_destroy values; a test fails when a schema attribute
 * has no entry (test/provider/attribute-map.test.ts). Conditions and actions
 * are resolved against the account's definitions (resolve.ts, check.ts), not
 * mapped key by key, so their entries hold only words.
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry } from '../attribute-words';

export const TRIGGER_TYPE_NAME = 'zendesk_trigger';

export const TRIGGER_ON_DESTROY = ['delete', 'retain', 'restore'] as const;
export type TriggerOnDestroy = (typeof TRIGGER_ON_DESTROY)[number];

export interface TriggerAttributeEntry extends AttributeEntry {
  /** The field of the API's trigger object it is written to and read from; absent for this provider's own attributes. */
  readonly apiField?: string;
}

const ON_OFF = { true: 'on', false: 'off' };

/** In report order. */
export const TRIGGER_ATTRIBUTES: readonly TriggerAttributeEntry[] = [
  { attribute: 'id', apiField: 'id', words: 'Trigger ID', shape: 'text', identifier: true },
  { attribute: 'title', apiField: 'title', words: 'Trigger title', shape: 'text' },
  { attribute: 'active', apiField: 'active', words: 'Trigger active', shape: 'on-off', valueWords: ON_OFF },
  { attribute: 'description', apiField: 'description', words: 'Trigger description', shape: 'text' },
  { attribute: 'category_id', apiField: 'category_id', words: 'Trigger category', shape: 'text' },
  { attribute: 'position', apiField: 'position', words: 'Trigger position (firing order)', shape: 'text' },
  { attribute: 'conditions', apiField: 'conditions', words: 'Trigger conditions', shape: 'object' },
  { attribute: 'conditions.all', apiField: 'conditions.all', words: 'Conditions (meet ALL)', shape: 'condition-list' },
  { attribute: 'conditions.any', apiField: 'conditions.any', words: 'Conditions (meet ANY)', shape: 'condition-list' },
  { attribute: 'actions', apiField: 'actions', words: 'Actions', shape: 'action-list' },
  {
    attribute: 'on_destroy', words: 'When this resource is destroyed', shape: 'choice',
    valueWords: { delete: 'delete the trigger', retain: 'leave the trigger as it is', restore: 'restore the trigger as it was when adopted' },
  },
  { attribute: 'adopt_identical', words: 'Adopt an identical existing trigger instead of creating a duplicate', shape: 'on-off', valueWords: ON_OFF },
];

export function triggerEntryFor(attribute: string): TriggerAttributeEntry | undefined {
  return TRIGGER_ATTRIBUTES.find((a) => a.attribute === attribute);
}
