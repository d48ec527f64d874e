import { type Schema, boolAttribute, lengthBetween, oneOf, requiresReplace, stringAttribute, useStateForUnknown } from '../../framework';
import { STATUS_CATEGORIES } from '../../client/custom-statuses';

export { CUSTOM_TICKET_STATUS_TYPE_NAME as TYPE_NAME } from './attribute-map';

/** Labels are at most 48 characters [documented: docs/design/zendesk-api.md#custom-ticket-statuses]. */
const LABEL_LENGTH = lengthBetween(1, 48);

export const customTicketStatusSchema = {
  version: 0,
  description:
    'A custom ticket status: a status of one of the five categories (new, open, pending, hold, solved), with the ' +
    'names and descriptions agents and end users see. Zendesk has no delete for statuses: destroying this resource ' +
    'deactivates the status (with a warning); a category\'s standard status, which Zendesk keeps active, is left as ' +
    'it is. Import an existing status by its ID. Its id can be given to ' +
    'zendesk_messaging_settings\' inactivity.ticket_status_id.',
  attributes: {
    id: stringAttribute({ computed: true, planModifiers: [useStateForUnknown()], description: 'The status ID (the import ID).' }),
    status_category: stringAttribute({
      required: true,
      validators: [oneOf(...STATUS_CATEGORIES)],
      planModifiers: [requiresReplace()],
      description:
        'The category: "new", "open", "pending", "hold" or "solved". Zendesk keeps a status\'s category once it is ' +
        'created, so changing it replaces the status (the old one is deactivated).',
    }),
    agent_label: stringAttribute({ required: true, validators: [LABEL_LENGTH], description: 'The name agents see (at most 48 characters).' }),
    end_user_label: stringAttribute({
      optional: true,
      computed: true,
      validators: [LABEL_LENGTH],
      planModifiers: [useStateForUnknown()],
      description: 'The name end users see (at most 48 characters). Zendesk uses the agent label when unset.',
    }),
    description: stringAttribute({ optional: true, description: 'What the status means, for agents.' }),
    end_user_description: stringAttribute({ optional: true, description: 'What the status means, for end users.' }),
    active: boolAttribute({ optional: true, computed: true, default: true, description: 'Whether agents can set tickets to this status. Defaults to true.' }),
  },
} satisfies Schema;

export const customTicketStatusDataSourceSchema = {
  description:
    'Finds a ticket status by its agent label (and, optionally, its category), so a configuration never hard-codes ' +
    'status IDs: for example zendesk_messaging_settings\' inactivity.ticket_status_id. Fails when no status or more ' +
    'than one matches.',
  attributes: {
    agent_label: stringAttribute({ required: true, description: 'The exact name agents see, e.g. "Waiting on customer".' }),
    status_category: stringAttribute({
      optional: true,
      computed: true,
      validators: [oneOf(...STATUS_CATEGORIES)],
      description: 'The category to look in ("new", "open", "pending", "hold" or "solved"); any when unset.',
    }),
    id: stringAttribute({ computed: true, description: 'The status ID.' }),
    end_user_label: stringAttribute({ computed: true, description: 'The name end users see.' }),
    description: stringAttribute({ computed: true, description: 'What the status means, for agents.' }),
    end_user_description: stringAttribute({ computed: true, description: 'What the status means, for end users.' }),
    active: boolAttribute({ computed: true, description: 'Whether agents can set tickets to this status.' }),
    default: boolAttribute({ computed: true, description: "Whether this is the category's standard system status." }),
  },
} satisfies Schema;
