/**
 * Out-of-band changes of routing objects through the control API, as an admin makes them in Admin Center:
 *   POST   /__emulator/accounts/:name/routing/:kind          {"body": <what the API's create takes>, "actor"?: {…}}
 *   PATCH  /__emulator/accounts/:name/routing/:kind/:id      {"body": <what the API's update takes>, "actor"?: {…}}
 *   DELETE /__emulator/accounts/:name/routing/:kind/:id      {"actor"?: {…}} or no body
 * Admin Center offers what the API accepts, so a change is checked like an API write and answered as the API
 * answers it; the audit log names the actor (default: the account's first admin).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountStore } from '../accounts';
import { sendJson } from '../http';
import type { Principal } from '../audit/model';
import { isActorShape, outOfBandActor } from '../control-triggers';
import { type Outcome, isObject } from './common';
import { createRule, deleteRule, updateRule } from './capacity-rules';
import { createQueue, deleteQueue, updateQueue } from './queues';
import { createStatus, updateStatus } from './custom-statuses';
import { createAttribute, createValue, deleteAttribute, deleteValue, updateAttribute, updateValue } from './attributes';

type Who = { principal: Principal; ip: string };

/** What each kind of routing object allows out of band (custom statuses have no delete, as in Zendesk). */
export interface RoutingKind {
  create: (store: AccountStore, name: string, body: unknown, who: Who) => Outcome;
  update: (store: AccountStore, name: string, id: string, body: unknown, who: Who) => Outcome;
  destroy?: (store: AccountStore, name: string, id: string, who: Who) => Outcome;
}

/** The kinds by name; a skill's values are the kind `attributes/<attribute id>/values`, whose calls name the attribute. */
function routingKinds(attributeId = ''): Record<string, RoutingKind> {
  return {
    'capacity-rules': { create: createRule, update: updateRule, destroy: deleteRule },
    queues: { create: (s, n, b, w) => createQueue(s, n, b, w), update: (s, n, i, b, w) => updateQueue(s, n, i, b, w), destroy: deleteQueue },
    attributes: { create: (s, n, b, w) => createAttribute(s, n, b, w), update: (s, n, i, b, w) => updateAttribute(s, n, i, b, w), destroy: deleteAttribute },
    // No destroy: Zendesk has no delete for statuses; an admin deactivates one.
    'custom-statuses': { create: (s, n, b, w) => createStatus(s, n, b, w), update: (s, n, i, b, w) => updateStatus(s, n, i, b, w) },
    'attributes/:id/values': {
      create: (s, n, b, w) => createValue(s, n, attributeId, b, w),
      update: (s, n, i, b, w) => updateValue(s, n, attributeId, i, b, w),
      destroy: (s, n, i, w) => deleteValue(s, n, attributeId, i, w),
    },
  };
}
export const ROUTING_KIND_NAMES = Object.keys(routingKinds());

const usage = (description: string) => ({ status: 400, body: { error: 'InvalidRequest', description } });

/** Answers a control call under /accounts/:name/routing/…; `rest` is the path after `/routing/`. */
export function handleRoutingControl(req: IncomingMessage, res: ServerResponse, store: AccountStore, name: string, method: string, rest: string, body: Record<string, unknown>): void {
  const parts = rest.split('/');
  const value = parts[0] === 'attributes' && parts[2] === 'values';
  const [kindName, id, ...extra] = value ? ['attributes/:id/values', ...parts.slice(3)] : parts;
  const kind = routingKinds(value ? parts[1] : undefined)[kindName];
  const answer = (o: Outcome) => sendJson(res, o.status, o.body);
  if (!kind || extra.length) return answer({ status: 404, body: { error: 'InvalidEndpoint', description: `No control route ${method} /routing/${rest}; kinds: ${ROUTING_KIND_NAMES.join(', ')}` } });
  const unknownKeys = Object.keys(body).filter((k) => k !== 'body' && k !== 'actor');
  if (unknownKeys.length) return answer(usage(`Unknown key ${unknownKeys.join(', ')}: give {"body": {…}, "actor"?: {"name"?, "email"?, "ipAddress"?}}`));
  if (!isActorShape(body.actor)) return answer(usage('"actor" must be {"name"?: "…", "email"?: "…", "ipAddress"?: "…"} with a name or an email'));
  if ((method === 'POST' || method === 'PATCH') && !isObject(body.body)) return answer(usage('Expected {"body": {…}}: what the API write of this object takes'));
  const who = () => outOfBandActor(store.get(name), body.actor, req);
  if (method === 'POST' && id === undefined) return answer(kind.create(store, name, body.body, who()));
  if (method === 'PATCH' && id) return answer(kind.update(store, name, id, body.body, who()));
  if (method === 'DELETE' && id && kind.destroy) return answer(kind.destroy(store, name, id, who()));
  answer({ status: 404, body: { error: 'InvalidEndpoint', description: `No control route ${method} /routing/${rest}` } });
}
