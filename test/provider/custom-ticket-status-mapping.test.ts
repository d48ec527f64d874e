/**
 * zendesk_custom_ticket_status's mapping between its model and Zendesk's custom status object: server-filled values
 * (an empty description, the end-user label copied from the agent label) never show as a diff, an update clears a
 * description the configuration dropped, a create sends only what is configured; and its attribute map covers the
 * schema, so the CLI has words for every attribute.
 */
import type { ApiCustomStatus } from '../../src/client/custom-statuses';
import { customStatusAnswer, customStatusListAnswer } from '../../src/client/custom-statuses';
import { ZendeskResponseError } from '../../src/client/errors';
import { CUSTOM_STATUS_ATTRIBUTES } from '../../src/provider/custom-ticket-status/attribute-map';
import { createPayload, customStatusToState, unkept, updatePayload } from '../../src/provider/custom-ticket-status/mapping';
import { customTicketStatusSchema } from '../../src/provider/custom-ticket-status/schema';

const HELD: ApiCustomStatus = {
  id: 42,
  status_category: 'pending',
  agent_label: 'Waiting on vendor',
  end_user_label: 'Waiting on vendor',
  description: '',
  end_user_description: '',
  active: true,
  default: false,
};

describe('custom ticket status mapping', () => {
  it("reads Zendesk's empty descriptions as the configuration's unset, and keeps an explicit empty one", () => {
    expect(customStatusToState(HELD, { description: null, end_user_description: null })).toEqual({
      id: '42',
      status_category: 'pending',
      agent_label: 'Waiting on vendor',
      end_user_label: 'Waiting on vendor',
      description: null,
      end_user_description: null,
      active: true,
    });
    expect(customStatusToState(HELD, { description: '', end_user_description: null })).toMatchObject({ description: '', end_user_description: null });
  });

  it('reads a description set out of band as it is (drift), and an end-user label Zendesk left out as the agent label', () => {
    expect(customStatusToState({ ...HELD, description: 'Set in Admin Center', end_user_label: null }, { description: null })).toMatchObject({
      description: 'Set in Admin Center',
      end_user_label: 'Waiting on vendor',
    });
  });

  it('creates with the configured attributes only', () => {
    expect(createPayload({ status_category: 'hold', agent_label: 'Parked', end_user_label: null, description: null, end_user_description: 'We will be back', active: true })).toEqual({
      status_category: 'hold',
      agent_label: 'Parked',
      end_user_description: 'We will be back',
      active: true,
    });
  });

  it('updates without the category (Zendesk keeps it), clearing descriptions the configuration no longer has', () => {
    expect(updatePayload({ status_category: 'hold', agent_label: 'Parked', end_user_label: null, description: null, end_user_description: 'Soon', active: false })).toEqual({
      agent_label: 'Parked',
      description: '',
      end_user_description: 'Soon',
      active: false,
    });
  });

  it('names what a write did not keep, and nothing for what Zendesk filled in', () => {
    const plan = { agent_label: 'Parked', end_user_label: null, description: 'x', end_user_description: null, active: true };
    expect(unkept(plan, { ...plan, end_user_label: 'Parked' })).toEqual([]);
    expect(unkept(plan, { ...plan, description: 'y' })).toEqual(['description = "x" (Zendesk holds "y")']);
  });

  it('has words for every attribute of the schema, in the attribute map', () => {
    expect(CUSTOM_STATUS_ATTRIBUTES.map((a) => a.attribute).sort()).toEqual(Object.keys(customTicketStatusSchema.attributes).sort());
  });
});

describe('custom status answers', () => {
  const ctx = { method: 'GET', path: '/api/v2/custom_statuses/42', status: 200, attempts: 1 };

  it('decodes a status, and a list', () => {
    expect(customStatusAnswer({ custom_status: { ...HELD, raw_agent_label: 'x', url: 'u' } }, ctx)).toEqual(HELD);
    expect(customStatusListAnswer({ custom_statuses: [HELD] }, ctx)).toEqual([HELD]);
  });

  it.each([
    [{ custom_status: { ...HELD, status_category: 'closed' } }, 'custom_status.status_category is not one of new, open, pending, hold, solved (got "closed")'],
    [{ custom_status: { ...HELD, id: '42' } }, 'custom_status.id is not a numeric ID (got a string)'],
    ['<html>', 'a body that is not JSON'],
    [{ custom_statuses: {} }, 'custom_statuses is not a list (got an object)'],
  ])('refuses an answer of another shape with words that say what was wrong: %j', (body, words) => {
    const decode = typeof body === 'object' && 'custom_statuses' in body ? customStatusListAnswer : customStatusAnswer;
    let error: unknown;
    try {
      decode(body, ctx);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ZendeskResponseError);
    expect((error as Error).message).toContain(words);
  });
});
