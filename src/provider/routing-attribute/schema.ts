import { type Schema, matches, stringAttribute, useStateForUnknown } from '../../framework';

export { ROUTING_ATTRIBUTE_TYPE_NAME as TYPE_NAME } from './attribute-map';

/** Something other than spaces: Zendesk refuses a blank name [documented: docs/design/zendesk-api.md#routing-attributes]. */
export const NOT_BLANK = matches(/\S/, 'a name that is not blank');

/** A skill type of skills-based routing (Enterprise) [documented: docs/design/skills-routing.md#names]. */
export const routingAttributeSchema = {
  version: 0,
  description:
    'A routing attribute of skills-based routing (a "skill type" in Admin Center, e.g. Language), which holds skills ' +
    '(zendesk_routing_attribute_value). Needs Zendesk Suite Enterprise or Support Enterprise. Deleting it deletes its ' +
    'skills. Import an existing one by its ID.',
  attributes: {
    id: stringAttribute({ computed: true, planModifiers: [useStateForUnknown()], description: 'The routing attribute ID, a UUID as Zendesk gives it (the import ID).' }),
    name: stringAttribute({ required: true, validators: [NOT_BLANK], description: 'The routing attribute (skill type) name, e.g. "Language".' }),
  },
} satisfies Schema;
