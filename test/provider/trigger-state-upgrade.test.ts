/**
 * zendesk_trigger's state upgrade through the framework server, as Terraform calls it: our own version-0 states
 * pass through, and nukosuke/zendesk's (version 0 too, told apart by shape) become this provider's shape or a
 * diagnostic that names every attribute it cannot read.
 */
import { containerType } from '../../src/framework';
import { FrameworkServer } from '../../src/framework/server/server';
import { DiagnosticSeverity } from '../../src/protocol/tfprotov6/types';
import { decodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { ExactNumber } from '../../src/protocol/tftypes/exact-number';
import type { ObjectValue } from '../../src/protocol/tftypes/value';
import { ZendeskPluginProvider } from '../../src/provider/provider';
import { triggerSchema } from '../../src/provider/trigger/schema';
import { readNukosukeState } from '../support/nukosuke';

const server = new FrameworkServer(new ZendeskPluginProvider({}));
/** What Terraform sends: the stored attributes as JSON text (numbers with every digit). */
const upgrade = (json: string, version = 0) => server.upgradeResourceState({ typeName: 'zendesk_trigger', version, rawState: { json: Buffer.from(json) } });
const upgraded = async (json: string, version = 0) => {
  const resp = await upgrade(json, version);
  return { state: resp.upgradedState ? (decodeDynamicValue(resp.upgradedState, containerType(triggerSchema)) as ObjectValue) : undefined, diagnostics: resp.diagnostics };
};
const theirs = (name: string) => readNukosukeState().resources.find((r) => r.name === name)!.instances[0].attributes;
const item = (fields: Record<string, unknown>) => ({ field_title: null, value: null, values: null, value_title: null, ...fields });

describe('zendesk_trigger state upgrade', () => {
  it('is at schema version 2: 1 so that nukosuke/zendesk states (version 0) reach the provider whole, 2 for conditions as sets', () => {
    expect(triggerSchema.version).toBe(2);
  });

  it('reads a version-1 state (conditions as lists) as it is, each repeated condition once', async () => {
    const open = item({ field: 'status', operator: 'is', value: 'open' });
    const v1 = {
      id: '7',
      title: 'T',
      active: true,
      description: null,
      category_id: '1',
      position: 3,
      on_destroy: 'delete',
      adopt_identical: true,
      conditions: { all: [open, item({ field: 'via_id', operator: 'is', value: '74' }), { ...open }], any: [open] },
      actions: [item({ field: 'current_tags', value: 'x' }), item({ field: 'current_tags', value: 'x' })],
    };
    const { state, diagnostics } = await upgraded(JSON.stringify(v1), 1);
    expect(diagnostics).toEqual([]);
    // Actions are a list still: their repeats are kept.
    expect(state).toEqual({ ...v1, conditions: { all: [open, item({ field: 'via_id', operator: 'is', value: '74' })], any: [open] } });
  });

  it('passes our own version-0 state through unchanged', async () => {
    const ours = {
      id: '7',
      title: 'T',
      active: false,
      description: 'd',
      category_id: '1',
      position: 3,
      on_destroy: 'restore',
      adopt_identical: false,
      conditions: { all: [item({ field: null, field_title: 'Messaging session ended reason', operator: 'value', value_title: 'Ended by agent' })], any: [] },
      actions: [item({ field: 'current_tags', value: 'x' })],
    };
    const { state, diagnostics } = await upgraded(JSON.stringify(ours));
    expect(diagnostics).toEqual([]);
    expect(state).toEqual(ours);
  });

  it("turns nukosuke's state into this provider's shape: blocks into conditions and actions, JSON lists into values, defaults for our own attributes", async () => {
    const { state, diagnostics } = await upgraded(JSON.stringify(theirs('urgent_to_group')));
    expect(diagnostics).toEqual([]);
    expect(state).toEqual({
      id: '360012345602',
      title: 'Notify the group of urgent tickets',
      active: true,
      description: "Emails the ticket's group when an urgent or high priority ticket comes in, and tags it.",
      position: 2,
      category_id: null,
      on_destroy: 'delete',
      adopt_identical: true,
      conditions: {
        all: [item({ field: 'update_type', operator: 'is', value: 'Create' })],
        any: [item({ field: 'priority', operator: 'is', value: 'high' }), item({ field: 'priority', operator: 'is', value: 'urgent' })],
      },
      actions: [
        item({ field: 'current_tags', value: 'escalated' }),
        item({
          field: 'notification_group',
          values: ['group_id', '[{{ticket.id}}] {{ticket.priority}}: {{ticket.title}}', '{{ticket.requester.name}} wrote:\n\n{{ticket.description}}'],
        }),
      ],
    });
  });

  it('reads their empty description as unset, no blocks as no conditions, and keeps every digit of a position', async () => {
    const json = JSON.stringify({ ...theirs('auto_reply'), all: [], any: [], description: '' }).replace('"position":1', '"position":9007199254740993');
    const { state } = await upgraded(json);
    expect(state).toMatchObject({ description: null, conditions: null });
    expect(String(state!.position)).toBe('9007199254740993');
    expect(state!.position).toBeInstanceOf(ExactNumber);
  });

  it('keeps a value of a terminal operator out (Zendesk keeps none), numbers in lists as their digits, and "[" text as text', async () => {
    const { state, diagnostics } = await upgraded(
      JSON.stringify({
        ...theirs('auto_reply'),
        all: [{ field: 'status', operator: 'changed', value: '' }],
        any: [{ field: 'priority', operator: 'is', value: '' }],
        action: [
          { field: 'notification_group', value: '[360000000001,"Subject","Body"]' },
          { field: 'comment_value', value: '[Internal] not JSON' },
          { field: 'notification_user', value: '["requester_id", true, 1.5]' },
        ],
      }),
    );
    expect(diagnostics).toEqual([]);
    expect((state!.conditions as ObjectValue).all).toEqual([item({ field: 'status', operator: 'changed' })]);
    // "" is "(none)", read as no value like every "" Zendesk holds (trigger/resolve.ts normalizeValue): HCL's value = "" plans clean against it.
    expect((state!.conditions as ObjectValue).any).toEqual([item({ field: 'priority', operator: 'is' })]);
    expect(state!.actions).toEqual([
      item({ field: 'notification_group', values: ['360000000001', 'Subject', 'Body'] }),
      item({ field: 'comment_value', value: '[Internal] not JSON' }),
      item({ field: 'notification_user', values: ['requester_id', 'true', '1.5'] }),
    ]);
  });

  it('names every attribute it cannot read in one error, and returns no state', async () => {
    const resp = await upgrade(
      JSON.stringify({
        ...theirs('auto_reply'),
        id: 'abc',
        active: 'yes',
        all: [{ field: 'role', operator: 7, value: 'end_user' }, 'x'],
        action: [{ field: 'notification_user', value: '[["requester_id"], "Subject"]' }, { value: 'x' }],
      }),
    );
    expect(resp.upgradedState).toBeUndefined();
    expect(resp.diagnostics).toHaveLength(1);
    const [error] = resp.diagnostics;
    expect(error.severity).toBe(DiagnosticSeverity.Error);
    expect(error.summary).toBe('Cannot read the nukosuke/zendesk state of a zendesk_trigger');
    expect(error.detail).toContain('The state of trigger abc ("Auto Reply Trigger")');
    for (const problem of [
      'id is "abc", not a numeric trigger ID',
      'active is a string, not true or false',
      'all[0].operator is a number, not a string',
      'all[1] is a string, not a block',
      'action[0].value is a JSON list holding more than strings, numbers and booleans ([["requester_id"], "Subject"])',
      'action[1].field is missing',
    ]) {
      expect(error.detail).toContain(problem);
    }
  });

  it('warns about attributes their schema does not have, and leaves them out', async () => {
    const { state, diagnostics } = await upgraded(JSON.stringify({ ...theirs('auto_reply'), category_id: '360000000123', url: '', timeouts: null }));
    expect(state).toMatchObject({ id: '360012345601', category_id: null });
    expect(diagnostics.map((d) => [d.severity, d.summary])).toEqual([[DiagnosticSeverity.Warning, 'Attributes of the nukosuke/zendesk state not carried over']]);
    expect(diagnostics[0].detail).toContain('zendesk_trigger does not know: category_id.');
  });
});
