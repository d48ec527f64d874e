/**
 * The omnichannel routing part of a live run, in one working directory so that terraform initialises once: the
 * routing configuration (read: adopted; set: the auto-routing tag changed; restored: changed back by terraform),
 * a ticket status (created, updated, deactivated by destroy), a capacity rule (created, changed out of band by the
 * second admin and reported by `zendesk-messaging drift` with who changed it where the audit log says, updated,
 * destroyed) and,
 * where the provider serves them and the sandbox's plan offers them, a queue and a skill (routing attribute and
 * value), each created, updated and destroyed. Every object is named with the run's prefix (routing-objects.ts);
 * whatever a failed step leaves is removed by name afterwards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccountSettings, ZendeskClient } from '../../../src/client';
import { listCapacityRules, updateCapacityRule } from '../../../src/client/capacity-rules';
import { listCustomStatuses } from '../../../src/client/custom-statuses';
import { listQueues } from '../../../src/client/queues';
import { listAttributeValues, listRoutingAttributes } from '../../../src/client/routing-attributes';
import { REQUIRED_PROVIDERS, providerBlock } from '../hcl';
import { type RoutingOffer, removeNamed, routingOffer } from './routing-objects';
import type { LiveWorkdirs } from './workdirs';

export type StepFn = (name: string, body: () => Promise<string>) => Promise<void>;

export interface RoutingFlowContext {
  dirs: LiveWorkdirs;
  /** Terraform's credential: what the provider writes with, and what the run reads back with. */
  client: ZendeskClient;
  /** The second admin's: the out-of-band change, as someone in Admin Center would make it. */
  admin: ZendeskClient;
  baseUrl: string;
  /** The run's prefix, "tf-live-<run id>-". */
  prefix: string;
  /** The settings as the run found them (the routing configuration's tag is read from them). */
  found: AccountSettings;
  step: StepFn;
  /** A part the sandbox or the provider does not offer: one line saying why, no failure. */
  skip: (part: string, why: string) => void;
}

const QUEUE = 'zendesk_omnichannel_queue';
const SKILL = 'zendesk_routing_attribute';
const SKILL_VALUE = 'zendesk_routing_attribute_value';

/** What one version of the configuration sets; `second` is the update. */
interface Version {
  tag: string;
  statusLabel: string;
  messaging: number;
  queueDescription: string;
  skillValue: string;
}

function configOf(ctx: RoutingFlowContext, parts: Parts, v: Version): string {
  const p = ctx.prefix;
  const blocks = [
    `resource "zendesk_routing_configuration" "live" {\n  autorouting_tag = "${v.tag}"\n}`,
    `resource "zendesk_custom_ticket_status" "live" {\n  status_category = "pending"\n  agent_label     = "${v.statusLabel}"\n  end_user_label  = "In progress"\n}`,
    `resource "zendesk_capacity_rule" "live" {\n  name       = "${p}rule"\n  capacities = { email = 1, messaging = ${v.messaging}, voice = 0 }\n}`,
  ];
  if (parts.queueGroupId !== undefined) {
    blocks.push(`resource "${QUEUE}" "live" {\n  name              = "${p}queue"\n  description       = "${v.queueDescription}"\n  primary_group_ids = [${parts.queueGroupId}]\n}`);
  }
  if (parts.skills) {
    blocks.push(`resource "${SKILL}" "live" {\n  name = "${p}skill"\n}`, `resource "${SKILL_VALUE}" "live" {\n  attribute_id = ${SKILL}.live.id\n  name         = "${v.skillValue}"\n}`);
  }
  return REQUIRED_PROVIDERS + providerBlock({ baseUrl: ctx.baseUrl }) + blocks.join('\n') + '\n';
}

/** Which optional parts run: a queue needs the provider's queue resource and a group; skills the resource and Enterprise. */
export interface Parts {
  queueGroupId?: number;
  skills: boolean;
}

export function partsFor(skip: RoutingFlowContext['skip'], served: Set<string>, offer: RoutingOffer): Parts {
  const parts: Parts = { skills: false };
  if (!served.has(QUEUE)) skip(QUEUE, 'the provider under test has no such resource yet');
  else if (offer.groupId === undefined) skip(QUEUE, 'the sandbox has no group for the queue\'s primary group (GET /api/v2/groups answered none)');
  else parts.queueGroupId = offer.groupId;
  if (!served.has(SKILL) || !served.has(SKILL_VALUE)) skip(`${SKILL}(_value)`, 'the provider under test has no such resources yet');
  else if (!offer.skills.ok) skip(`${SKILL}(_value)`, `the sandbox's plan has no skills-based routing (Enterprise only): ${offer.skills.why}`);
  else parts.skills = true;
  return parts;
}

/** What Zendesk holds of the run's objects, in words, failing when it is not `v` (`gone`: after destroy). */
async function holds(ctx: RoutingFlowContext, parts: Parts, v: Version, gone = false): Promise<string> {
  const { client, prefix } = ctx;
  const problems: string[] = [];
  const seen: string[] = [];
  const tag = (await client.getSettings()).routing?.autorouting_tag;
  if (tag !== v.tag) problems.push(`routing.autorouting_tag is ${JSON.stringify(tag)}, not "${v.tag}"`);
  seen.push(`auto-routing tag "${String(tag)}"`);
  const status = (await listCustomStatuses(client)).find((s) => s.agent_label === v.statusLabel);
  if (!status || status.active === gone) problems.push(`ticket status "${v.statusLabel}" is ${status ? (status.active ? 'active' : 'inactive') : 'missing'}`);
  else seen.push(`ticket status "${v.statusLabel}" ${status.active ? 'active' : 'deactivated'}`);
  const rule = (await listCapacityRules(client)).find((r) => r.name === `${prefix}rule`);
  if (gone ? rule : rule?.capacities.messaging !== v.messaging) problems.push(`capacity rule "${prefix}rule" is ${rule ? `there with messaging ${rule.capacities.messaging}` : 'missing'}`);
  else seen.push(gone ? 'capacity rule deleted' : `capacity rule messaging ${v.messaging}`);
  if (parts.queueGroupId !== undefined) {
    const queue = (await listQueues(client)).find((q) => q.name === `${prefix}queue`);
    if (gone ? queue : queue?.description !== v.queueDescription) problems.push(`queue "${prefix}queue" is ${queue ? `there described ${JSON.stringify(queue.description)}` : 'missing'}`);
    else seen.push(gone ? 'queue deleted' : `queue described "${v.queueDescription}"`);
  }
  if (parts.skills) {
    const skill = (await listRoutingAttributes(client)).find((a) => a.name === `${prefix}skill`);
    const values = skill ? (await listAttributeValues(client, skill.id)).map((value) => value.name) : [];
    if (gone ? skill : !values.includes(v.skillValue)) problems.push(`routing attribute "${prefix}skill" is ${skill ? `there with values ${JSON.stringify(values)}` : 'missing'}`);
    else seen.push(gone ? 'skill deleted' : `skill value "${v.skillValue}"`);
  }
  if (problems.length) throw new Error(`Zendesk does not hold what terraform applied: ${problems.join('; ')}`);
  return seen.join(', ');
}

/** The resource types the provider under test serves (`terraform providers schema -json`). */
async function servedTypes(ctx: RoutingFlowContext, dir: string): Promise<Set<string>> {
  const schema = JSON.parse((await ctx.dirs.expect(dir, ['providers', 'schema', '-json'], [0])).stdout) as { provider_schemas?: Record<string, { resource_schemas?: object }> };
  return new Set(Object.values(schema.provider_schemas ?? {}).flatMap((p) => Object.keys(p.resource_schemas ?? {})));
}

export async function routingFlows(ctx: RoutingFlowContext): Promise<void> {
  const foundTag = ctx.found.routing?.autorouting_tag;
  if (typeof foundTag !== 'string') {
    ctx.skip('routing', `the sandbox's settings have no routing section (routing.autorouting_tag is ${JSON.stringify(foundTag)}): omnichannel routing is not on for it`);
    return;
  }
  const first: Version = { tag: `${ctx.prefix}routing`, statusLabel: `${ctx.prefix}status`, messaging: 1, queueDescription: 'made by a live run', skillValue: `${ctx.prefix}value` };
  // The update: every object changes, and the routing configuration's tag goes back to what the run found.
  const second: Version = { tag: foundTag, statusLabel: `${ctx.prefix}status-2`, messaging: 2, queueDescription: 'updated by a live run', skillValue: `${ctx.prefix}value-2` };
  let dir = '';
  let parts: Parts = { skills: false };
  let offer: RoutingOffer | undefined;
  await ctx.step('routing: leftovers of earlier runs removed', async () => {
    offer = await routingOffer(ctx.client);
    return removeNamed(ctx.client, 'tf-live-', offer.skills.ok);
  });
  await ctx.step('routing: create (routing configuration set, ticket status, capacity rule, queue, skill)', async () => {
    dir = await ctx.dirs.workdir('routing', REQUIRED_PROVIDERS + providerBlock({ baseUrl: ctx.baseUrl }));
    parts = partsFor(ctx.skip, await servedTypes(ctx, dir), offer!);
    writeFileSync(join(dir, 'main.tf'), configOf(ctx, parts, first));
    await ctx.dirs.expect(dir, ['apply', '-auto-approve', '-input=false'], [0]);
    return holds(ctx, parts, first);
  });
  await ctx.step('routing: no-op plan', async () => {
    await ctx.dirs.expect(dir, ['plan', '-detailed-exitcode', '-input=false'], [0]);
    return 'plan -detailed-exitcode exited 0 (no changes)';
  });
  await ctx.step('routing: out-of-band change by the second admin, reported by drift', async () => {
    const rule = (await listCapacityRules(ctx.client)).find((r) => r.name === `${ctx.prefix}rule`);
    if (!rule) throw new Error(`no capacity rule named ${ctx.prefix}rule to change`);
    const changed = first.messaging + 4;
    await updateCapacityRule(ctx.admin, rule.id, { capacities: { messaging: changed } });
    const drift = await ctx.dirs.drift(dir);
    const drifted = drift.report.directories.flatMap((d) => d.drifted);
    const found = drifted.find((d) => d.address === 'zendesk_capacity_rule.live')?.attributes.find((a) => a.path === 'capacities.messaging');
    if (drift.code !== 2 || !found || drifted.length !== 1) {
      throw new Error(`zendesk-messaging drift exited ${drift.code} with drifted ${JSON.stringify(drifted.map((d) => d.address))}; expected 2 and zendesk_capacity_rule.live's capacities.messaging alone`);
    }
    // Who changed it needs the audit log (Enterprise): said either way, never a failure.
    const notes = drift.report.directories.flatMap((d) => d.attribution ?? []).map((n) => n.note);
    const who = found.changedBy ? `changed by ${found.changedBy.actor} at ${found.changedBy.at}` : `who changed it not known: ${notes.join('; ') || 'no note'}`;
    return `exit 2: capacities.messaging ${JSON.stringify(found.before)} → ${JSON.stringify(found.after)}; ${who}`;
  });
  // The update's apply also puts the capacity the admin changed back to the configuration's.
  await ctx.step('routing: update (and the routing configuration restored)', async () => {
    writeFileSync(join(dir, 'main.tf'), configOf(ctx, parts, second));
    await ctx.dirs.expect(dir, ['apply', '-auto-approve', '-input=false'], [0]);
    return holds(ctx, parts, second);
  });
  await ctx.step('routing: destroy (the ticket status deactivated, the routing configuration left as found)', async () => {
    await ctx.dirs.expect(dir, ['destroy', '-auto-approve', '-input=false'], [0]);
    return holds(ctx, parts, second, true);
  });
}

/** After the flows, whatever happened: this run's objects removed by name (nothing when destroy did its work). */
export async function removeRunObjects(client: ZendeskClient, prefix: string): Promise<string> {
  const skills = (await routingOffer(client)).skills.ok;
  return removeNamed(client, prefix, skills);
}
