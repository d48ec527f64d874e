/**
 * zendesk_omnichannel_queue_order: the account's queue order, one per account. Built on ZendeskObjectResource
 * (object-resource.ts) for what it shares with every Zendesk object (session, account identity in private state,
 * error context, the state of Zendesk's answer checked against the schema, an error naming what a write did not
 * keep), with the account settings resources' identity: the id is the subdomain, which is also the import ID.
 * "Get" reads every queue in Zendesk's order; "create" and "update" PATCH the whole order; destroy only forgets.
 */
import type { Diagnostics, ImportStateRequest, ImportStateResponse, ModelsOf, ModifyPlanRequest, ModifyPlanResponse, ObjectValue, PrivateData, ValidateConfigRequest } from '../../framework';
import { Path } from '../../framework';
import { type ApiQueue, listQueues, reorderQueues } from '../../client/queues';
import { type ObjectCalls, type ObjectWords, ZendeskObjectResource } from '../object-resource';
import { isApiError, reportApiError } from '../api-errors';
import type { AccountSession, ZendeskAdminClient } from '../session';
import { fullOrder, knownIds, listedIds, orderToState, repeatedIds, unkeptOrder } from './mapping';
import { checkListedExist, warnUnlisted } from './plan-check';
import { TYPE_NAME, omnichannelQueueOrderSchema } from './schema';

type Order = typeof omnichannelQueueOrderSchema;
type Models = ModelsOf<Order>;

const WORDS: ObjectWords = {
  noun: 'queue order',
  labelAttribute: 'queue_ids',
  importId: { pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/, expected: 'the account subdomain (e.g. "acme" for acme.zendesk.com)' },
};

/** Every write sends the whole order, then reads it back (the PATCH answers 204 without a body). */
async function writeOrder(client: ZendeskAdminClient, ids: string[]): Promise<ApiQueue[]> {
  await reorderQueues(client, ids);
  return listQueues(client);
}

const CALLS: ObjectCalls<ApiQueue[], string[]> = {
  get: (client) => listQueues(client),
  create: writeOrder,
  update: (client, _id, ids) => writeOrder(client, ids),
  // Never called: deleteObject forgets (Zendesk has no "unordered").
  delete: async () => {},
};

const unreachable = (err: unknown) => isApiError(err) && err.name === 'ZendeskNetworkError';

export class OmnichannelQueueOrderResource extends ZendeskObjectResource<Order, ApiQueue[], string[]> {
  readonly typeName = TYPE_NAME;
  protected readonly words = WORDS;
  protected readonly calls = CALLS;

  schema(): Order {
    return omnichannelQueueOrderSchema;
  }

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    const listed = listedIds(req.config as ObjectValue);
    if (!listed) return;
    if (!listed.length) {
      diagnostics.addAttributeError(Path.root('queue_ids'), 'No queue listed', 'List at least one queue ID in queue_ids, first to last; to stop managing the order, remove the resource.');
    }
    for (const id of repeatedIds(listed)) {
      diagnostics.addAttributeError(Path.root('queue_ids'), 'A queue listed twice', `The queue "${id}" is in queue_ids more than once; a queue has one place in the order: keep the one where it belongs.`);
    }
  }

  /** The listed queues first, then the others as they are; a listed ID no longer there is an error, nothing sent. */
  protected async payload(plan: ObjectValue, _action: unknown, session: AccountSession, diagnostics: Diagnostics): Promise<string[] | undefined> {
    const listed = knownIds(plan) ?? [];
    const queues = await listQueues(session.client);
    checkListedExist(listed, queues, session.accountId, diagnostics);
    return diagnostics.hasError() ? undefined : fullOrder(listed, queues.map((q) => q.id));
  }

  protected toState(queues: ApiQueue[], prior: ObjectValue): ObjectValue {
    const id = typeof prior.id === 'string' ? prior.id : this.session!.accountId;
    return { id, queue_ids: orderToState(queues.map((q) => q.id), listedIds(prior) ?? null) };
  }

  protected unkept(plan: ObjectValue, state: ObjectValue): string[] {
    return unkeptOrder(knownIds(plan), knownIds(state) ?? []);
  }

  /** Destroy forgets: Zendesk keeps the queues in the order they are in. */
  protected override async deleteObject(): Promise<void> {}

  /** The import ID is the subdomain of the account this provider is configured for. */
  override async importState(req: ImportStateRequest, resp: ImportStateResponse<Models>): Promise<void> {
    if (this.session && req.id !== this.session.accountId) {
      resp.diagnostics.addError(
        "Import ID does not match the provider's account",
        `The import ID is the account subdomain. This provider instance manages "${this.session.accountId}", not "${req.id}": ` +
          `use "${this.session.accountId}", or the provider alias configured for "${req.id}".`,
      );
      return;
    }
    await super.importState(req, resp);
  }

  /** After an import the first read takes every queue, in Zendesk's order. */
  protected override importedState(id: string, _privateData: PrivateData): ObjectValue {
    return { id, queue_ids: null };
  }

  protected override async checkPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>, session: AccountSession | undefined): Promise<void> {
    if (req.plan === null) {
      resp.diagnostics.addWarning(
        'Destroying the queue order only forgets it',
        `Zendesk keeps the queues of "${String((req.state as ObjectValue | null)?.id ?? 'the account')}" in the order they are in (there is no "unordered"); ` +
          'Terraform only stops managing it. Change it in Admin Center > Objects and rules > Omnichannel routing > Queues.',
      );
      return;
    }
    const listed = listedIds(req.plan as ObjectValue);
    const before = knownIds(req.state as ObjectValue | null);
    if (!session || !listed || (before && knownIds(req.plan as ObjectValue)?.join(',') === before.join(','))) return;
    let queues: ApiQueue[];
    try {
      queues = await listQueues(session.client);
    } catch (err) {
      if (!unreachable(err)) return reportApiError(err, resp.diagnostics, `Reading the queues of "${session.accountId}" to check queue_ids`);
      resp.diagnostics.addWarning(
        "The queue order's IDs were not checked against the account",
        `Zendesk could not be reached to read the queues of "${session.accountId}" (${(err as Error).message}); the plan goes on without that check, and the apply checks them again.`,
      );
      return;
    }
    checkListedExist(listed, queues, session.accountId, resp.diagnostics);
    warnUnlisted(listed, queues, session.accountId, resp.diagnostics);
  }
}
