import type { ObjectValue } from '../../framework';
import type { Diagnostics, ModelsOf, ModifyPlanRequest, ModifyPlanResponse, PrivateData } from '../../framework';
import { Path } from '../../framework';
import { type ApiCustomStatus, type CustomStatusPayload, createCustomStatus, getCustomStatus, updateCustomStatus } from '../../client/custom-statuses';
import { type ObjectCalls, type ObjectWords, type WriteAction, ZendeskObjectResource } from '../object-resource';
import type { AccountSession } from '../session';
import { TICKET_STATUSES_PAGE } from './attribute-map';
import { createPayload, customStatusToState, unkept, updatePayload } from './mapping';
import { TYPE_NAME, customTicketStatusSchema } from './schema';

/** Private-state key: whether it is a category's standard status, which Zendesk does not let anyone deactivate. */
const STANDARD = 'standard';

type Status = typeof customTicketStatusSchema;
type Models = ModelsOf<Status>;

const WORDS: ObjectWords = {
  noun: 'ticket status',
  labelAttribute: 'agent_label',
  importId: {
    pattern: /^\d+$/,
    expected:
      'the numeric ticket status ID (GET /api/v2/custom_statuses lists them, or the data source zendesk_custom_ticket_status ' +
      'finds one by its agent label)',
  },
};

/** Zendesk has no delete for statuses: the "delete" deactivates. */
const CALLS: ObjectCalls<ApiCustomStatus, CustomStatusPayload> = {
  get: getCustomStatus,
  create: createCustomStatus,
  update: updateCustomStatus,
  delete: async (client, id) => void (await updateCustomStatus(client, id, { active: false })),
};

/**
 * zendesk_custom_ticket_status: create, read, update of a custom ticket status (object-resource.ts). Zendesk has no
 * delete for statuses [documented: docs/design/zendesk-api.md#custom-ticket-statuses], so destroy deactivates it, and
 * says so at plan and at apply. A status cannot disappear out of band; a 404 on read (another account's ID, a wrong
 * import) removes it from state all the same.
 */
export class CustomTicketStatusResource extends ZendeskObjectResource<Status, ApiCustomStatus, CustomStatusPayload> {
  readonly typeName = TYPE_NAME;
  protected readonly words = WORDS;
  protected readonly calls = CALLS;
  protected override readonly deleteVerb = 'Deactivating';

  schema(): Status {
    return customTicketStatusSchema;
  }

  protected payload(plan: ObjectValue, action: WriteAction): CustomStatusPayload {
    return action === 'create' ? createPayload(plan) : updatePayload(plan);
  }

  protected toState(status: ApiCustomStatus, prior: ObjectValue): ObjectValue {
    return customStatusToState(status, prior);
  }

  protected unkept(plan: ObjectValue, state: ObjectValue): string[] {
    return unkept(plan, state);
  }

  /** unkept() words start with the attribute's name. */
  protected override unkeptAt(lost: readonly string[]): Path {
    return Path.root(lost[0].split(' ')[0]);
  }

  protected override privateFrom(status: ApiCustomStatus): PrivateData {
    return { [STANDARD]: status.default };
  }

  /** No delete in Zendesk: the status is deactivated, so agents can no longer pick it, and Terraform forgets it. */
  protected override async deleteObject(session: AccountSession, state: ObjectValue, privateData: PrivateData, diagnostics: Diagnostics): Promise<void> {
    if (privateData[STANDARD] === true) {
      diagnostics.addWarning('Standard ticket status left active', standardWords(state));
      return;
    }
    await super.deleteObject(session, state, privateData, diagnostics);
    // Short: the plan's warning (deactivationWords) said the rest, and destroy prints both.
    diagnostics.addWarning(
      'Ticket status deactivated, not deleted',
      `Ticket status ${String(state.id)} ("${String(state.agent_label)}") is now inactive in Zendesk, which has no delete for statuses; reactivate it in ${TICKET_STATUSES_PAGE} or import it again to manage it.`,
    );
  }

  protected override async checkPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>): Promise<void> {
    if (!req.state) return;
    if (req.plan === null && req.private[STANDARD] === true) {
      resp.diagnostics.addWarning('Destroy will leave the standard ticket status active', standardWords(req.state));
    } else if (req.plan === null) {
      resp.diagnostics.addWarning('Destroy will deactivate the ticket status', deactivationWords(req.state));
    } else if (typeof req.plan.status_category === 'string' && req.plan.status_category !== req.state.status_category) {
      // A new category replaces the status (schema.ts), and the old one can only be deactivated.
      resp.diagnostics.addWarning('Destroy will deactivate the ticket status', `A new category replaces the status. ${deactivationWords(req.state)}`);
    }
  }
}

function deactivationWords(state: ObjectValue): string {
  return (
    `Zendesk has no delete for ticket statuses: destroying this resource deactivates ticket status ${String(state.id)} ` +
    `("${String(state.agent_label)}", ${String(state.status_category)}) with active = false, so agents can no longer set tickets to it, ` +
    `and Terraform forgets it. Tickets already in it keep it. It stays listed, inactive, in ${TICKET_STATUSES_PAGE}; ` +
    'import it again (by its ID) to manage it, or reactivate it there.'
  );
}

/** Each category keeps its standard status active (no source shows Zendesk's answer; the emulator's assumption: src/emulator/recorded/routing-assumptions.ts). */
function standardWords(state: ObjectValue): string {
  return (
    `Ticket status ${String(state.id)} ("${String(state.agent_label)}") is the standard ${String(state.status_category)} status, which Zendesk ` +
    'keeps active, and Zendesk has no delete for statuses: destroying this resource leaves it as it is in Zendesk ' +
    '(labels and descriptions included); Terraform only forgets it.'
  );
}
