/**
 * Secret scrubbing for every string the client lets out (error messages,
 * descriptions copied from responses, log lines). Errors are built only from
 * copied facts, so this is the second line of defence: a server (or emulator)
 * that echoes a credential back in an error body must not get it into a
 * Terraform diagnostic.
 */

export const REDACTED = '[REDACTED]';

/** Authorization values and token-shaped fields, whether or not the secret is known. */
const SHAPES: [RegExp, string][] = [
  // Credential-looking words only (a digit or a symbol in them), so prose like "Basic authentication" survives.
  [/\b(Bearer|Basic)(\s+)(?=[A-Za-z0-9._~+/=:-]*[0-9._~+/=:-])[A-Za-z0-9._~+/=:-]{8,}/gi, `$1$2${REDACTED}`],
  [/("?(?:access_token|refresh_token|client_secret|api_token|password|token)"?\s*[:=]\s*"?)[^"&\s,;}]+/gi, `$1${REDACTED}`],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every form a secret may take on the wire: as is, URL-encoded (form bodies, queries) and base64 (Basic auth). */
export function secretVariants(secret: string): string[] {
  if (!secret) return [];
  const variants = new Set([secret, encodeURIComponent(secret), Buffer.from(secret, 'utf8').toString('base64')]);
  return [...variants];
}

export function redact(text: string, secrets: Iterable<string>): string {
  const known = [...new Set([...secrets].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  let out = text;
  // One pass with an alternation (longest first), so a replacement is never scanned again.
  if (known.length > 0) out = out.replace(new RegExp(known.map(escape).join('|'), 'g'), REDACTED);
  for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
  return out;
}

/** A redactor bound to live secret sources (an OAuth strategy mints new access tokens over time). */
export type Redact = (text: string) => string;

export function redactorFor(sources: () => Iterable<string>): Redact {
  return (text) => redact(text, sources());
}
