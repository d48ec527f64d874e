import type { Diagnostics, ModelsOf, ModifyPlanRequest, ModifyPlanResponse, ObjectValue, ValidateConfigRequest } from '../../framework';
import { Path } from '../../framework';
import { type ApiQueue, type QueuePayload, createQueue, deleteQueue, getQueue, updateQueue } from '../../client/queues';
import { type ObjectCalls, type ObjectWords, ZendeskObjectResource } from '../object-resource';
import type { AccountSession } from '../session';
import { conditionsOf } from '../conditions/state';
import { queuePayload, queueToState, unkept } from './mapping';
import { checkPlannedConditions, checkPlannedGroups } from './plan-check';
import { TYPE_NAME, omnichannelQueueSchema } from './schema';

type Queue = typeof omnichannelQueueSchema;
type Models = ModelsOf<Queue>;

const WORDS: ObjectWords = {
  noun: 'queue',
  labelAttribute: 'name',
  importId: {
    pattern: /^[0-9A-Za-z]{1,64}$/,
    expected: `the queue's ID (a ULID of letters and digits, e.g. "01HG80ATNNZK1N7XRFVKX48XD6": see the queue's URL in Admin Center > Objects and rules > Omnichannel routing > Queues)`,
  },
};

const CALLS: ObjectCalls<ApiQueue, QueuePayload> = { get: getQueue, create: createQueue, update: updateQueue, delete: deleteQueue };

/** zendesk_omnichannel_queue: full CRUD of a custom omnichannel routing queue, by its Zendesk id (object-resource.ts). */
export class OmnichannelQueueResource extends ZendeskObjectResource<Queue, ApiQueue, QueuePayload> {
  readonly typeName = TYPE_NAME;
  protected readonly words = WORDS;
  protected readonly calls = CALLS;

  schema(): Queue {
    return omnichannelQueueSchema;
  }

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    const primary = (req.config as ObjectValue).primary_group_ids;
    if (Array.isArray(primary) && primary.length === 0) {
      diagnostics.addAttributeError(
        Path.root('primary_group_ids'),
        'A queue needs a primary group',
        'Zendesk routes a queue\'s tickets to the agents of its primary groups, so a queue has at least one. Name a group ' +
          '(its ID, as GET /api/v2/groups lists them).',
      );
    }
  }

  protected payload(plan: ObjectValue): QueuePayload | undefined {
    // At apply every value is known; the conditions were checked when the plan was made.
    return queuePayload(plan, conditionsOf(plan) ?? { all: [], any: [] });
  }

  protected toState(queue: ApiQueue, prior: ObjectValue): ObjectValue {
    return queueToState(queue, prior);
  }

  protected unkept(plan: ObjectValue, state: ObjectValue): string[] {
    return unkept(plan, state);
  }

  protected override unkeptAt(lost: readonly string[]): Path | undefined {
    return lost.every((l) => /^(ALL|ANY) condition /.test(l)) ? Path.root('conditions') : undefined;
  }

  /** Groups and conditions checked against the account when they change (no API call for a no-op plan). */
  protected override async checkPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>, session: AccountSession | undefined): Promise<void> {
    if (req.plan === null || !session) return;
    const plan = req.plan as ObjectValue;
    const state = req.state as ObjectValue | null;
    await checkPlannedGroups(session, plan, state, resp.diagnostics);
    await checkPlannedConditions(session, plan, state, resp.diagnostics);
  }
}
