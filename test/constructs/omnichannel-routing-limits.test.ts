/**
 * OmnichannelRouting's synth-time limits (routing-limits.ts) are the provider schemas' validators: a range changed
 * on one side only fails here. The construct library cannot load the schemas (they load the plugin framework).
 */
import { capacityRuleSchema } from '../../src/provider/capacity-rule/schema';
import { customTicketStatusSchema } from '../../src/provider/custom-ticket-status/schema';
import { omnichannelQueueSchema } from '../../src/provider/omnichannel-queue/schema';
import { routingAttributeSchema } from '../../src/provider/routing-attribute/schema';
import { routingAttributeValueSchema } from '../../src/provider/routing-attribute-value/schema';
import { STATUS_CATEGORIES } from '../../src/client/custom-statuses';
import { CAPACITY_LIMITS, NAME_LENGTH, QUEUE_PRIORITY, STATUS_LABEL_LENGTH } from '../../src/constructs/routing-limits';
import { TicketStatusCategory } from '../../src/constructs';

type WithValidators = { validators?: readonly { description: string }[] };
const rulesOf = (attribute: unknown) => ((attribute as WithValidators).validators ?? []).map((v) => v.description);
const range = ({ min, max }: { min: number; max: number }) => (max === Number.MAX_SAFE_INTEGER ? `Must be at least ${min}.` : `Must be between ${min} and ${max}.`);
const length = ({ min, max }: { min: number; max: number }) => `Must be between ${min} and ${max} characters long.`;

describe("OmnichannelRouting's limits are the provider schemas'", () => {
  const channels = (capacityRuleSchema.attributes.capacities as unknown as { attributes: Record<string, unknown> }).attributes;

  it.each(Object.entries(CAPACITY_LIMITS))('capacities.%s', (channel, limits) => {
    expect(rulesOf(channels[channel])).toEqual([range(limits)]);
  });

  it('has a limit for each channel of the schema, and no other', () => {
    expect(Object.keys(CAPACITY_LIMITS).sort()).toEqual(Object.keys(channels).sort());
  });

  it.each([
    ['capacity rule name', capacityRuleSchema.attributes.name, length(NAME_LENGTH)],
    ['queue name', omnichannelQueueSchema.attributes.name, length(NAME_LENGTH)],
    ['queue priority', omnichannelQueueSchema.attributes.priority, range(QUEUE_PRIORITY)],
    ['status agent label', customTicketStatusSchema.attributes.agent_label, length(STATUS_LABEL_LENGTH)],
    ['status end-user label', customTicketStatusSchema.attributes.end_user_label, length(STATUS_LABEL_LENGTH)],
  ])('%s', (_, attribute, words) => {
    expect(rulesOf(attribute)).toEqual([words]);
  });

  // The construct checks a skill type's and a skill's name for blanks only: a length limit added to a schema must be
  // added to skill-checks.ts too.
  it.each([
    ['skill type name', routingAttributeSchema.attributes.name],
    ['skill name', routingAttributeValueSchema.attributes.name],
  ])('%s: not blank, of any length', (_, attribute) => {
    expect(rulesOf(attribute)).toEqual(['Must be a name that is not blank.']);
  });

  it("has a TicketStatusCategory for each category the schema takes", () => {
    expect(rulesOf(customTicketStatusSchema.attributes.status_category)).toEqual([`Must be one of: ${STATUS_CATEGORIES.map((c) => `"${c}"`).join(', ')}.`]);
    const constants = Object.values(TicketStatusCategory).filter((v) => v instanceof TicketStatusCategory).map((c) => String(c));
    expect(constants.sort()).toEqual([...STATUS_CATEGORIES].sort());
  });
});
