/**
 * Conditions whose order has no meaning (a queue's; any `{all, any}` of `{field, operator, value}` that Zendesk
 * checks as a trigger's): `all` and `any` are SETS of objects, so a plan that drops one condition from the middle
 * shows that condition removed, not every later one shifted by index (`field = "status" -> "via_id"`).
 */
import { setNestedAttribute, singleNestedAttribute, stringAttribute } from '../../framework';

/** One condition, with the API's keys. */
const conditionAttributes = (definitionsPath: string) => ({
  field: stringAttribute({
    required: true,
    description: `The condition's field as the API names it (a "subject" of GET ${definitionsPath}), e.g. "status".`,
  }),
  operator: stringAttribute({ required: true, description: 'The operator as the API names it, e.g. "is", "is_not", "less_than", "includes".' }),
  value: stringAttribute({
    optional: true,
    description: `The value as the API expects it (numbers and ids as strings, e.g. "open" or "360001234567"). Left out for an operator that takes none (such as "present").`,
  }),
});

/** `all` or `any`: a set of conditions of `owner` ("queue"), checked against the definitions at `definitionsPath`. */
export const conditionSet = (which: 'all' | 'any', owner: string, definitionsPath: string) =>
  setNestedAttribute({
    optional: true,
    description:
      (which === 'all' ? `Conditions a ticket must all meet ("Meet ALL of the following conditions") for the ${owner}.` : `Conditions of which a ticket must meet at least one ("Meet ANY of the following conditions") for the ${owner}.`) +
      ' A set: their order has no meaning, and the plan shows each condition added or removed as itself.',
    attributes: conditionAttributes(definitionsPath),
  });

/** The `conditions` attribute: `{all, any}`; left out, the object has no conditions. */
export const conditionsAttribute = (owner: string, definitionsPath: string, summary: string) =>
  singleNestedAttribute({
    optional: true,
    description: `${summary} Fields, operators and values are checked against GET ${definitionsPath} when the plan is made, with the closest name suggested for a misspelt one.`,
    attributes: { all: conditionSet('all', owner, definitionsPath), any: conditionSet('any', owner, definitionsPath) },
  });

/** The same conditions as a data source reports them: every part computed. */
export const readOnlyConditionsAttribute = (description: string) => {
  const set = (which: 'all' | 'any') =>
    setNestedAttribute({
      computed: true,
      description: which === 'all' ? 'Conditions a ticket must all meet.' : 'Conditions of which a ticket must meet at least one.',
      attributes: {
        field: stringAttribute({ computed: true, description: 'The condition\'s field as the API names it.' }),
        operator: stringAttribute({ computed: true, description: 'The operator as the API names it.' }),
        value: stringAttribute({ computed: true, description: 'The value as the API holds it (null for none).' }),
      },
    });
  return singleNestedAttribute({ computed: true, description, attributes: { all: set('all'), any: set('any') } });
};
