import { type Schema, matches, requiresReplace, stringAttribute, useStateForUnknown } from '../../framework';
import { ROUTING_ATTRIBUTE_DEFINITIONS_PATH } from '../../client/routing-attributes';
import { conditionsAttribute } from '../conditions/schema';
import { NOT_BLANK } from '../routing-attribute/schema';

export { ROUTING_ATTRIBUTE_VALUE_TYPE_NAME as TYPE_NAME } from './attribute-map';

const KEEP = [useStateForUnknown()];

/** A skill of skills-based routing (Enterprise) [documented: docs/design/skills-routing.md#names]. */
export const routingAttributeValueSchema = {
  version: 0,
  description:
    'A value of a routing attribute (a "skill" in Admin Center, e.g. "German" of the skill type Language), with the ' +
    'conditions that decide which tickets need an agent who has it. Needs Zendesk Suite Enterprise or Support ' +
    'Enterprise. Import an existing one with the ID "<attribute_id>/<value_id>", or the value ID alone (the provider finds the attribute that holds it).',
  attributes: {
    id: stringAttribute({ computed: true, planModifiers: KEEP, description: 'The import ID: "<attribute_id>/<value_id>".' }),
    value_id: stringAttribute({ computed: true, planModifiers: KEEP, description: 'The attribute value\'s own ID, a UUID as Zendesk gives it (what a trigger\'s skill action names).' }),
    attribute_id: stringAttribute({
      required: true,
      planModifiers: [requiresReplace()],
      validators: [matches(/\S/, 'an ID that is not blank')],
      description: 'The ID of the routing attribute (skill type) the value belongs to: zendesk_routing_attribute\'s id.',
    }),
    name: stringAttribute({ required: true, validators: [NOT_BLANK], description: 'The value (skill) name, e.g. "German".' }),
    // The API names a condition's field `subject`; `field` here, as in a trigger's and a queue's conditions.
    conditions: conditionsAttribute(
      'skill',
      ROUTING_ATTRIBUTE_DEFINITIONS_PATH,
      'Which tickets need the skill: those that meet every `all` condition and, when there are `any` conditions, one of ' +
        'them (Zendesk\'s API calls a condition\'s field its "subject"). Left out, the skill has no conditions (triggers or agents add it to tickets).',
    ),
  },
} satisfies Schema;
