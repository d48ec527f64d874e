import type { ObjectValue } from '../../framework';
import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Diagnostics, ModelsOf } from '../../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../../framework';
import { reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import type { ApiAction, ApiCondition, TriggerDefinitions } from '../../client/triggers';
import { triggersTitled } from '../../client/trigger-requests';
import { type ItemKind, normalizeValue, titleOf, valueTitleOf } from './resolve';
import { TYPE_NAME, triggerDataSourceSchema } from './schema';
import { MESSAGING_CSAT_TRIGGER_TITLE } from './titles';

function itemToOutput(item: ApiCondition | ApiAction, kind: ItemKind, defs: TriggerDefinitions | undefined): ObjectValue {
  const operator = 'operator' in item ? item.operator : undefined;
  const value = normalizeValue(item.value, operator);
  return {
    field: item.field,
    field_title: titleOf(defs, kind, item.field),
    ...(kind === 'action' ? {} : { operator: operator ?? null }),
    value: Array.isArray(value) ? null : value,
    value_title: valueTitleOf(defs, kind, item.field, value),
    values: Array.isArray(value) ? value : null,
  };
}

/** data "zendesk_trigger": one trigger by exact title (search, then exact match). */
type Lookup = typeof triggerDataSourceSchema;
type Models = ModelsOf<Lookup>;

export class TriggerDataSource implements DataSource<Lookup> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Lookup {
    return triggerDataSourceSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async read(req: DataSourceReadRequest<Models>, resp: DataSourceReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const title = req.config.title;
    try {
      const found = await triggersTitled(session.client, title);
      if (found.length !== 1) {
        resp.diagnostics.addAttributeError(
          Path.root('title'),
          found.length === 0 ? 'Trigger not found' : 'Trigger title is not unique',
          found.length === 0
            ? `Account "${session.accountId}" has no trigger titled "${title}".` + csatHint(title)
            : `Account "${session.accountId}" has ${found.length} triggers titled "${title}" (IDs ${found.map((t) => t.id).join(', ')}); rename one, or import by ID.`,
        );
        return;
      }
      const trigger = found[0];
      const defs = await session.triggerDefinitions();
      const state = {
        title,
        id: String(trigger.id),
        active: trigger.active,
        description: trigger.description,
        category_id: trigger.category_id === null || trigger.category_id === undefined ? null : String(trigger.category_id),
        position: trigger.position,
        default: trigger.default ?? false,
        conditions: {
          all: (trigger.conditions?.all ?? []).map((c) => itemToOutput(c, 'all', defs)),
          any: (trigger.conditions?.any ?? []).map((c) => itemToOutput(c, 'any', defs)),
        },
        actions: (trigger.actions ?? []).map((a) => itemToOutput(a, 'action', defs)),
      };
      resp.state = decodeModel(triggerDataSourceSchema, PHASE.state, state, resp.diagnostics, "the state built from Zendesk's answer") ?? null;
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Looking up trigger "${title}" in "${session.accountId}"`);
    }
  }
}

/** The messaging CSAT trigger only exists with customizable CSAT [documented: docs/design/zendesk-api.md#messaging-csat-trigger]. */
function csatHint(title: string): string {
  if (title !== MESSAGING_CSAT_TRIGGER_TITLE) return ' Titles must match exactly.';
  return (
    ' This standard trigger exists only when the account has the customizable CSAT survey feature (Suite Growth and up, ' +
    'Support Professional and up) with the messaging CSAT channel active: Admin Center > Objects and rules > Business ' +
    'rules > Customer satisfaction. Legacy CSAT rules must be deactivated first.'
  );
}
