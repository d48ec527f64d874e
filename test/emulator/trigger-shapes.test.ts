/**
 * Triggers whose conditions or actions are malformed are refused as Zendesk refuses an invalid trigger (422
 * RecordInvalid, what is wrong under details), never stored in part: before, `{"all": "x", "any": 7}` made a trigger
 * with no conditions, one that would fire on every ticket update.
 */
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

describe('emulator: malformed trigger conditions and actions', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl('shapes')}/api/v2${path}`, { auth: TOKEN, ...init });
  const count = async () => (await api('/triggers')).json().count as number;
  const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
  const ACTIONS = [{ field: 'status', value: 'open' }];
  const invalid = (description: string) => [{ description, error: 'InvalidValue' }];
  const NO_CONDITIONS = [{ description: 'Conditions: a trigger needs at least one condition in all or any', error: 'BlankValue' }];

  it.each([
    ['all and any that are not lists', { conditions: { all: 'x', any: 7 } }, {
      conditions: invalid('Conditions: "all" must be a list of conditions, got "x"').concat(invalid('Conditions: "any" must be a list of conditions, got 7')),
    }],
    ['conditions that are not an object', { conditions: 'priority is urgent' }, { conditions: invalid('Conditions: must be an object with "all" and "any" lists of conditions, got "priority is urgent"') }],
    ['conditions that are a list', { conditions: [URGENT] }, { conditions: invalid(`Conditions: must be an object with "all" and "any" lists of conditions, got [${JSON.stringify(URGENT)}]`) }],
    ['a list other than all and any', { conditions: { all: [URGENT], none: [URGENT] } }, { conditions: invalid('Conditions: only "all" and "any" lists are allowed, got "none"') }],
    ['no conditions', {}, { conditions: NO_CONDITIONS }],
    ['empty all and any', { conditions: { all: [], any: [] } }, { conditions: NO_CONDITIONS }],
    ['a condition that is not an object', { conditions: { all: [7] } }, { base: [{ description: 'Invalid condition 7: a condition is an object with field, operator and value' }] }],
    ['a condition without an operator', { conditions: { all: [{ field: 'priority', value: 'urgent' }] } }, {
      base: [{ description: 'Invalid condition {"field":"priority","value":"urgent"}: field and operator are required' }],
    }],
    ['a condition without a field', { conditions: { any: [{ operator: 'is', value: 'urgent' }] } }, {
      base: [{ description: 'Invalid condition {"operator":"is","value":"urgent"}: field and operator are required' }],
    }],
    ['a condition value that is an object', { conditions: { all: [{ ...URGENT, value: { level: 'urgent' } }] } }, {
      base: [{ description: `Invalid value '{"level":"urgent"}' in 'Priority / Is / {"level":"urgent"}'` }],
    }],
    ['actions that are not a list', { actions: { field: 'status', value: 'open' } }, { actions: invalid('Actions: must be a list of actions, got {"field":"status","value":"open"}') }],
    ['an action that is not an object', { actions: ['status=open'] }, { base: [{ description: 'Invalid action status=open: an action is an object with field and value' }] }],
    ['an action without a field', { actions: [{ value: 'open' }] }, { base: [{ description: 'Invalid action {"value":"open"}: field is required' }] }],
    ['an action value that is an object', { actions: [{ field: 'status', value: { to: 'open' } }] }, { base: [{ description: `Invalid value '{"to":"open"}' in 'Status'` }] }],
    ['a description that is not text', { description: { text: 'x' } }, { description: invalid('Description: must be text, got {"text":"x"}') }],
    ['a category id that is not an id', { category_id: { id: 1 } }, { category_id: invalid('Category: must be a category id, got {"id":1}') }],
  ])('refuses %s with 422 RecordInvalid, creating nothing', async (_case, change, details) => {
    const before = await count();
    const trigger = { title: 'Malformed', conditions: { all: [URGENT] }, actions: ACTIONS, ...change };
    if (!('conditions' in change) && Object.keys(change).length === 0) delete (trigger as Record<string, unknown>).conditions;
    const res = await api('/triggers', { method: 'POST', body: { trigger } });
    expect([res.status, res.json()]).toEqual([422, { error: 'RecordInvalid', description: 'Record validation errors', details }]);
    expect(await count()).toBe(before);
  });

  it('takes a null all or any as an empty list, as go-zendesk sends an empty one', async () => {
    const res = await api('/triggers', { method: 'POST', body: { trigger: { title: 'Nulls', conditions: { all: null, any: [URGENT] }, actions: ACTIONS } } });
    expect(res.status).toBe(201);
    expect(res.json().trigger.conditions).toEqual({ all: [], any: [URGENT] });
  });

  it('refuses an update that leaves no condition or no action, keeping the trigger as it was', async () => {
    const created = (await api('/triggers', { method: 'POST', body: { trigger: { title: 'Kept', conditions: { all: [URGENT] }, actions: ACTIONS } } })).json().trigger;
    for (const trigger of [{ conditions: { all: [], any: [] }, actions: ACTIONS }, { conditions: { all: [URGENT] } }, { conditions: { all: 'x' }, actions: ACTIONS }]) {
      expect({ trigger, status: (await api(`/triggers/${created.id}`, { method: 'PUT', body: { trigger } })).status }).toEqual({ trigger, status: 422 });
    }
    expect((await api(`/triggers/${created.id}`)).json().trigger).toEqual(created);
  });
});
