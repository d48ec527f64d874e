/**
 * Reading Zendesk's answers. Bodies are parsed here (not by axios) so a
 * non-JSON body (a 429's text/plain, a proxy's HTML 502) is handled the same
 * way on every path. Error envelopes differ by endpoint [observed: docs/design/zendesk-api.md#error-bodies]:
 *   {"error":"RecordInvalid","description":"…","details":{"field":[{"description":"…"}]}}
 *   {"error":"Couldn't authenticate you"}
 *   {"error":{"title":"Forbidden","message":"…"}}
 *   {"errors":[{"code":"TriggerCategoryNotFound","title":"…"}]}
 *   {"error":"invalid_client","error_description":"…"}       (OAuth)
 *   text/plain "Number of allowed API requests per minute exceeded"
 */

export function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface ErrorFacts {
  zendeskError?: string;
  description?: string;
  details?: Record<string, string[]>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** A code like `RecordInvalid` or `invalid_client`, as opposed to a sentence. */
const looksLikeCode = (s: string) => /^[A-Za-z][A-Za-z0-9_.]*$/.test(s);
const clip = (s: string, max = 300) => (s.length > max ? `${s.slice(0, max)}…` : s);

const looksLikeHtml = (text: string) => /^\s*<(!doctype|html|head|body|\?xml)/i.test(text);

/** The `<title>` of an HTML page, whitespace collapsed: proxies and load balancers name the problem there. */
export function htmlTitle(text: string): string | undefined {
  // Bounded: a title is short, and the page may be megabytes of markup.
  const match = /<title[^>]{0,200}>([^<]{1,300})<\/title>/i.exec(text.slice(0, 20_000));
  const title = match?.[1].replace(/\s+/g, ' ').trim();
  return title ? clip(title, 120) : undefined;
}

export function errorFacts(body: unknown): ErrorFacts {
  if (typeof body === 'string') {
    const text = body.trim();
    if (!text) return {};
    // An HTML error page's markup says nothing in one line; its title often does ("Request Header Or Cookie Too Large").
    if (looksLikeHtml(text)) {
      const title = htmlTitle(text);
      return title ? { description: title } : {};
    }
    return { description: clip(text.replace(/\s+/g, ' ')) };
  }
  if (!isRecord(body)) return {};
  const facts: ErrorFacts = {};
  const error = body.error;
  if (typeof error === 'string') {
    if (looksLikeCode(error)) facts.zendeskError = error;
    else facts.description = clip(error);
  } else if (isRecord(error)) {
    facts.zendeskError = str(error.title) ?? str(error.code);
    facts.description = str(error.message) ?? str(error.description);
  }
  const description = str(body.description) ?? str(body.error_description) ?? str(body.message);
  if (description) facts.description = clip(description);
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const first = body.errors.find(isRecord);
    if (first && !facts.zendeskError) facts.zendeskError = str(first.code) ?? str(first.title);
    const titles = body.errors.filter(isRecord).map((e) => str(e.title) ?? str(e.detail) ?? str(e.description)).filter(Boolean);
    if (titles.length > 0 && !facts.description) facts.description = clip(titles.join('; '));
  }
  if (isRecord(body.details)) facts.details = normaliseDetails(body.details);
  return facts;
}

/** `details` as field → messages, whatever the item shape (`{description, error}`, string, or other). */
export function normaliseDetails(details: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(details)) {
    const items = Array.isArray(value) ? value : [value];
    const messages = items
      .map((item) => {
        if (typeof item === 'string') return item;
        if (isRecord(item)) {
          const description = str(item.description) ?? str(item.message);
          const code = str(item.error);
          return description ?? code ?? JSON.stringify(item);
        }
        return item === undefined || item === null ? undefined : String(item);
      })
      .filter((m): m is string => m !== undefined && m !== '');
    if (messages.length > 0) out[key] = messages;
  }
  return out;
}

/**
 * One line for a message: `messaging_inactivity.timeout must be …; base Invalid …`.
 * A message that already names its field (Zendesk often writes "Timeout must …")
 * or belongs to `base` (the record as a whole) is shown as is.
 */
export function summariseDetails(details: Record<string, string[]>, max = 400): string {
  const parts: string[] = [];
  for (const [key, messages] of Object.entries(details)) {
    for (const message of messages) {
      const named = key === 'base' || message.toLowerCase().startsWith(key.toLowerCase());
      parts.push(named ? message : `${key} ${message}`);
    }
  }
  return clip(parts.join('; '), max);
}

/**
 * What a 2xx body that is not the JSON an endpoint documents actually is, in a
 * few words for a message: empty, an HTML page (with its title), invalid or
 * truncated JSON, another content type, or JSON of another shape. Never the
 * body itself, which may be large or carry data.
 */
export function describeBody(headers: Record<string, string>, body: unknown): string {
  const type = headers['content-type']?.split(';')[0].trim().toLowerCase();
  if (body === undefined) return 'an empty body';
  if (typeof body === 'string') {
    if (looksLikeHtml(body) || type === 'text/html') {
      const title = htmlTitle(body);
      return `an HTML page${title ? ` titled "${title}"` : ''}`;
    }
    if (type?.includes('json')) return 'invalid or truncated JSON';
    return `a body that is not JSON (${type ? `Content-Type ${type}` : 'no Content-Type'})`;
  }
  if (Array.isArray(body)) return 'a JSON array';
  if (!isRecord(body)) return `a JSON ${body === null ? 'null' : typeof body}`;
  const keys = Object.keys(body);
  if (keys.length === 0) return 'an empty JSON object';
  const shown = keys.slice(0, 5).map((k) => JSON.stringify(clip(k, 40)));
  return `a JSON object with the key${keys.length === 1 ? '' : 's'} ${shown.join(', ')}${keys.length > 5 ? ', …' : ''}`;
}

/** Response headers as a plain lowercase map (axios gives an AxiosHeaders object). */
export function plainHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(headers)) return out;
  const source = typeof (headers as { toJSON?: unknown }).toJSON === 'function' ? (headers as { toJSON(): unknown }).toJSON() : headers;
  if (!isRecord(source)) return out;
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || value === null) continue;
    out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}
