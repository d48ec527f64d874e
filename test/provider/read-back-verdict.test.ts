/**
 * Whether Zendesk kept a written key is decided once, by the writing resource's table (settingsMapping's notKept),
 * and the client lists what it decides: values are read as the attribute's, so Zendesk's additions are no change; a
 * read-back that does not tell the key is left to the refresh, which reports it on the attribute.
 */
import { verifyReadBack } from '../../src/client/settings';
import { notKept as messagingNotKept } from '../../src/provider/messaging-settings/mapping';
import { notKept as routingNotKept } from '../../src/provider/routing-configuration/mapping';

const key = (path: string, value: unknown) => {
  const [section, name] = path.split('.');
  return { section, key: name, value };
};

describe("the messaging settings' verdict", () => {
  it.each([
    ['kept: the same value', key('routing.transform_to_email_enabled', true), true, false],
    ['not kept: Zendesk holds another value', key('routing.transform_to_email_enabled', true), false, true],
    ['untold (missing): the refresh reports it, not the verdict', key('messaging.messaging_end_session', true), undefined, false],
    ['untold (another type): the refresh reports it', key('messaging_inactivity.timeout', 9), '9', false],
    [
      'kept: a reminder list with keys Zendesk adds of its own',
      key('messaging_inactivity.reminders', [{ message: 'a', tags: [] }]),
      [{ message: 'a', tags: [], ticket_status_id: null, id: 'r1' }],
      false,
    ],
    ['not kept: a reminder list Zendesk cut short', key('messaging_inactivity.reminders', [{ message: 'a', tags: [] }, { message: 'b', timeout: 60, ticket_status_id: null, tags: [] }]), [{ message: 'a', tags: [] }], true],
    ['a key of no row: compared as JSON', key('messaging.other', 1), 2, true],
  ])('%s', (_name, sent, actual, expected) => {
    expect(messagingNotKept(sent, actual)).toBe(expected);
  });

  it('the client lists what the verdict decides, and nothing for a key it does not tell', () => {
    const sent = { messaging: { messaging_end_session: true }, messaging_inactivity: { timeout: 9 }, routing: { transform_to_email_enabled: true } };
    const read = { messaging: {}, messaging_inactivity: { timeout: 'nine' }, routing: { transform_to_email_enabled: false } };
    expect(verifyReadBack(sent, read as never, undefined, messagingNotKept).notKept.map((n) => n.path)).toEqual(['routing.transform_to_email_enabled']);
  });
});

it("the routing configuration's verdict reads its own keys", () => {
  expect(routingNotKept(key('routing.reassignment_messaging_timeout', 45), 30)).toBe(true);
  expect(routingNotKept(key('routing.reassignment_messaging_timeout', 45), 45)).toBe(false);
  expect(routingNotKept(key('routing.assignment_method', 'round_robin'), 7)).toBe(false);
});
