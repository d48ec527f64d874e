import { parseBody, sendJson } from '../http';
import type { ApiRequest, Route } from '../context';

/**
 * The lifetimes an access token may ask for: "Must be more than 300 seconds (5 minutes) and less than 172,800
 * seconds (2 days)" and "5 min–48 h" [documented: docs/design/zendesk-api.md#oauth]. ASSUMPTION: both ends are allowed (the two texts
 * disagree on whether they are).
 */
export const MIN_EXPIRES_IN_SECONDS = 300;
export const MAX_EXPIRES_IN_SECONDS = 172_800;

type Lifetime = { seconds?: number } | { error: string };

/** The `expires_in` a grant asks for: absent (the default lifetime), a whole number of seconds in range, or an error. */
function requestedLifetime(value: unknown): Lifetime {
  if (value === undefined || value === null || value === '') return {};
  // A form-encoded body carries it as text, a JSON body as a number.
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(seconds) || seconds < MIN_EXPIRES_IN_SECONDS || seconds > MAX_EXPIRES_IN_SECONDS) {
    return {
      error:
        `expires_in must be a whole number of seconds from ${MIN_EXPIRES_IN_SECONDS} (5 minutes) to ` +
        `${MAX_EXPIRES_IN_SECONDS} (2 days), got ${JSON.stringify(value)}.`,
    };
  }
  return { seconds };
}

/**
 * POST /oauth/tokens, the client credentials grant [documented: docs/design/zendesk-api.md#oauth]. The answer carries expires_in since
 * Zendesk introduced expiring tokens: the lifetime the request asked for, else the default (Zendesk:
 * 30 minutes). A lifetime outside Zendesk's range is refused with 400 invalid_request rather than clamped
 * (ASSUMPTION: Zendesk's answer is undocumented; refusing makes a client's mistake visible). Error bodies follow
 * RFC 6749 §5.2, which Zendesk's OAuth endpoint uses (the descriptions are the emulator's). 200, not the spec's
 * 201: RFC 6749 §5.1, and zendesk/zcli accepts either (ASSUMPTION).
 */
async function issueToken(request: ApiRequest): Promise<void> {
  const body = parseBody(await request.body, request.req.headers['content-type']) ?? {};
  const refuse = (status: number, error: string, description: string) =>
    sendJson(request.res, status, { error, error_description: description }, request.headers);
  if (body.grant_type !== 'client_credentials') return refuse(400, 'unsupported_grant_type', 'Only client_credentials is supported here.');
  const lifetime = requestedLifetime(body.expires_in);
  if ('error' in lifetime) return refuse(400, 'invalid_request', lifetime.error);
  const scope = typeof body.scope === 'string' && body.scope ? body.scope : 'read write';
  const issued = request.auth.issue(request.account, String(body.client_id ?? ''), String(body.client_secret ?? ''), scope, lifetime.seconds);
  if (!issued) return refuse(401, 'invalid_client', 'Client authentication failed due to unknown client or invalid credentials.');
  sendJson(request.res, 200, issued, request.headers);
}

export const oauthRoutes: Route[] = [{ method: 'POST', pattern: /^\/oauth\/tokens$/, public: true, handle: issueToken }];
