import { Diagnostics } from '../../src/framework';
import { reportApiError } from '../../src/provider/api-errors';
import { definitionsAnswer, triggerAnswer, triggerPageAnswer } from '../../src/client/triggers';

const ctx = { method: 'POST', path: '/api/v2/triggers', status: 201, attempts: 1 };
const good = {
  id: 5,
  title: 'T',
  active: true,
  position: 3,
  description: null,
  category_id: 10026,
  conditions: { all: [{ field: 'via_id', operator: 'is', value: 74 }] },
  actions: [{ field: 'notification_user', value: ['requester_id', 'Hi', 'Body'] }],
};

/** What a wrong-shaped answer ends as: the error's field and the diagnostic a user reads. */
function failure(read: () => unknown) {
  try {
    read();
  } catch (err) {
    const diagnostics = new Diagnostics();
    reportApiError(err, diagnostics, 'Creating trigger "T" in "acme"');
    return { field: (err as { field?: string }).field, ...diagnostics.errors[0] };
  }
  throw new Error('expected the decoder to fail');
}

describe('decoding trigger answers', () => {
  it('reads a trigger, normalising what Zendesk may leave out or spell as numbers', () => {
    expect(triggerAnswer({ trigger: good }, ctx)).toEqual({
      ...good,
      category_id: '10026',
      default: false,
      conditions: { all: good.conditions.all, any: [] },
    });
  });

  it.each([
    ['no trigger object', { triggers: [good] }, 'trigger'],
    ['no numeric id', { trigger: { ...good, id: '5' } }, 'trigger.id'],
    ['conditions that are not lists', { trigger: { ...good, conditions: { all: 'status is open' } } }, 'trigger.conditions.all'],
    ['a condition without an operator', { trigger: { ...good, conditions: { all: [{ field: 'status' }] } } }, 'trigger.conditions.all[0].operator'],
    ['actions that are not a list', { trigger: { ...good, actions: {} } }, 'trigger.actions'],
    ['an object as a value', { trigger: { ...good, actions: [{ field: 'status', value: { x: 1 } }] } }, 'trigger.actions[0].value'],
  ])('turns an answer with %s into a clear diagnostic', (_, body, field) => {
    const f = failure(() => triggerAnswer(body, ctx));
    expect(f.field).toBe(field);
    expect(f.summary).toBe('Unexpected answer from the Zendesk API');
    expect(f.detail).toContain(`POST /api/v2/triggers answered 201 with JSON in which ${field}`);
    expect(f.detail).toContain('Nothing in that answer was used');
  });

  it('names a body that is not JSON, or empty', () => {
    expect(failure(() => triggerAnswer('<html>Bad gateway</html>', ctx)).detail).toContain('answered 201 with a body that is not JSON');
    expect(failure(() => triggerAnswer(undefined, ctx)).detail).toContain('answered 201 with an empty body');
  });

  it('checks search pages and definitions', () => {
    const get = { ...ctx, method: 'GET', status: 200 };
    expect(triggerPageAnswer({ triggers: [good], next_page: null }, get).triggers).toHaveLength(1);
    expect(failure(() => triggerPageAnswer({ triggers: [{ ...good, active: 'yes' }] }, get)).field).toBe('triggers[0].active');
    expect(failure(() => definitionsAnswer({ conditions_all: [] }, get)).field).toBe('definitions');
    expect(failure(() => definitionsAnswer({ definitions: { actions: [], conditions_all: [{ title: 'Status' }], conditions_any: [] } }, get)).field).toBe(
      'definitions.conditions_all[0].subject',
    );
    const defs = definitionsAnswer({ definitions: { actions: [], conditions_all: [{ subject: 'group_id', title: 'Group', type: 'list', values: [{ value: 360001, title: 'Support' }] }], conditions_any: [] } }, get);
    expect(defs.conditions_all[0].values).toEqual([{ value: '360001', title: 'Support', enabled: true }]);
  });
});
