import {
  type Schema,
  atLeast,
  between,
  boolAttribute,
  int64Attribute,
  lengthBetween,
  setAttribute,
  singleNestedAttribute,
  stringAttribute,
  useStateForUnknown,
} from '../../framework';

export { CAPACITY_RULE_TYPE_NAME as TYPE_NAME } from './attribute-map';

/** Values Zendesk fills in (an id, a channel the configuration leaves out) stay what they were: no "(known after apply)". */
const KEEP = [useStateForUnknown()];

const channel = (name: string, validators = [atLeast(0)]) =>
  int64Attribute({
    optional: true,
    computed: true,
    planModifiers: KEEP,
    validators,
    description: `How many ${name} tickets an agent under this rule works at once. Left out: Zendesk's value is kept (0 for a new rule).`,
  });

/**
 * The channel keys are the API's [documented: docs/design/zendesk-api.md#capacity-rules]. agent_ids is a set:
 * Zendesk answers agents in its own order, which is not a change.
 */
export const capacityRuleSchema = {
  version: 0,
  description:
    'An omnichannel routing capacity rule: how many tickets of each channel the agents it names work at once. Each ' +
    'agent is in one rule at a time, and the account\'s default rule covers every agent no other rule names; the ' +
    'default rule cannot be deleted (make another rule the default first). Import an existing rule by its ID.',
  attributes: {
    id: stringAttribute({ computed: true, planModifiers: KEEP, description: 'The capacity rule ID (the import ID).' }),
    name: stringAttribute({ required: true, validators: [lengthBetween(1, 255)], description: 'The capacity rule name.' }),
    description: stringAttribute({ optional: true, description: 'What the rule is for.' }),
    capacities: singleNestedAttribute({
      optional: true,
      computed: true,
      planModifiers: KEEP,
      description: 'Capacity per channel, with the API\'s channel names. A channel left out keeps Zendesk\'s value.',
      attributes: {
        email: channel('email'),
        messaging: channel('messaging'),
        // An agent takes one call at a time [inferred: docs/design/zendesk-api.md#capacity-rules].
        voice: channel('voice', [between(0, 1)]),
      },
    }),
    agent_ids: setAttribute({
      optional: true,
      computed: true,
      planModifiers: KEEP,
      element: 'int64',
      description:
        'The IDs of the agents the rule applies to (look them up with data "zendesk_agent"). Naming an agent here takes ' +
        'it out of the rule it was in. Left out: the rule\'s agents are not managed. Not for the default rule, which ' +
        'applies to every agent no other rule names.',
    }),
    default: boolAttribute({
      optional: true,
      computed: true,
      planModifiers: KEEP,
      description:
        'Whether this is the account\'s default rule. Setting it true makes this rule the default (the former default ' +
        'stops being it); a default rule stays the default until another rule is made it.',
    }),
  },
} satisfies Schema;

export const AGENT_TYPE_NAME = 'zendesk_agent';

export const agentDataSourceSchema = {
  description:
    'Finds one agent (or admin) of the account by email or by name, so configurations (a capacity rule\'s agent_ids) ' +
    'never hard-code agent IDs. Fails when no agent or more than one matches.',
  attributes: {
    email: stringAttribute({ optional: true, computed: true, description: 'The agent\'s email (compared without regard to case). Set email or name.' }),
    name: stringAttribute({ optional: true, computed: true, description: 'The agent\'s name, exactly. Set email or name.' }),
    id: int64Attribute({ computed: true, description: 'The agent\'s user ID.' }),
    role: stringAttribute({ computed: true, description: 'The user\'s role: "agent" or "admin".' }),
  },
} satisfies Schema;
