/**
 * zendesk_omnichannel_queue_order's mapping and plan checks, table-driven: what the PATCH sends (listed queues first,
 * the others after them in their order), what the state holds after a read (Zendesk's order up to the last listed
 * queue, so queues added later are no change and an unlisted queue moved ahead is), what a write did not keep, and
 * the plan's diagnostics (unknown IDs named with the queues' names and a suggestion, unlisted queues warned about,
 * IDs known only at apply skipped, a queue listed twice, destroy only forgetting).
 */
import { Diagnostics, UNKNOWN } from '../../src/framework';
import type { ApiQueue } from '../../src/client/queues';
import { fullOrder, knownIds, listedIds, orderToState, repeatedIds, unkeptOrder } from '../../src/provider/omnichannel-queue-order/mapping';
import { checkListedExist, suggestionFor, warnUnlisted } from '../../src/provider/omnichannel-queue-order/plan-check';
import { OmnichannelQueueOrderResource } from '../../src/provider/omnichannel-queue-order/resource';

const A = '01HG80ATNNZK1N7XRFVKX48XD6';
const B = '01HG80ATNNZK1N7XRFVKX48XD7';
const C = '01HG80BBBBZK1N7XRFVKX48XQ1';
const D = '01HG80CCCCZK1N7XRFVKX48XQ2';
const queue = (id: string, name: string) => ({ id, name }) as ApiQueue;
const QUEUES = [queue(A, 'Urgent email'), queue(B, 'Billing'), queue(C, 'Returns')];
const said = (d: Diagnostics) => d.toArray().map((x) => `${x.severity} at ${String(x.path ?? '')}: ${x.summary}: ${x.detail}`);

describe('fullOrder: what PATCH /api/v2/queues/order sends', () => {
  it.each([
    ['every queue listed, in the listed order', [B, A, C], [A, B, C], [B, A, C]],
    ['unlisted queues after the listed ones, in their relative order', [C], [A, B, C], [C, A, B]],
    ['listed ones first even when Zendesk has them last', [B, A], [C, D, A, B], [B, A, C, D]],
  ])('%s', (_case, listed, current, sent) => {
    expect(fullOrder(listed, current)).toEqual(sent);
  });
});

describe("orderToState: the state of Zendesk's order, given the list managed before", () => {
  it.each([
    ['kept as listed: the list itself (no perpetual diff when others follow)', [A, B, C, D], [A, B], [A, B]],
    ['a queue added later, last: no change', [A, B, D], [A, B], [A, B]],
    ['listed ones swapped out of band: the swap shows', [B, A, C], [A, B], [B, A]],
    ['an unlisted queue moved ahead of a listed one: it shows in the list', [A, C, B], [A, B], [A, C, B]],
    ['a listed queue deleted out of band: gone from the list', [B, C], [A, B], [B]],
    ['every listed queue gone: empty', [C, D], [A, B], []],
    ['after an import (no list yet): every queue in order', [C, A, B], null, [C, A, B]],
  ])('%s', (_case, zendesk, prior, state) => {
    expect(orderToState(zendesk, prior)).toEqual(state);
  });

  it('a second read of what a write left plans no change (the state it makes is its own prior)', () => {
    const first = orderToState(fullOrder([C, A], [A, B, C, D]), [C, A]);
    expect(first).toEqual([C, A]);
    expect(orderToState(fullOrder([C, A], [A, B, C, D]), first)).toEqual(first);
  });
});

describe('the planned list, unkept orders and repeats', () => {
  it.each([
    ['known', { queue_ids: [A, B] }, [A, B], [A, B]],
    ['an element known only at apply', { queue_ids: [A, UNKNOWN] }, [A, undefined], undefined],
    ['the whole list known only at apply', { queue_ids: UNKNOWN }, undefined, undefined],
    ['no model', null, undefined, undefined],
  ])('%s', (_case, model, listed, known) => {
    expect(listedIds(model as never)).toEqual(listed);
    expect(knownIds(model as never)).toEqual(known);
  });

  it.each([
    [[A, B], [A, B], []],
    [[A, B], [B, A], [`the order ${A}, ${B} (Zendesk holds ${B}, ${A})`]],
    [undefined, [B], []],
  ])('unkeptOrder(%j, %j)', (planned, held, lost) => {
    expect(unkeptOrder(planned, held)).toEqual(lost);
  });

  it('names each repeated ID once, unknown elements aside', () => {
    expect(repeatedIds([A, B, A, undefined, undefined, B, A])).toEqual([A, B]);
    expect(repeatedIds([A, undefined, B])).toEqual([]);
  });
});

describe('plan checks against the queues', () => {
  it.each([
    ['a typo in an ID: the closest queue, by name and ID', 'O1HG80ATNNZK1N7XRFVKX48XD6', `Did you mean "Urgent email" (${A})?`],
    ["a queue's name instead of its ID: that queue's ID", 'billing', `"billing" is a queue's name: its ID is ${B}`],
    ["a deleted queue's ID, sharing a neighbour's time prefix: no suggestion, the queues there are", '01HG80ATNNZK1N7XRFVKX4ZZZZ', 'Its queues are "Urgent email"'],
    ['nothing close: the queues there are, by name', 'nonsense', `Its queues are "Urgent email" (${A}), "Billing" (${B}), "Returns" (${C}).`],
  ])('%s', (_case, wrong, help) => {
    expect(suggestionFor(wrong, QUEUES)).toContain(help);
  });

  it('says when the account has no queues', () => {
    expect(suggestionFor('x', [])).toBe('It has no custom queues yet.');
  });

  it('errors on each listed ID that is no queue, on its element; unknown elements are not checked', () => {
    const diagnostics = new Diagnostics();
    checkListedExist([A, undefined, 'billing', D], QUEUES, 'acme', diagnostics);
    expect(said(diagnostics)).toEqual([
      expect.stringMatching(/^error at queue_ids\[2\]: Not a queue of this account: Account "acme" has no queue with the ID "billing" .*its ID is 01HG80ATNNZK1N7XRFVKX48XD7/),
      expect.stringMatching(/^error at queue_ids\[3\]: Not a queue of this account: .*"01HG80CCCCZK1N7XRFVKX48XQ2".*Its queues are /),
    ]);
  });

  it.each([
    ['every queue listed: no warning', [A, B, C], []],
    ['one left out: named, placed after the listed ones', [B, A], [`warning at queue_ids: 1 queue of the account not listed: placed after the listed ones: Zendesk orders every queue of "acme" at once, so the queues not in queue_ids keep their relative order after the listed ones: "Returns" (${C}). New tickets enter them only when no listed queue's conditions match. List them in queue_ids to place them yourself.`]],
    ['with an ID known only at apply: said to be possibly among them', [A, undefined], [expect.stringContaining('2 queues of the account not listed') as unknown as string]],
  ])('%s', (_case, listed, warnings) => {
    const diagnostics = new Diagnostics();
    warnUnlisted(listed, QUEUES, 'acme', diagnostics);
    expect(said(diagnostics)).toEqual(warnings);
    if (listed.includes(undefined)) expect(said(diagnostics)[0]).toContain('(unless one of them is an ID known only at apply)');
  });
});

describe('the resource without an account', () => {
  const resource = new OmnichannelQueueOrderResource();

  it.each([
    ['a queue listed twice', [A, B, A], [`error at queue_ids: A queue listed twice: The queue "${A}" is in queue_ids more than once; a queue has one place in the order: keep the one where it belongs.`]],
    ['an empty list', [], ['error at queue_ids: No queue listed: List at least one queue ID in queue_ids, first to last; to stop managing the order, remove the resource.']],
    ['IDs known only at apply are not repeats', [UNKNOWN, UNKNOWN], []],
  ])('validateConfig: %s', (_case, ids, errors) => {
    const diagnostics = new Diagnostics();
    resource.validateConfig({ config: { id: null, queue_ids: ids } } as never, diagnostics);
    expect(said(diagnostics)).toEqual(errors);
  });

  it('plans a destroy with a warning that it only forgets the order', async () => {
    const resp = { diagnostics: new Diagnostics() };
    await resource.modifyPlan({ plan: null, state: { id: 'acme', queue_ids: [A] }, config: null, private: {} } as never, resp as never);
    expect(said(resp.diagnostics)).toEqual([expect.stringMatching(/^warning at : Destroying the queue order only forgets it: Zendesk keeps the queues of "acme" in the order they are in/)]);
  });
});
