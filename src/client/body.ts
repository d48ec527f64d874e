import { errorCode } from './network';

/**
 * Reading an answer's body after its status line and headers arrived. The
 * transport asks axios for the body as a stream and reads it here, so that
 * when the connection is reset or closed mid-body the failure still knows the
 * status that had arrived and how much of the body came (axios, reading the
 * body itself, reports a reset there either as its own "stream has been
 * aborted" error or as a bare ECONNRESET with no status at all; see
 * docs/design/connection-cut-mid-body.md).
 */

export type BodyRead =
  | { kind: 'complete'; text: string }
  /** The stream failed: `code` is the system (or axios) error code; the error itself is dropped (it holds the request config). */
  | { kind: 'failed'; code: string | undefined; receivedBytes: number };

const BOM = '\uFEFF';

export async function readBodyText(stream: AsyncIterable<Buffer | string>): Promise<BodyRead> {
  const chunks: Buffer[] = [];
  let receivedBytes = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      receivedBytes += bytes.length;
    }
  } catch (err) {
    return { kind: 'failed', code: errorCode(err), receivedBytes };
  }
  const text = Buffer.concat(chunks).toString('utf8');
  // A byte order mark is not part of JSON; axios strips it from text bodies, and so do we.
  return { kind: 'complete', text: text.startsWith(BOM) ? text.slice(1) : text };
}

/**
 * The length the headers promised for the body as it is read, when that is known: not for a chunked body, and not
 * for a compressed one (axios decompresses it and drops Content-Encoding from the headers it gives, but keeps the
 * compressed Content-Length, so the raw headers of Node's response are what tell).
 */
export function promisedBodyBytes(headers: Record<string, string>, request: unknown): number | undefined {
  const raw = headers['content-length'];
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return undefined;
  const rawHeaders = (request as { res?: { rawHeaders?: unknown } } | undefined)?.res?.rawHeaders;
  if (!Array.isArray(rawHeaders)) return undefined; // cannot tell whether it was compressed: say nothing
  const encoded = rawHeaders.some(
    (name, i) => i % 2 === 0 && String(name).toLowerCase() === 'content-encoding' && String(rawHeaders[i + 1]).trim().toLowerCase() !== 'identity',
  );
  return encoded ? undefined : Number(raw);
}
