import { sendJson } from '../http';
import type { ApiRequest, Route } from '../context';

/**
 * GET /api/v2/account: the account the credentials belong to, `{"account": {…}}`. Zendesk does not document it in
 * its API reference; what it answers is observed in public clients, and the emulator answers only those fields:
 * - `sandbox` (boolean, true for a sandbox): salto-io/salto packages/zendesk-adapter/src/client/connection.ts, which
 *   requires `account.sandbox` to be a boolean and treats false as production [observed: docs/design/zendesk-api.md#account];
 * - `name` and `subdomain`: a public OAuth integration reading `{"account": {"name", "subdomain"}}` from
 *   /api/v2/account.json, and a browser extension titling pages with `account.name` [observed: docs/design/zendesk-api.md#account].
 * Other fields real answers may carry (a URL, a time zone, a plan) are left out: no observed answer shows their
 * names and types. The emulator keeps no display name of its own, so `name` is the account's name, as is `subdomain`.
 */
function getAccount(request: ApiRequest): void {
  const account = request.store.get(request.account);
  sendJson(request.res, 200, { account: { name: account.name, subdomain: account.name, sandbox: account.sandbox === true } }, request.headers);
}

export const accountRoutes: Route[] = [{ method: 'GET', pattern: /^\/api\/v2\/account(?:\.json)?$/, handle: getAccount }];
