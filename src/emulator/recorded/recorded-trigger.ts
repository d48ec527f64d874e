/** One trigger as a recording of a real account holds it (the corpus in triggers.ts; one file per source). */
import type { ActionRecord, ConditionRecord } from '../triggers/model';

export interface RecordedTrigger {
  title: string;
  standard: boolean;
  /** Ids of the recorded account's own records that the trigger names. */
  accountIds?: { kind: 'agent' | 'target'; id: string | number }[];
  active: boolean;
  description: string | null;
  conditions: { all: ConditionRecord[]; any: ConditionRecord[] };
  actions: ActionRecord[];
}
