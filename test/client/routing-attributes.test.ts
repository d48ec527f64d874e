/**
 * The routing attribute (skills) calls: the paths and bodies they send, a value's conditions read with the provider's
 * `field` key and sent with the API's `subject`, the definitions answer without actions, and answers of another
 * shape becoming the client's error naming the part that was wrong.
 */
import type { ZendeskClient } from '../../src/client/client';
import {
  createAttributeValue,
  getAttributeDefinitions,
  getAttributeValue,
  getRoutingAttribute,
  listAttributeValues,
  updateAttributeValue,
} from '../../src/client/routing-attributes';

const ATTRIBUTE = '468ffec1-f80c-11eb-8231-51714e7ee9ec';
const VALUE = '5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da';

/** A client answering every call with `data`, recording what was asked. */
function answering(data: unknown, status = 200) {
  const asked: { method: string; path: string; body?: unknown }[] = [];
  const client: Pick<ZendeskClient, 'requestWithResponse'> = {
    requestWithResponse: (async (method: string, path: string, options: { body?: unknown } = {}) => {
      asked.push({ method, path, body: options.body });
      return { status, headers: {}, data, attempts: 1 };
    }) as ZendeskClient['requestWithResponse'],
  };
  return { client, asked };
}

/** As recorded from a real account: a value whose conditions name their subject `subject`. */
const recordedValue = {
  url: `https://x.zendesk.com/api/v2/routing/attributes/${ATTRIBUTE}/values/${VALUE}.json`,
  id: VALUE,
  name: 'German',
  conditions: { all: [{ subject: 'locale_id', operator: 'is', value: 8 }], any: [] },
};

describe('routing attribute calls', () => {
  it('reads a value with the conditions keyed `field`, whatever spelling the value has', async () => {
    const { client, asked } = answering({ attribute_value: recordedValue });
    await expect(getAttributeValue(client, ATTRIBUTE, VALUE)).resolves.toEqual({
      id: VALUE, name: 'German', conditions: { all: [{ field: 'locale_id', operator: 'is', value: 8 }], any: [] },
    });
    expect(asked).toEqual([{ method: 'GET', path: `/api/v2/routing/attributes/${ATTRIBUTE}/values/${VALUE}`, body: undefined }]);
  });

  it('reads a value created without conditions as having none', async () => {
    const { client } = answering({ attribute_values: [{ id: VALUE, name: 'French' }] });
    await expect(listAttributeValues(client, ATTRIBUTE)).resolves.toEqual([{ id: VALUE, name: 'French', conditions: null }]);
  });

  it.each([
    ['create', 'POST', `/api/v2/routing/attributes/${ATTRIBUTE}/values`, (c: Pick<ZendeskClient, 'requestWithResponse'>) =>
      createAttributeValue(c, ATTRIBUTE, { name: 'German', conditions: { all: [{ field: 'locale_id', operator: 'is', value: '8' }], any: [{ field: 'status', operator: 'present' }] } })],
    ['update', 'PATCH', `/api/v2/routing/attributes/${ATTRIBUTE}/values/${VALUE}`, (c: Pick<ZendeskClient, 'requestWithResponse'>) =>
      updateAttributeValue(c, ATTRIBUTE, VALUE, { name: 'German', conditions: { all: [{ field: 'locale_id', operator: 'is', value: '8' }], any: [{ field: 'status', operator: 'present' }] } })],
  ])('sends a value %s with the API\'s `subject`, wrapped in attribute_value', async (_what, method, path, send) => {
    const { client, asked } = answering({ attribute_value: recordedValue });
    await send(client);
    expect(asked).toEqual([{
      method, path,
      body: { attribute_value: { name: 'German', conditions: { all: [{ subject: 'locale_id', operator: 'is', value: '8' }], any: [{ subject: 'status', operator: 'present' }] } } },
    }]);
  });

  it('reads the definitions, which have conditions only', async () => {
    const definition = { subject: 'status', title: 'Status', type: 'list', operators: [{ value: 'is', title: 'Is' }], values: [{ value: 'open', title: 'Open' }] };
    const { client } = answering({ definitions: { conditions_all: [definition], conditions_any: [] } });
    const read = await getAttributeDefinitions(client);
    expect(read.actions).toEqual([]);
    expect(read.conditions_all.map((d) => d.subject)).toEqual(['status']);
  });

  it.each([
    ['an attribute without a name', () => getRoutingAttribute(answering({ attribute: { id: ATTRIBUTE } }).client, ATTRIBUTE), 'attribute.name is not a string'],
    ['a condition without a subject', () => getAttributeValue(answering({ attribute_value: { id: VALUE, name: 'x', conditions: { all: [{ field: 'status', operator: 'is' }] } } }).client, ATTRIBUTE, VALUE), 'attribute_value.conditions.all[0].subject'],
    ['definitions that are a list', () => getAttributeDefinitions(answering({ definitions: [] }).client), 'definitions is missing or not an object (got a list)'],
    ['a page of HTML', () => getRoutingAttribute(answering('<html>').client, ATTRIBUTE), 'a body that is not JSON'],
  ])('turns %s into an error naming the part that was wrong', async (_what, call, words) => {
    await expect(call()).rejects.toMatchObject({ name: 'ZendeskResponseError', message: expect.stringContaining(words) });
  });
});
