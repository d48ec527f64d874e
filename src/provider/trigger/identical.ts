/**
 * Which existing triggers are "the same" as the one about to be created, and
 * which ones this provider process already manages. Used to make a create safe
 * to repeat (create.ts).
 */
import type { ApiAction, ApiCondition, ApiTrigger } from '../../client/triggers';
import { itemKey, sameItems } from './match';

/** The body of a POST /api/v2/triggers as mapping.ts builds it. */
export interface TriggerPayload {
  title: string;
  active: boolean;
  description: string | null;
  conditions: { all: ApiCondition[]; any: ApiCondition[] };
  actions: ApiAction[];
  category_id?: string;
  position?: number;
}

/**
 * Whether Zendesk holds exactly what the payload would create: title, active
 * flag, description, conditions (in any order: their order has no effect) and
 * actions (in order), and the category and position when the payload sets
 * them. Stricter than title + conditions + actions on purpose: every part the
 * POST would have set must agree before a trigger is taken for the POST's own.
 */
export function matchesPayload(trigger: ApiTrigger, payload: TriggerPayload): boolean {
  const sameDescription = (trigger.description ?? '') === (payload.description ?? '');
  const sameActions = trigger.actions.length === payload.actions.length && trigger.actions.every((a, i) => itemKey(a) === itemKey(payload.actions[i]));
  return (
    trigger.title === payload.title &&
    trigger.active === payload.active &&
    sameDescription &&
    (payload.category_id === undefined || trigger.category_id === payload.category_id) &&
    (payload.position === undefined || trigger.position === payload.position) &&
    sameItems(trigger.conditions.all, payload.conditions.all) &&
    sameItems(trigger.conditions.any, payload.conditions.any) &&
    sameActions
  );
}

/**
 * Per provider process (one terraform operation) and account: the triggers
 * created or adopted so far, so two resources that declare identical triggers
 * in one apply never adopt the same one; and one create at a time per title,
 * so the second waits until the first's trigger exists and is claimed.
 */
export class TriggerClaims {
  private readonly claimed = new Set<number>();
  private readonly queues = new Map<string, Promise<unknown>>();

  has(id: number): boolean {
    return this.claimed.has(id);
  }

  claim(id: number): void {
    this.claimed.add(id);
  }

  /** Runs `work` after every earlier piece of work for the same title has settled. */
  one<T>(title: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(title) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(title, settled);
    void settled.then(() => {
      if (this.queues.get(title) === settled) this.queues.delete(title);
    });
    return next;
  }
}

const claims = { apply: new WeakMap<object, TriggerClaims>(), plan: new WeakMap<object, TriggerClaims>() };

/**
 * The claims of one account session (the session object is the key: it lives
 * as long as the provider process). Plans keep their own, so what one plan
 * predicts for one resource ("will adopt trigger 7") is not predicted for an
 * identical second one, and never stops an apply in the same process.
 */
export function claimsOf(session: object, phase: 'plan' | 'apply' = 'apply'): TriggerClaims {
  let found = claims[phase].get(session);
  if (!found) claims[phase].set(session, (found = new TriggerClaims()));
  return found;
}
