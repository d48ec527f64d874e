import type { ApiRequest, Route } from '../context';
import { sendJson } from '../http';
import { actorFor, knowsActor } from '../audit/model';

/**
 * GET /api/v2/users/me [documented: docs/design/zendesk-api.md#current-user]: who the credentials act as, with the
 * id the audit log names them by (actor_id), so a client can tell its own writes from other people's. Only the keys
 * this product reads; ASSUMPTION: an OAuth client-credentials token shows the client as its user (no recording
 * shows what Zendesk answers for one).
 */
function me(r: ApiRequest): void {
  const principal = r.principal!;
  // A GET that meets a new actor records it (so its id is the one later entries name); a known one writes nothing.
  const known = r.store.get(r.account);
  const account = knowsActor(known.auditLog, principal) ? known : r.store.update(r.account, (a) => void actorFor(a.auditLog, principal));
  const actor = actorFor(account.auditLog, principal);
  // An OAuth client has no email address: the key is left out (the spec types email as a string, never null).
  const email = principal.kind === 'user' ? { email: principal.email } : {};
  const root = `http://${r.req.headers.host ?? '127.0.0.1'}/${r.account}`;
  sendJson(r.res, 200, { user: { id: actor.id, url: `${root}/api/v2/users/${actor.id}.json`, name: actor.name, ...email, role: 'admin' } }, r.headers);
}

export const userRoutes: Route[] = [{ method: 'GET', pattern: /^\/api\/v2\/users\/me(?:\.json)?$/, handle: me }];
