import { EVIDENCE, OVERRIDES } from './overrides';
import { checkAgainst, contract, specOnly } from './registry';

/**
 * The overrides do what they say: answers shaped like the recorded ones (the shapes, not the recordings) fail
 * Zendesk's spec alone and fit the contract; what no recording shows is refused by the contract.
 */
const trigger = (extra: Record<string, unknown> = {}) => ({
  url: 'https://acme.zendesk.com/api/v2/triggers/360056295714.json',
  id: 360056295714,
  title: 'Notify assignee of comment update',
  active: true,
  updated_at: '2021-05-18T19:00:46Z',
  created_at: '2021-05-18T19:00:46Z',
  actions: [{ field: 'notification_user', value: ['assignee_id', 'Re: {{ticket.title}}', '{{ticket.comments_formatted}}'] }],
  conditions: { all: [{ field: 'assignee_id', operator: 'not_changed', value: null }], any: [] },
  description: null,
  position: 4,
  raw_title: 'Notify assignee of comment update',
  category_id: '1500000362362',
  ...extra,
});
/** A trigger the spec alone accepts (no nulls), to show what the overrides add on top. */
const specTrigger = (extra: Record<string, unknown>) => trigger({ description: 'd', conditions: { all: [], any: [] }, ...extra });
const category = { url: 'https://acme.zendesk.com/api/v2/trigger_categories/1500000362362.json', id: '1500000362362', name: 'Notifications', position: 1, created_at: '2021-05-18T19:00:45Z', updated_at: '2021-05-18T19:00:45Z' };
const emptyPage = { trigger_categories: [], meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { prev: null, next: null } };
const status = { title: 'Status', subject: 'status', type: 'list', group: 'ticket', nullable: false, repeatable: false, operators: [{ value: 'is', title: 'Is', terminal: false }], values: [{ value: 'open', title: 'Open', enabled: true }] };

describe('contract overrides', () => {
  it('all apply to the schema files, each with a reason and evidence', () => {
    expect(() => contract()).not.toThrow();
    for (const o of OVERRIDES) {
      expect(o.why.length).toBeGreaterThan(10);
      expect(o.evidence.length).toBeGreaterThan(10);
    }
    expect(Object.values(EVIDENCE).every((e) => e.length > 20)).toBe(true);
  });

  it.each<[string, string, unknown]>([
    ['a trigger with description and a condition value null', 'TriggerResponse', { trigger: trigger() }],
    ['a boolean condition value', 'TriggerResponse', { trigger: specTrigger({ conditions: { all: [{ field: 'comment_is_public', operator: 'is', value: true }], any: [] } }) }],
    ['an empty cursor page (null links and cursors)', 'ListTriggerCategoriesResponse', emptyPage],
  ])('accept what real answers show and the spec refuses: %s', (_case, schema, body) => {
    expect(checkAgainst(schema, body, specOnly())).not.toEqual([]);
    expect(checkAgainst(schema, body)).toEqual([]);
  });

  it.each<[string, string, unknown, string]>([
    ['a trigger key no recording shows', 'TriggerResponse', { trigger: specTrigger({ brand_id: 1 }) }, '$.trigger: unexpected "brand_id"'],
    ['a trigger without its url', 'TriggerResponse', { trigger: specTrigger({ url: undefined }) }, '$.trigger: missing "url"'],
    ['a category without its url', 'TriggerCategoryResponse', { trigger_category: { ...category, url: undefined } }, '$.trigger_category: missing "url"'],
    ['a cursor page without links', 'ListTriggerCategoriesResponse', { trigger_categories: [category], meta: { has_more: false, after_cursor: 'a', before_cursor: 'b' } }, '$: missing "links"'],
    [
      'a conditions_any definition whose values are not shaped like conditions_all ones',
      'TriggerDefinitionResponse',
      { definitions: { actions: [], conditions_all: [status], conditions_any: [{ ...status, values: [{ value: 1 }] }] } },
      '$.definitions.conditions_any[0].values[0]: missing "title"',
    ],
    ['an offset trigger page with cursor keys', 'TriggersResponse', { triggers: [], count: 0, next_page: null, previous_page: null, meta: {} }, '$: unexpected "meta"'],
  ])('refuse what the spec allows but no real answer shows: %s', (_case, schema, body, problem) => {
    const withoutUndefined = JSON.parse(JSON.stringify(body));
    expect(checkAgainst(schema, withoutUndefined, specOnly())).toEqual([]);
    expect(checkAgainst(schema, withoutUndefined)).toContain(problem);
  });

  it('lists the statuses the emulator answers that the spec does not', () => {
    expect(specOnly().responses['POST /oauth/tokens']).not.toHaveProperty('200');
    expect(contract().responses['POST /oauth/tokens']).toHaveProperty('200', 'OAuthTokenForGrantTypesObject');
    expect(contract().responses['GET /api/v2/triggers']).toHaveProperty(['200 cursor'], 'TriggersCursorResponse');
  });
});
