import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies above this are refused (Zendesk's own limit is unknown; this only protects the emulator). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Zendesk answers JSON as `application/json; charset=UTF-8` [observed: docs/design/zendesk-api.md#response-headers]. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...(text ? { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': Buffer.byteLength(text) } : { 'Content-Length': 0 }),
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string | number> = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Headers on every API response: X-Zendesk-API-Version, x-zendesk-request-id [observed: docs/design/zendesk-api.md#response-headers]. */
export function zendeskHeaders(): Record<string, string> {
  return { 'X-Zendesk-API-Version': 'v2', 'X-Zendesk-Request-Id': randomBytes(8).toString('hex') };
}

/**
 * The X-Zendesk-API-Warn value naming parameters Zendesk removed from a write, in the observed form
 * `Removed Params: Unpermitted parameter keys: '["settings.apps.use", …]'` [observed: docs/design/zendesk-api.md#partial-updates-and-dropped-keys].
 */
export function unpermittedKeysWarning(keys: string[]): string {
  return `Removed Params: Unpermitted parameter keys: '${JSON.stringify(keys)}'`;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** Parses a JSON or form-encoded body; undefined when it is neither. */
export function parseBody(text: string, contentType: string | undefined): Record<string, unknown> | undefined {
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A wait that ends early when `signal` fires (the emulator closing), so no timer outlives close(). */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
