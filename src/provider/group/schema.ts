import { type Schema, boolAttribute, int64Attribute, lengthBetween, stringAttribute } from '../../framework';

export const GROUP_TYPE_NAME = 'zendesk_group';

/** data "zendesk_group": the attributes are the API's group keys [documented: docs/design/zendesk-api.md#groups-and-agents]. */
export const groupDataSourceSchema = {
  description:
    'Finds one group of the account by its name (or its ID), so configurations (a queue\'s groups) never hard-code ' +
    'group IDs. Fails when no group or more than one matches, naming the closest names.',
  attributes: {
    name: stringAttribute({ optional: true, computed: true, validators: [lengthBetween(1, 255)], description: 'The group\'s name, exactly. Set name or id.' }),
    id: int64Attribute({ optional: true, computed: true, description: 'The group ID. Set name or id.' }),
    description: stringAttribute({ computed: true, description: 'The group\'s description ("" when it has none).' }),
    default: boolAttribute({ computed: true, description: 'Whether this is the account\'s default group (new agents join it).' }),
    deleted: boolAttribute({ computed: true, description: 'Whether the group is deleted.' }),
  },
} satisfies Schema;
