import { stripQuery } from './errors';
import type { Redact } from './redact';
import type { StopReason } from './retry';

/** What an error message about one failed call needs to know about the call (built by the transport). */
export interface FailureContext {
  method: string;
  path: string;
  attempts: number;
  stop: StopReason;
  /** The request went to the OAuth token endpoint (credential problems read differently there). */
  tokenRequest: boolean;
  /** What to say about a 401 for the configured auth kind. */
  rejectedHint: string;
  host: string;
  /** The API root the request went below (no credentials in it), to resolve a relative Location. */
  root: string;
  timeoutMs: number;
  idempotent: boolean;
  redact: Redact;
  /** Sizes of what was sent, never its content: answers about size (413, 431, a reset) name them. */
  sent: { authorizationBytes: number; bodyBytes: number };
  /** What the Authorization header carried, in words ("the OAuth access token"); empty when none was sent. */
  credential: string;
}

/**
 * An Authorization header above this is refused by common front ends with
 * their default settings, usually as a 400: nginx keeps one header line in a
 * large_client_header_buffers buffer of 8 KiB, and Apache's
 * LimitRequestFieldSize is 8190 bytes. (Node's HTTP server, the emulator,
 * refuses a header block over 16 KiB with 431.) Only used to decide whether a
 * message blames the credential's length; nothing is refused because of it.
 */
export const HEADER_LINE_LIMIT_BYTES = 8 * 1024;

export function compose(ctx: Pick<FailureContext, 'method' | 'path' | 'attempts' | 'redact'>, what: string, hint: string): string {
  const tries = ctx.attempts > 1 ? ` after ${ctx.attempts} attempts` : '';
  return ctx.redact(`${ctx.method} ${stripQuery(ctx.path)} failed: ${what}${tries}. ${hint}`);
}

/** Says the credential is too long when the Authorization header was; '' otherwise. */
export function oversizedCredentialNote(ctx: FailureContext, always = false): string {
  const bytes = ctx.sent.authorizationBytes;
  if (!ctx.credential || bytes === 0 || (!always && bytes <= HEADER_LINE_LIMIT_BYTES)) return '';
  return (
    ` The Authorization header was ${bytes} bytes, far more than a Zendesk credential needs: ${ctx.credential} is most ` +
    'likely far too long. Check that the value holds only the token (not a file, a JSON document or several values pasted together).'
  );
}
