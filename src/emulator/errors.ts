import type { ServerResponse } from 'node:http';
import { sendJson } from './http';

/** Zendesk's error bodies [observed: docs/design/zendesk-api.md#error-bodies]. */
export const unauthorized = (res: ServerResponse, headers: Record<string, string | number>) =>
  sendJson(res, 401, { error: "Couldn't authenticate you" }, headers); // [observed: docs/design/zendesk-api.md#error-bodies]

/**
 * A Bearer access token that is expired, revoked, unknown or another account's: the OAuth error of RFC 6750 §3,
 * body [observed: docs/design/zendesk-api.md#error-bodies], with the WWW-Authenticate
 * challenge RFC 6750 §3 asks for (its exact value at Zendesk is unrecorded: ASSUMPTION, no realm).
 * API-token (Basic) failures keep the body above.
 */
export const INVALID_TOKEN_DESCRIPTION = 'The access token provided is expired, revoked, malformed or invalid for other reasons.';
export const invalidToken = (res: ServerResponse, headers: Record<string, string | number>) =>
  sendJson(res, 401, { error: 'invalid_token', error_description: INVALID_TOKEN_DESCRIPTION }, {
    ...headers,
    'WWW-Authenticate': `Bearer error="invalid_token", error_description="${INVALID_TOKEN_DESCRIPTION}"`,
  });

export const invalidEndpoint = (res: ServerResponse, headers: Record<string, string | number>) =>
  sendJson(res, 404, { error: 'InvalidEndpoint', description: 'Not found' }, headers); // [observed: docs/design/zendesk-api.md#error-bodies]

export const recordNotFound = (res: ServerResponse, headers: Record<string, string | number>) =>
  sendJson(res, 404, { error: 'RecordNotFound', description: 'Not found' }, headers); // [observed: docs/design/zendesk-api.md#error-bodies]

export const recordInvalid = (
  res: ServerResponse,
  details: Record<string, { description: string; error?: string }[]>,
  headers: Record<string, string | number>,
) => sendJson(res, 422, { error: 'RecordInvalid', description: 'Record validation errors', details }, headers); // [observed: docs/design/zendesk-api.md#error-bodies]

/** Malformed request bodies: Zendesk's exact answer is not documented; 400 with this shape is an assumption. */
export const badRequest = (res: ServerResponse, description: string, headers: Record<string, string | number>) =>
  sendJson(res, 400, { error: 'InvalidRequest', description }, headers);

/** A default body for an injected fault status, shaped like Zendesk's answer for that status. */
export function faultBody(status: number): unknown {
  if (status === 401) return { error: "Couldn't authenticate you" };
  if (status === 403) return { error: { title: 'Forbidden', message: 'You do not have access to this page.' } };
  if (status === 404) return { error: 'RecordNotFound', description: 'Not found' };
  if (status === 422) return { error: 'RecordInvalid', description: 'Record validation errors', details: {} };
  return { error: 'ServerError', description: `Injected fault: HTTP ${status}` };
}
