/**
 * Secret scrubbing for every string the client lets out (error messages,
 * descriptions copied from responses, log lines). Errors are built only from
 * copied facts, so this is the second line of defence: a server (or emulator)
 * that echoes a credential back in an error body must not get it into a
 * Terraform diagnostic.
 *
 * Known secrets are replaced as literal strings (indexOf/split), never compiled
 * into a RegExp: a credential of tens of KB (a pasted file, a JWT bundle) made a
 * single alternation pattern exceed V8's regular expression size limit, and a
 * redactor that throws turns every failure into a crash.
 */

export const REDACTED = '[REDACTED]';

const FIELD = '(?:access_token|refresh_token|client_secret|api_token|password|token)';

/** Authorization values and token-shaped fields, whether or not the secret is known. */
const SHAPES: [RegExp, string][] = [
  // Credential-looking words only (a digit or a symbol in them), so prose like "Basic authentication" survives.
  [/\b(Bearer|Basic)(\s+)(?=[A-Za-z0-9._~+/=:-]*[0-9._~+/=:-])[A-Za-z0-9._~+/=:-]{8,}/gi, `$1$2${REDACTED}`],
  // JSON fields ("access_token": "…") and form or query fields (client_secret=…): whatever the value.
  [new RegExp(`("${FIELD}"\\s*:\\s*")(?:[^"\\\\]|\\\\.)+`, 'gi'), `$1${REDACTED}`],
  [new RegExp(`(${FIELD}\\s*=\\s*"?)[^"&\\s,;}]+`, 'gi'), `$1${REDACTED}`],
  // "token: …" unquoted, as in YAML or log lines, only when the value looks like a credential: the client's own
  // sentences say "Zendesk rejected the OAuth access token: it may have expired".
  [new RegExp(`(${FIELD}"?\\s*:\\s*)(?=[^"&\\s,;}]*[0-9._~+/=-])[^"&\\s,;}]{8,}`, 'gi'), `$1${REDACTED}`],
];

/** Every form a secret may take on the wire: as is, URL-encoded (form bodies, queries) and base64 (Basic auth). */
export function secretVariants(secret: string): string[] {
  if (!secret) return [];
  const variants = new Set([secret, encodeURIComponent(secret), Buffer.from(secret, 'utf8').toString('base64')]);
  return [...variants];
}

/** Marks a piece of the text that was already replaced (so it is never searched again). */
const DONE = Symbol('redacted');

/**
 * Replaces every occurrence of every literal in `secrets`, longest first, so a
 * secret that contains another is replaced whole. Each secret costs one linear
 * scan of the text still unredacted: O(secrets × text), whatever their sizes.
 */
function replaceKnown(text: string, secrets: Iterable<string>): string {
  const known = [...new Set(secrets)].filter((s) => s.length > 0 && s.length <= text.length).sort((a, b) => b.length - a.length);
  if (known.length === 0) return text;
  let pieces: (string | typeof DONE)[] = [text];
  for (const secret of known) {
    const next: (string | typeof DONE)[] = [];
    for (const piece of pieces) {
      if (piece === DONE || !piece.includes(secret)) {
        next.push(piece);
        continue;
      }
      piece.split(secret).forEach((part, i) => {
        if (i > 0) next.push(DONE);
        if (part) next.push(part);
      });
    }
    pieces = next;
  }
  return pieces.map((p) => (p === DONE ? REDACTED : p)).join('');
}

/** Replaces `secrets` as given (callers pass the forms they want caught; see secretVariants), then credential shapes. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = replaceKnown(text, secrets);
  for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
  return out;
}

/** A redactor bound to live secret sources (an OAuth strategy mints new access tokens over time). */
export type Redact = (text: string) => string;

/**
 * Each source secret is caught in all its wire forms (secretVariants). The
 * forms are computed once per secret, not per call: the logger redacts every
 * debug line, and base64 of a 40 KB secret per line would add up.
 */
export function redactorFor(sources: () => Iterable<string>): Redact {
  let cache = new Map<string, string[]>();
  return (text) => {
    const current = new Map<string, string[]>();
    for (const secret of sources()) current.set(secret, cache.get(secret) ?? secretVariants(secret));
    cache = current; // forget secrets no source holds any more
    return redact(text, [...current.values()].flat());
  };
}
