/** Trigger and trigger-category records as the emulator stores them (the API shapes of TR-DOC and TC-DOC). */

/**
 * A condition's or action's value, stored as sent: real answers keep JSON
 * types (`"value": true` for "Comment is Public", a number inside a target's
 * list [OBS the recorded triggers in recorded/triggers-salto.ts]).
 */
export type ItemValue = string | number | boolean | null | (string | number)[];

export interface ConditionRecord {
  field: string;
  operator: string;
  value: ItemValue;
}

export interface ActionRecord {
  field: string;
  value: ItemValue;
}

export interface TriggerRecord {
  id: number;
  title: string;
  raw_title: string;
  active: boolean;
  position: number;
  conditions: { all: ConditionRecord[]; any: ConditionRecord[] };
  actions: ActionRecord[];
  description: string | null;
  /** A string in the API [DOC]. */
  category_id: string;
  default: boolean;
  restriction: null;
  created_at: string;
  updated_at: string;
}

export interface CategoryRecord {
  id: string;
  name: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** The part of an account's state holding its business rules. */
export interface TriggerState {
  triggers: TriggerRecord[];
  categories: CategoryRecord[];
  nextId: number;
}

/** The trigger as the API shows it: the stored record plus its URL under the account root [OBS prismatic example]. */
export function present(trigger: TriggerRecord, accountRoot: string) {
  return { url: `${accountRoot}/api/v2/triggers/${trigger.id}.json`, ...trigger };
}
