import type { ObjectValue } from '../../framework';
import type {
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
  ImportStateRequest,
  ImportStateResponse,
  ModelsOf,
  ModifyPlanRequest,
  ModifyPlanResponse,
  PrivateData,
  ReadRequest,
  ReadResponse,
  Resource,
  StateModel,
  UpdateRequest,
  UpdateResponse,
} from '../../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../../framework';
import { checkSameAccount, recordEndpoint, recordedAccount } from '../account-identity';
import { isApiError, reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import { createCustomStatus, getCustomStatus, updateCustomStatus } from '../../client/custom-statuses';
import type { ApiCustomStatus } from '../../client/custom-statuses';
import { TICKET_STATUSES_PAGE } from './attribute-map';
import { createPayload, customStatusToState, unkept, updatePayload } from './mapping';
import { TYPE_NAME, customTicketStatusSchema } from './schema';

/** Private-state key: the account the status belongs to (a status ID means nothing in another account). */
const ACCOUNT = 'account';
/** Private-state key: whether it is a category's standard status, which Zendesk does not let anyone deactivate. */
const STANDARD = 'standard';

type Status = typeof customTicketStatusSchema;
type Models = ModelsOf<Status>;

/**
 * zendesk_custom_ticket_status: create, read, update of a custom ticket status. Zendesk has no delete for statuses
 * [documented: docs/design/zendesk-api.md#custom-ticket-statuses], so destroy deactivates it, and says so at plan and
 * at apply. A status cannot disappear out of band; a 404 on read (another account's ID, a wrong import) removes it
 * from state all the same.
 */
export class CustomTicketStatusResource implements Resource<Status> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Status {
    return customTicketStatusSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async create(req: CreateRequest<Models>, resp: CreateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    try {
      const status = await createCustomStatus(session.client, createPayload(req.plan));
      resp.state = this.afterWrite(status, req.plan, resp.diagnostics) ?? null;
      this.recordAccount(resp.private, session);
      resp.private[STANDARD] = status.default;
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Creating ticket status "${req.plan.agent_label}" in "${session.accountId}"`);
    }
  }

  async read(req: ReadRequest<Models>, resp: ReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    try {
      const status = await getCustomStatus(session.client, id);
      const refreshed = stateOf(customStatusToState(status, req.state), resp.diagnostics);
      if (!refreshed) return;
      resp.state = refreshed;
      this.recordAccount(resp.private, session);
      resp.private[STANDARD] = status.default;
    } catch (err) {
      if (isApiError(err) && err.status === 404) {
        resp.state = null; // not in this account: Terraform forgets it and plans to create it again
        return;
      }
      reportApiError(err, resp.diagnostics, `Reading ticket status ${id} in "${session.accountId}"`);
    }
  }

  async update(req: UpdateRequest<Models>, resp: UpdateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    try {
      const status = await updateCustomStatus(session.client, id, updatePayload(req.plan));
      resp.state = this.afterWrite(status, { ...req.plan, id }, resp.diagnostics) ?? resp.state;
      this.recordAccount(resp.private, session);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Updating ticket status ${id} in "${session.accountId}"`);
    }
  }

  /** No delete in Zendesk: the status is deactivated, so agents can no longer pick it, and Terraform forgets it. */
  async delete(req: DeleteRequest<Models>, resp: DeleteResponse): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    if (req.private[STANDARD] === true) {
      resp.diagnostics.addWarning('Standard ticket status left active', standardWords(req.state));
      return;
    }
    try {
      await updateCustomStatus(session.client, id, { active: false });
      // Short: the plan's warning (deactivationWords) said the rest, and destroy prints both.
      resp.diagnostics.addWarning(
        'Ticket status deactivated, not deleted',
        `Ticket status ${id} ("${req.state.agent_label}") is now inactive in Zendesk, which has no delete for statuses; reactivate it in ${TICKET_STATUSES_PAGE} or import it again to manage it.`,
      );
    } catch (err) {
      if (isApiError(err) && err.status === 404) return; // not there to deactivate
      reportApiError(err, resp.diagnostics, `Deactivating ticket status ${id} in "${session.accountId}"`);
    }
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse<Models>): Promise<void> {
    if (!/^\d+$/.test(req.id)) {
      resp.diagnostics.addError(
        'Invalid ticket status import ID',
        `The import ID is the numeric ticket status ID (GET /api/v2/custom_statuses lists them, or the data source ` +
          `zendesk_custom_ticket_status finds one by its agent label), got "${req.id}".`,
      );
      return;
    }
    resp.state = { id: req.id };
    // Imported from the account the provider is configured for now; read checks it from here on.
    if (this.session) this.recordAccount(resp.private, this.session);
  }

  async modifyPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>): Promise<void> {
    if (!req.state) return;
    if (this.session && !this.sameAccount(req.private, this.session, req.state, resp.diagnostics)) return;
    if (req.plan === null && req.private[STANDARD] === true) {
      resp.diagnostics.addWarning('Destroy will leave the standard ticket status active', standardWords(req.state));
    } else if (req.plan === null) {
      resp.diagnostics.addWarning('Destroy will deactivate the ticket status', deactivationWords(req.state));
    } else if (typeof req.plan.status_category === 'string' && req.plan.status_category !== req.state.status_category) {
      // A new category replaces the status (schema.ts), and the old one can only be deactivated.
      resp.diagnostics.addWarning('Destroy will deactivate the ticket status', `A new category replaces the status. ${deactivationWords(req.state)}`);
    }
  }

  private sameAccount(privateData: PrivateData, session: AccountSession, state: ObjectValue, diagnostics: Diagnostics): boolean {
    return checkSameAccount(recordedAccount(privateData, privateData[ACCOUNT]), session.account, `Ticket status ${state.id} ("${state.agent_label}")`, diagnostics);
  }

  private recordAccount(privateData: PrivateData, session: AccountSession): void {
    privateData[ACCOUNT] = session.accountId;
    recordEndpoint(privateData, session.account);
  }

  /** State after a POST/PUT: what Zendesk answered; an error when it did not keep what was planned. */
  private afterWrite(status: ApiCustomStatus, plan: ObjectValue, diagnostics: Diagnostics): StateModel<Status> | undefined {
    const state = customStatusToState(status, plan);
    const lost = unkept(plan, state);
    if (lost.length > 0) {
      diagnostics.addAttributeError(
        Path.root(lost[0].split(' ')[0]),
        'Zendesk did not keep the ticket status as planned',
        `Zendesk answered ticket status ${status.id} with: ${lost.join('; ')}. The state records what Zendesk holds, so the next plan shows the difference.`,
      );
    }
    return stateOf(state, diagnostics);
  }
}

function deactivationWords(state: ObjectValue): string {
  return (
    `Zendesk has no delete for ticket statuses: destroying this resource deactivates ticket status ${state.id} ` +
    `("${state.agent_label}", ${state.status_category}) with active = false, so agents can no longer set tickets to it, ` +
    `and Terraform forgets it. Tickets already in it keep it. It stays listed, inactive, in ${TICKET_STATUSES_PAGE}; ` +
    'import it again (by its ID) to manage it, or reactivate it there.'
  );
}

/** Each category keeps its standard status active (no source shows Zendesk's answer; the emulator's assumption: src/emulator/recorded/routing-assumptions.ts). */
function standardWords(state: ObjectValue): string {
  return (
    `Ticket status ${state.id} ("${state.agent_label}") is the standard ${state.status_category} status, which Zendesk ` +
    'keeps active, and Zendesk has no delete for statuses: destroying this resource leaves it as it is in Zendesk ' +
    '(labels and descriptions included); Terraform only forgets it.'
  );
}

function stateOf(value: ObjectValue, diagnostics: Diagnostics): StateModel<Status> | undefined {
  return decodeModel(customTicketStatusSchema, PHASE.state, value, diagnostics, "the state built from Zendesk's answer");
}
