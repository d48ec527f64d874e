/**
 * Zendesk's trigger API shapes (ZENDESK-API-NOTES §2, TR-DOC): the trigger
 * object, its conditions and actions, and the definitions endpoint.
 */
export type ApiValue = string | number | boolean | null | (string | number)[];

export interface ApiCondition {
  field: string;
  operator: string;
  value?: ApiValue;
}

export interface ApiAction {
  field: string;
  value?: ApiValue;
}

export interface ApiTrigger {
  id: number;
  title: string;
  active: boolean;
  position: number;
  description: string | null;
  /** A string in the API, e.g. "10026" [DOC]. */
  category_id: string | null;
  /** True for Zendesk's standard triggers [DOC]. */
  default: boolean;
  conditions: { all?: ApiCondition[]; any?: ApiCondition[] };
  actions: ApiAction[];
}

export interface DefinitionOperator {
  value: string;
  title: string;
  terminal: boolean;
}

export interface DefinitionValue {
  value: string;
  title: string;
  enabled?: boolean;
}

export interface Definition {
  subject: string;
  title: string;
  type: string;
  group?: string;
  nullable?: boolean;
  repeatable?: boolean;
  operators?: DefinitionOperator[];
  values?: DefinitionValue[];
}

export interface TriggerDefinitions {
  actions: Definition[];
  conditions_all: Definition[];
  conditions_any: Definition[];
}

export const TRIGGERS_PATH = '/api/v2/triggers';
export const triggerPath = (id: string) => `${TRIGGERS_PATH}/${encodeURIComponent(id)}`;
