import type { TriggerDefinitions } from '../../src/client/triggers';
import { inspectRules } from '../../src/provider/trigger/check';
import { DefinitionIndex } from '../../src/provider/trigger/definitions-index';
import type { ConfiguredRules } from '../../src/provider/trigger/mapping';
import type { ConfiguredItem } from '../../src/provider/trigger/resolve';
import { closest, editDistance } from '../../src/provider/trigger/suggest';

const op = (value: string, title: string, terminal = false) => ({ value, title, terminal });
const vals = (...pairs: [string, string][]) => pairs.map(([value, title]) => ({ value, title }));
const STATUS_OPERATORS = [op('is', 'Is'), op('is_not', 'Is not'), op('changed', 'Changed', true), op('value', 'Changed to')];

/** A small account: the shapes of GET /api/v2/triggers/definitions, nothing more. */
const defs: TriggerDefinitions = {
  conditions_all: [
    { subject: 'status', title: 'Status', type: 'list', operators: STATUS_OPERATORS, values: vals(['open', 'Open'], ['solved', 'Solved']) },
    { subject: 'role', title: 'Current user', type: 'list', operators: STATUS_OPERATORS.slice(0, 2), values: vals(['end_user', 'End user'], ['agent', 'Agent']) },
    { subject: 'comment_includes_word', title: 'Comment text', type: 'text', operators: [op('includes', 'Contains at least one of the following words')] },
    { subject: 'custom_status_id', title: 'Ticket status', type: 'list', operators: [op('includes', 'Includes')], values: vals(['11', 'Open'], ['12', 'Pending']) },
    { subject: 'group_id', title: 'Group', type: 'list', nullable: true, operators: STATUS_OPERATORS, values: vals(['__NULL__', '-'], ['1500002894482', 'Support']) },
  ],
  conditions_any: [
    { subject: 'status', title: 'Status', type: 'list', operators: STATUS_OPERATORS, nullable: true },
    { subject: 'comment_includes_word', title: 'Comment text', type: 'text', operators: [op('includes', 'Contains at least one of the following words')] },
  ],
  actions: [
    { subject: 'notification_user', title: 'Email user', type: 'email' },
    { subject: 'status', title: 'Status', type: 'list', values: vals(['open', 'Open'], ['solved', 'Solved']) },
  ],
};

const item = (fields: Partial<ConfiguredItem>): ConfiguredItem => ({ field: null, field_title: null, value: null, values: null, value_title: null, ...fields });
const rules = (r: Partial<ConfiguredRules>): ConfiguredRules => ({ all: [], any: [], actions: [], ...r });
const inspect = (r: Partial<ConfiguredRules>) => inspectRules(rules(r), DefinitionIndex.of(defs), 'acme');
const only = (r: Partial<ConfiguredRules>) => {
  const { findings } = inspect(r);
  expect(findings).toHaveLength(1);
  return { ...findings[0], path: findings[0].path.toString() };
};

describe('checking conditions and actions against the definitions', () => {
  it('sends "(none)" on a field that may be empty as "", as real triggers hold it, and no value with an operator that takes none', () => {
    const { findings, resolved } = inspect({
      all: [item({ field: 'group_id', operator: 'is_not' }), item({ field: 'group_id', operator: 'is', value: '' }), item({ field: 'group_id', operator: 'changed' })],
    });
    expect(findings).toEqual([]);
    expect(resolved.all.map((r) => r.value)).toEqual(['', '', null]);
  });

  it('accepts what the definitions allow and resolves titles', () => {
    const { findings, resolved } = inspect({
      all: [item({ field: 'status', operator: 'is_not', value: 'solved' }), item({ field_title: 'current user', operator: 'is', value_title: 'End user' })],
      any: [item({ field: 'status', operator: 'value', value: 'open' }), item({ field: 'comment_includes_word', operator: 'includes', value: 'refund' })],
      actions: [item({ field: 'notification_user', values: ['requester_id', 'Hi', 'Body'] })],
    });
    expect(findings).toEqual([]);
    expect(resolved.all[1]).toEqual({ field: 'role', operator: 'is', value: 'end_user' });
    expect(resolved.actions[0]).toEqual({ field: 'notification_user', value: ['requester_id', 'Hi', 'Body'] });
  });

  it('fails a misspelt field at its set of conditions, naming the condition, suggesting the closest name', () => {
    const f = only({ all: [item({ field: 'status', operator: 'is', value: 'open' }), item({ field: 'stauts', operator: 'is', value: 'open' })] });
    // A set element has no index terraform maps back to a block: the path stops at the set, the detail names it.
    expect(f).toMatchObject({ severity: 'error', path: 'conditions.all', summary: 'Unknown trigger ALL condition field' });
    expect(f.detail).toMatch(/^In the ALL condition field = "stauts", operator = "is", value = "open": /);
    expect(f.detail).toContain('Did you mean "status" (Status)?');
  });

  it('explains a field named by its title, and a field of another list', () => {
    expect(only({ all: [item({ field: 'Current user', operator: 'is', value: 'agent' })] }).detail).toContain('write field = "role" (or field_title = "Current user")');
    expect(only({ any: [item({ field: 'role', operator: 'is', value: 'agent' })] }).detail).toContain('"role" is defined as an ALL condition field only.');
  });

  it('suggests titles for field_title and value_title', () => {
    expect(only({ all: [item({ field_title: 'Stattus', operator: 'is', value: 'open' })] }).detail).toContain('Did you mean "Status"?');
    const value = only({ any: [item({ field: 'status', operator: 'is', value_title: 'Solvd' })] });
    expect(value).toMatchObject({ path: 'conditions.any', summary: 'Unknown trigger value title' });
    expect(value.detail).toMatch(/^In the ANY condition field = "status", operator = "is", value_title = "Solvd": /);
    expect(value.detail).toContain('did you mean "Solved"?'); // ANY definitions have no values: they come from ALL
  });

  it('checks operators, by value and by title', () => {
    const byTitle = only({ all: [item({ field: 'status', operator: 'changed_to', value: 'open' })] });
    expect(byTitle).toMatchObject({ path: 'conditions.all', summary: 'Unknown trigger condition operator' });
    expect(byTitle.detail).toContain('did you mean "value" (Changed to)?');
    expect(only({ all: [item({ field: 'status', operator: 'isnot', value: 'open' })] }).detail).toContain('did you mean "is_not" (Is not)?');
  });

  it('checks enumerated values (first element of a list), and never free text or terminal operators', () => {
    expect(only({ all: [item({ field: 'status', operator: 'is', value: 'solvd' })] }).detail).toContain('Did you mean "solved" (Solved)?');
    expect(only({ all: [item({ field: 'status', operator: 'is', value: 'Solved' })] }).detail).toContain('write value = "solved" (or value_title = "Solved")');
    expect(only({ actions: [item({ field: 'status', value: 'pending' })] }).path).toBe('actions[0].value');
    expect(only({ all: [item({ field: 'custom_status_id', operator: 'includes', values: ['13', '11'] })] })).toMatchObject({
      path: 'conditions.all',
      detail: expect.stringContaining('In the ALL condition field = "custom_status_id", operator = "includes", values = ["13","11"]: '),
    });
    expect(inspect({ all: [item({ field: 'custom_status_id', operator: 'includes', values: ['11', 'anything'] })] }).findings).toEqual([]);
    expect(inspect({ all: [item({ field: 'status', operator: 'changed', value: 'whatever' })] }).findings).toEqual([]);
    expect(inspect({ all: [item({ field: 'comment_includes_word', operator: 'includes', value: 'any words at all' })] }).findings).toEqual([]);
  });

  it('treats a missing conditional title or field as "may appear later"', () => {
    const title = only({ any: [item({ field_title: 'Messaging session ended reason', operator: 'value', value_title: 'Ended by agent' })] });
    const field = only({ any: [item({ field: 'messaging_session_ended_reason', operator: 'value', value: 'ended_by_agent' })] });
    for (const f of [title, field]) {
      expect(f.mayAppearLater).toBe(true);
      expect(f.detail).toContain('agents_can_end_sessions = true');
    }
  });

  it('leaves items with values unknown at plan time for the apply', () => {
    expect(inspect({ all: [item({ field: 'stauts', operator: 'is', partlyUnknown: true })] }).findings).toEqual([]);
  });
});

describe('value = jsonencode([...])', () => {
  it('is an error for a field that does not take free text, quoting the values line', () => {
    const f = only({ actions: [item({ field: 'notification_user', value: JSON.stringify(['requester_id', 'Dear my customer', 'Hi ${name} {{ticket.id}}']) })] });
    expect(f).toMatchObject({ severity: 'error', path: 'actions[0].value', summary: 'Multi-value item written as a JSON string' });
    expect(f.detail).toContain('values = ["requester_id", "Dear my customer", "Hi $${name} {{ticket.id}}"]');
    // A heredoc of pretty-printed JSON is the same mistake.
    expect(only({ actions: [item({ field: 'notification_user', value: '[\n  "requester_id",\n  "Hi"\n]\n' })] }).severity).toBe('error');
  });

  it('suggests a plain value for a list of one', () => {
    expect(only({ actions: [item({ field: 'status', value: '["solved"]' })] }).detail).toContain('write:\n  value = "solved"');
  });

  it('is a warning for a free-text field: legal literal text', () => {
    const f = only({ all: [item({ field: 'comment_includes_word', operator: 'includes', value: '["refund","invoice"]' })] });
    expect(f).toMatchObject({ severity: 'warning', summary: 'JSON list will be sent as text' });
    expect(f.detail).toContain('values = ["refund", "invoice"]');
  });

  it('leaves text that merely starts with a bracket alone', () => {
    expect(inspect({ all: [item({ field: 'comment_includes_word', operator: 'includes', value: '[urgent] please' })] }).findings).toEqual([]);
  });
});

describe('suggestions', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('stauts', 'status')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only likely typos', () => {
    expect(closest('stauts', ['status', 'priority'])).toBe('status');
    expect(closest('Changed to', ['value', 'changed_to'])).toBe('changed_to');
    expect(closest('xyz', ['status', 'priority'])).toBeUndefined();
  });
});
