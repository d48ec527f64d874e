import { minimalPatch, normalisePatch, parseApiWarn, satisfies, tellsEverySentKey, verifyReadBack } from '../../src/client/settings';

const reminders = [
  { message: 'Still there?', tags: ['r1'] },
  { message: 'Closing soon', timeout: 300, ticket_status_id: null, tags: [] },
];

describe('satisfies', () => {
  it('compares primitives strictly', () => {
    expect(satisfies(true, true)).toBe(true);
    expect(satisfies(false, true)).toBe(false);
    expect(satisfies('5', 5)).toBe(false);
    expect(satisfies(undefined, false)).toBe(false);
  });

  it('lets a desired null match an absent key', () => {
    expect(satisfies(undefined, null)).toBe(true);
    expect(satisfies(null, null)).toBe(true);
    expect(satisfies(0, null)).toBe(false);
  });

  it('compares arrays as wholes, elements in order', () => {
    expect(satisfies(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(satisfies(['b', 'a'], ['a', 'b'])).toBe(false);
    expect(satisfies(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
    expect(satisfies(['a'], ['a', 'b'])).toBe(false);
  });

  it('accepts keys Zendesk adds to objects', () => {
    expect(satisfies({ message: 'x', tags: [], ticket_status_id: null }, { message: 'x', tags: [] })).toBe(true);
    expect(satisfies({ message: 'x' }, { message: 'x', tags: [] })).toBe(false);
  });
});

describe('minimalPatch', () => {
  const current = {
    messaging: { messaging_end_session: false },
    routing: { enabled: true, transform_to_email_enabled: false, autorouting_tag: '' },
    messaging_inactivity: { enabled: true, timeout: 5, ticket_status_id: 8001, end_session: false, reminders },
  };

  it('keeps only keys that differ', () => {
    expect(
      minimalPatch(
        {
          messaging: { messaging_end_session: true },
          routing: { enabled: true, transform_to_email_enabled: false },
          messaging_inactivity: { timeout: 10, end_session: false },
        },
        current,
      ),
    ).toEqual({ messaging: { messaging_end_session: true }, messaging_inactivity: { timeout: 10 } });
  });

  it('sends an array whole when any element differs, and not at all when equal', () => {
    const changed = [reminders[0], { ...reminders[1], timeout: 600 }];
    expect(minimalPatch({ messaging_inactivity: { reminders: changed } }, current)).toEqual({ messaging_inactivity: { reminders: changed } });
    expect(minimalPatch({ messaging_inactivity: { reminders: structuredClone(reminders) } }, current)).toEqual({});
    expect(minimalPatch({ messaging_inactivity: { reminders: [reminders[0]] } }, current)).toEqual({ messaging_inactivity: { reminders: [reminders[0]] } });
  });

  it('is empty for a no-op and sends everything without a current state', () => {
    expect(minimalPatch({ messaging: { messaging_end_session: false } }, current)).toEqual({});
    expect(minimalPatch({ messaging: { messaging_end_session: false } })).toEqual({ messaging: { messaging_end_session: false } });
  });

  it('treats a section or key missing from current as different', () => {
    expect(minimalPatch({ voice: { enabled: false } }, current)).toEqual({ voice: { enabled: false } });
  });

  it('drops undefined keys and empty sections, refuses wrong shapes', () => {
    expect(normalisePatch({ messaging: { messaging_end_session: undefined }, routing: {} })).toEqual({});
    expect(() => normalisePatch({ messaging: true } as never)).toThrow(TypeError);
    expect(() => normalisePatch([] as never)).toThrow(TypeError);
  });
});

describe('X-Zendesk-API-Warn', () => {
  it('parses the "Removed Params" format and drops the settings. prefix', () => {
    const w = parseApiWarn(`Removed Params: Unpermitted parameter keys: '["settings.apps.use", "settings.messaging.messaging_end_session"]'`);
    expect(w).toMatchObject({ unpermitted: ['apps.use', 'messaging.messaging_end_session'], invalid: [] });
  });

  it('parses the Ruby-hash format', () => {
    const w = parseApiWarn(
      '{:allowed_parameters=>{:controller=>"tickets", :action=>"create_many", :unpermitted_keys=>["settings.x.y"], :invalid_values=>["tickets.2.comment"]}}',
    );
    expect(w).toMatchObject({ unpermitted: ['x.y'], invalid: ['tickets.2.comment'] });
  });

  it('keeps an unparseable header as raw text', () => {
    expect(parseApiWarn('something odd')).toEqual({ raw: 'something odd', unpermitted: [], invalid: [] });
    expect(parseApiWarn(undefined)).toBeUndefined();
    expect(parseApiWarn('  ')).toBeUndefined();
  });
});

describe('verifyReadBack', () => {
  const sent = { messaging: { messaging_end_session: true }, routing: { transform_to_email_enabled: true } };

  it('lists nothing when everything was kept', () => {
    const read = { messaging: { messaging_end_session: true }, routing: { transform_to_email_enabled: true, enabled: true } };
    expect(verifyReadBack(sent, read, undefined)).toEqual({ notKept: [], warnings: [] });
  });

  it('lists every key not kept, explained by the warn header where it can be', () => {
    const warning = parseApiWarn(`Removed Params: Unpermitted parameter keys: '["settings.messaging.messaging_end_session"]'`);
    const read = { messaging: {}, routing: { transform_to_email_enabled: false } };
    const { notKept, warnings } = verifyReadBack(sent, read, warning);
    expect(notKept).toEqual([
      { path: 'messaging.messaging_end_session', sent: true, actual: undefined, reason: expect.stringContaining('unpermitted parameter') },
      { path: 'routing.transform_to_email_enabled', sent: true, actual: false, reason: expect.stringContaining('read-back differs') },
    ]);
    expect(warnings).toEqual(['Zendesk removed unpermitted parameters: messaging.messaging_end_session (X-Zendesk-API-Warn).']);
  });

  it('relates a removed parent or child key to the key sent', () => {
    const warning = parseApiWarn(`Removed Params: Unpermitted parameter keys: '["settings.messaging_inactivity.reminders.0.foo"]'`);
    const { notKept } = verifyReadBack({ messaging_inactivity: { reminders: [{ message: 'a', foo: 1 }] } }, { messaging_inactivity: { reminders: [{ message: 'a' }] } }, warning);
    expect(notKept[0].reason).toContain('settings.messaging_inactivity.reminders.0.foo');
  });
});

describe('tellsEverySentKey', () => {
  const sent = { messaging: { messaging_end_session: false }, messaging_inactivity: { timeout: 5, reminders } };
  it.each([
    ['the whole answer', { messaging: { messaging_end_session: true, other: 1 }, messaging_inactivity: { timeout: 7, reminders: [] } }, true],
    ['a missing section', { messaging_inactivity: { timeout: 5, reminders } }, false],
    ['a missing key', { messaging: {}, messaging_inactivity: { timeout: 5, reminders } }, false],
    ['a boolean as a string', { messaging: { messaging_end_session: 'false' }, messaging_inactivity: { timeout: 5, reminders } }, false],
    ['a list as an object', { messaging: { messaging_end_session: false }, messaging_inactivity: { timeout: 5, reminders: {} } }, false],
    ['a section that is a list', { messaging: [], messaging_inactivity: { timeout: 5, reminders } }, false],
    ['null where a value was sent (the read-back judges it)', { messaging: { messaging_end_session: null }, messaging_inactivity: { timeout: 5, reminders } }, true],
  ])('%s', (_name, answer, expected) => {
    expect(tellsEverySentKey(sent, answer as never)).toBe(expected);
  });
});

describe('verifyReadBack with the caller\'s verdict', () => {
  it('lists exactly the keys the judge finds not kept, the default comparing as JSON', () => {
    const sent = { routing: { transform_to_email_enabled: true, enabled: true } };
    const read = { routing: { transform_to_email_enabled: false, enabled: true } };
    const judged: string[] = [];
    const onlyEnabled = (key: { section: string; key: string }) => (judged.push(`${key.section}.${key.key}`), key.key === 'enabled');
    expect(verifyReadBack(sent, read, undefined, onlyEnabled).notKept.map((n) => n.path)).toEqual(['routing.enabled']);
    expect(judged).toEqual(['routing.transform_to_email_enabled', 'routing.enabled']);
    expect(verifyReadBack(sent, read, undefined).notKept.map((n) => n.path)).toEqual(['routing.transform_to_email_enabled']);
  });
});
