import type { Diagnostics, ModelsOf, ModifyPlanRequest, ModifyPlanResponse, ObjectValue, UpdateRequest, UpdateResponse, ValidateConfigRequest } from '../../framework';
import { Path } from '../../framework';
import { type ApiQueue, type QueuePayload, createQueue, deleteQueue, getQueue, updateQueue } from '../../client/queues';
import { type ObjectCalls, type ObjectWords, ZendeskObjectResource } from '../object-resource';
import { isApiError, reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import { conditionsOf } from '../conditions/state';
import { queuePayload, queueToState, unkept } from './mapping';
import { checkPlannedConditions, checkPlannedGroups } from './plan-check';
import { checkSubqueuesConfig, hasSubqueues, subqueuesOf } from './subqueues';
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

  /** The state before an update (a resource serves one call): whether the queue had subqueues to remove. */
  private prior?: ObjectValue;
  /** Whether the write sent subqueues, which only Enterprise plans have: a 403 then is the plan's refusal. */
  private sentSubqueues = false;

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    const config = req.config as ObjectValue;
    checkSubqueuesConfig(config, diagnostics);
    const primary = config.primary_group_ids;
    if ((primary === null && !hasSubqueues(config)) || (Array.isArray(primary) && primary.length === 0)) {
      diagnostics.addAttributeError(
        Path.root('primary_group_ids'),
        'A queue needs a primary group',
        'Zendesk routes a queue\'s tickets to the agents of its primary groups, so a queue without subqueues has at least ' +
          'one. Name a group in primary_group_ids (look it up with data "zendesk_group"), or give the queue subqueues.',
      );
    }
  }

  override async update(req: UpdateRequest<Models>, resp: UpdateResponse<Models>): Promise<void> {
    this.prior = req.state as ObjectValue;
    await super.update(req, resp);
  }

  protected payload(plan: ObjectValue): QueuePayload | undefined {
    // At apply every value is known; the conditions were checked when the plan was made.
    const payload = queuePayload(plan, conditionsOf(plan) ?? { all: [], any: [] }, (subqueuesOf(this.prior ?? {})?.length ?? 0) > 0);
    this.sentSubqueues = payload.subqueues !== undefined;
    return payload;
  }

  /** A 403 to a write with subqueues is Zendesk refusing an Enterprise feature [documented: docs/design/omnichannel-queues.md]. */
  protected override reportFailure(err: unknown, diagnostics: Diagnostics, context: string): void {
    if (!this.sentSubqueues || !isApiError(err) || err.status !== 403) return reportApiError(err, diagnostics, context);
    diagnostics.addAttributeError(
      Path.root('subqueues'),
      'Percentage subqueues need a Zendesk Enterprise plan',
      `${context}: Zendesk answered 403 (${err.message.replace(/\s+$/, '')}). Distributing a queue's tickets across percentage ` +
        `subqueues is offered on Zendesk Enterprise plans only. Upgrade "${this.session?.accountId ?? 'the account'}", or leave subqueues out ` +
        'and route the queue to its primary_group_ids. If the account is on Enterprise already, check that the credentials are an admin\'s.',
    );
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
