import { parseBody, sendJson } from '../http';
import type { ApiRequest, Route } from '../context';

/**
 * POST /oauth/tokens, the client credentials grant [DOC OAuth docs]. The
 * response carries expires_in since Zendesk introduced expiring tokens
 * (HC 9182123625370). Error bodies follow RFC 6749 §5.2, which Zendesk's
 * OAuth endpoint uses (the exact texts are an assumption).
 */
async function issueToken(request: ApiRequest): Promise<void> {
  const body = parseBody(await request.body, request.req.headers['content-type']) ?? {};
  if (body.grant_type !== 'client_credentials') {
    sendJson(request.res, 400, { error: 'unsupported_grant_type', error_description: 'Only client_credentials is supported here.' }, request.headers);
    return;
  }
  const scope = typeof body.scope === 'string' && body.scope ? body.scope : 'read write';
  const issued = request.auth.issue(request.account, String(body.client_id ?? ''), String(body.client_secret ?? ''), scope);
  if (!issued) {
    sendJson(request.res, 401, { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client or invalid credentials.' }, request.headers);
    return;
  }
  sendJson(request.res, 200, issued, request.headers);
}

export const oauthRoutes: Route[] = [{ method: 'POST', pattern: /^\/oauth\/tokens$/, public: true, handle: issueToken }];
