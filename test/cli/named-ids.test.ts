/**
 * Reports name the objects a list of ids refers to, from what the plan JSON holds (prior_state, planned_values,
 * resource_changes, any module): a queue order's queues by their queue resources, a capacity rule's agents by
 * zendesk_agent data sources. An id the plan does not name keeps its bare words; names stay text in every format.
 */
import { driftFromPlan } from '../../src/cli/drift/analyze';
import type { DirectoryResult } from '../../src/cli/drift/check';
import { renderMarkdown } from '../../src/cli/drift/render-markdown';
import { outsideText } from '../../src/cli/drift/markdown-text';
import { renderText } from '../../src/cli/drift/render-text';
import { renderPlanSummary } from '../../src/cli/plan-summary/render';
import type { PlanJson } from '../../src/cli/report/plan-json';
import { markdownSkeleton } from '../support/markup-skeleton';

const PROVIDER = 'registry.terraform.io/zendesk-iac/zendesk';
const BILLING = '01M990RA8GBILLING00000000';
const URGENT = '01M990RA8JURGENT000000000';
const UNKNOWN_QUEUE = '01M990RA8KNOTINPLAN000000';

type Resource = { address: string; mode: string; type: string; name: string; values: Record<string, unknown> };
const queue = (name: string, id: string, label = name.toLowerCase()): Resource => ({ address: `zendesk_omnichannel_queue.${label}`, mode: 'managed', type: 'zendesk_omnichannel_queue', name: label, values: { id, name } });
const agent = (values: Record<string, unknown>): Resource => ({ address: 'data.zendesk_agent.ann', mode: 'data', type: 'zendesk_agent', name: 'ann', values });

interface Sources {
  state?: Resource[];
  childState?: Resource[];
  planned?: Resource[];
  renamed?: Resource[];
}

/** A plan changing `type`'s list `attribute` from `before` to `after` (Zendesk changed it: resource_drift), with the objects of `sources`. */
function planOf(type: string, attribute: string, before: unknown[], after: unknown[], sources: Sources): PlanJson {
  const values = (list: unknown[]) => ({ id: 'acme', [attribute]: list });
  const rc = (b: unknown[], a: unknown[]) => ({ address: `${type}.this`, mode: 'managed', type, name: 'this', provider_name: PROVIDER, change: { actions: ['update'], before: values(b), after: values(a) } });
  const renames = (sources.renamed ?? []).map((r) => ({ ...r, provider_name: PROVIDER, change: { actions: ['update'], before: r.values, after: { ...r.values, name: `${String(r.values.name)} EU` } } }));
  return {
    format_version: '1.2',
    prior_state: { values: { root_module: { resources: [...(sources.state ?? []), ...(sources.renamed ?? [])], child_modules: [{ resources: sources.childState ?? [] }] } } },
    planned_values: { root_module: { resources: sources.planned ?? [] } },
    resource_drift: [rc(after, before)],
    resource_changes: [rc(before, after), ...renames],
  } as unknown as PlanJson;
}

const ORDER = 'zendesk_omnichannel_queue_order';
const RULE = 'zendesk_capacity_rule';

const queues = (first: string, second: string) => `Queues' order (first to last): reordered: ${first}; ${second}`;
const agents = (verb: string) => `Agents under the capacity rule: ${verb} agent`;

/** The case, its plan, what drift says (Zendesk's change: the plan's after → before), what the plan summary says. */
const rows: Array<[string, PlanJson, string, string]> = [
  ['queues named by the state, in the root module and a child module', planOf(ORDER, 'queue_ids', [BILLING, URGENT], [URGENT, BILLING], { state: [queue('Billing', BILLING)], childState: [queue('Urgent', URGENT)] }),
    queues(`queue "Billing" (${BILLING})`, `queue "Urgent" (${URGENT})`), queues(`queue "Urgent" (${URGENT})`, `queue "Billing" (${BILLING})`)],
  ['a queue the plan does not hold keeps its id alone', planOf(ORDER, 'queue_ids', [BILLING, UNKNOWN_QUEUE], [UNKNOWN_QUEUE, BILLING], { planned: [queue('Billing', BILLING)] }),
    queues(`queue "Billing" (${BILLING})`, `queue ${UNKNOWN_QUEUE}`), queues(`queue ${UNKNOWN_QUEUE}`, `queue "Billing" (${BILLING})`)],
  ['a queue renamed in the same plan reads by its planned name', planOf(ORDER, 'queue_ids', [BILLING, URGENT], [URGENT, BILLING], { renamed: [queue('Billing', BILLING)], state: [queue('Urgent', URGENT)] }),
    queues(`queue "Billing EU" (${BILLING})`, `queue "Urgent" (${URGENT})`), queues(`queue "Urgent" (${URGENT})`, `queue "Billing EU" (${BILLING})`)],
  ['no queue in the plan: the words of before', planOf(ORDER, 'queue_ids', [BILLING, URGENT], [URGENT, BILLING], {}),
    queues(`queue ${BILLING}`, `queue ${URGENT}`), queues(`queue ${URGENT}`, `queue ${BILLING}`)],
  ["an agent named by a zendesk_agent data source (its id as text, the rule's as a number)", planOf(RULE, 'agent_ids', [7], [7, 13], { state: [agent({ id: '13', name: 'Ann Lee', email: 'ann@example.com' })] }),
    `${agents('removed')} "Ann Lee" (13)`, `${agents('added')} "Ann Lee" (13)`],
  ['an agent data source with an email only', planOf(RULE, 'agent_ids', [7], [7, 13], { state: [agent({ id: 13, name: null, email: 'ann@example.com' })] }),
    `${agents('removed')} "ann@example.com" (13)`, `${agents('added')} "ann@example.com" (13)`],
  ["another type's object of the same id names no agent", planOf(RULE, 'agent_ids', [7], [7, 13], { state: [queue('Billing', '13')] }),
    `${agents('removed')} 13`, `${agents('added')} 13`],
]; // prettier-ignore

it.each(rows)('drift names the objects of ids: %s', (_, plan, drift) => {
  const [attribute] = driftFromPlan(plan).drifted[0].attributes;
  expect(attribute.description).toBe(drift);
});

it.each(rows)('plan-summary names the objects of ids: %s', (_, plan, _drift, summary) => {
  expect(renderPlanSummary(plan, { marker: false }).split('\n')).toContain(`  - ${summary}`);
});

describe.each([
  ['an image tag', '<img src=x>'],
  ['a pipe', 'Billing | Tier 2'],
])('a queue named with %s stays text', (_, name) => {
  const planWith = (n: string) => planOf(ORDER, 'queue_ids', [BILLING, URGENT], [URGENT, BILLING], { state: [queue(n, BILLING, 'billing'), queue('Urgent', URGENT)] });
  const results = (n: string): DirectoryResult[] => [{ dir: '/ci/acme', name: 'acme', status: 'drift', durationMs: 1, notes: [], ...driftFromPlan(planWith(n)) }];

  it('in the drift report (text: the name as written; Markdown: the same table and markup as a plain name)', () => {
    expect(renderText(results(name))).toContain(`queue ${JSON.stringify(name)} (${BILLING})`);
    const md = renderMarkdown(results(name));
    expect(md.replace(/(`+)[^`][\s\S]*?\1/g, '')).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain(outsideText(`"${name}" (${BILLING})`));
    expect(markdownSkeleton(md)).toEqual(markdownSkeleton(renderMarkdown(results('Billing'))));
  });

  it('in the plan summary', () => {
    const md = renderPlanSummary(planWith(name), { marker: false });
    expect(md.replace(/(`+)[^`][\s\S]*?\1/g, '')).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain(outsideText(`"${name}" (${BILLING})`));
    expect(markdownSkeleton(md)).toEqual(markdownSkeleton(renderPlanSummary(planWith('Billing'), { marker: false })));
  });
});
