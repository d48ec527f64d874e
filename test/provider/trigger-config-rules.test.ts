/**
 * zendesk_trigger's shape rules (rules.ts) and where they point: an action at its index (a list block, so terraform
 * quotes its line), a condition at its set with the condition named (a set element has no line of its own).
 */
import { Diagnostics, type ObjectValue } from '../../src/framework';
import { checkTriggerConfig } from '../../src/provider/trigger/rules';

const item = (fields: Record<string, unknown>) => ({ field: null, field_title: null, value: null, values: null, value_title: null, ...fields });
const findings = (config: Record<string, unknown>) => {
  const diagnostics = new Diagnostics();
  checkTriggerConfig(config as ObjectValue, diagnostics);
  return diagnostics.errors.map((d) => ({ summary: d.summary, path: d.path?.toString(), detail: d.detail }));
};

describe('trigger shape rules', () => {
  it.each([
    [
      'a condition with both field spellings',
      { conditions: { all: [item({ field: 'status', operator: 'is', value: 'open' }), item({ field: 'status', field_title: 'Status', operator: 'is', value: 'open' })], any: [] }, actions: [] },
      { summary: 'Ambiguous ALL condition field', path: 'conditions.all', detail: expect.stringMatching(/^In the ALL condition field = "status", field_title = "Status", operator = "is", value = "open": Each/) },
    ],
    [
      'an ANY condition with empty values',
      { conditions: { all: [], any: [item({ field: 'current_tags', operator: 'includes', values: [] })] }, actions: [] },
      { summary: 'Empty values', path: 'conditions.any', detail: expect.stringMatching(/^In the ANY condition field = "current_tags", operator = "includes", values = \[\]: values needs/) },
    ],
    [
      'an action with two value spellings',
      { conditions: null, actions: [item({ field: 'status', value: 'open' }), item({ field: 'status', value: 'open', value_title: 'Open' })] },
      { summary: 'Ambiguous action value', path: 'actions[1]', detail: expect.stringMatching(/^Set at most one/) },
    ],
  ])('%s', (_, config, expected) => {
    expect(findings(config)).toEqual([expected]);
  });
});
