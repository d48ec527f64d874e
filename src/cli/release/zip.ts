/**
 * A reproducible zip writer: the same files give the same bytes, on any
 * machine, on any Node. So a release can be rebuilt and checked against its
 * published SHA256SUMS (Terraform's `zh:` lock hash is the zip's SHA-256).
 *
 * - Entries in name order, every timestamp the zip epoch (1980-01-01 00:00), no
 *   extra fields (those are where other zip tools put mtimes, uids and gids).
 * - Stored, not deflated: deflate output depends on the zlib build (Node 22 and
 *   24 ship Chromium's zlib, which compresses differently from Node 20's), and
 *   the package is a few hundred kilobytes, so compression would buy little.
 * - "Made by Unix" with the permission bits in the external attributes, which is
 *   where Go's archive/zip (so Terraform) reads the executable bit from.
 */

export interface ZipEntry {
  name: string;
  content: Buffer;
  /** Unix permission bits (0o755 for an executable). */
  mode: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0 (the lowest that every reader accepts for a plain file); the high byte 3 says "Unix". */
const VERSION_NEEDED = 20;
const VERSION_MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED;
const STORED = 0;
/** MS-DOS date of 1980-01-01: ((1980 - 1980) << 9) | (1 << 5) | 1; the time 00:00:00 is 0. */
const ZIP_EPOCH_DATE = 0x21;
const ZIP_EPOCH_TIME = 0;
/** S_IFREG: a regular file, in the high half of the external attributes next to its permission bits. */
const REGULAR_FILE = 0o100000;

export function zipArchive(entries: ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set<string>();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    if (names.has(entry.name)) throw new Error(`zip: the entry ${entry.name} is given twice`);
    names.add(entry.name);
    // Zip entries name files with "/" and never start at the root; ASCII keeps the UTF-8 flag out.
    if (!/^[\x21-\x7e][\x20-\x7e]*$/.test(entry.name) || entry.name.startsWith('/') || entry.name.includes('\\')) {
      throw new Error(`zip: ${JSON.stringify(entry.name)} is not a plain relative ASCII file name`);
    }
    const name = Buffer.from(entry.name, 'ascii');
    const crc = crc32(entry.content);
    const size = entry.content.length;
    if (size >= 0xffffffff || offset >= 0xffffffff) throw new Error(`zip: ${entry.name} does not fit a zip without zip64 (4 GiB)`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(0, 6); // flags: no data descriptor, no encryption
    local.writeUInt16LE(STORED, 8);
    local.writeUInt16LE(ZIP_EPOCH_TIME, 10);
    local.writeUInt16LE(ZIP_EPOCH_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18); // compressed size: stored, so the same
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, name, entry.content);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION_MADE_BY_UNIX, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(STORED, 10);
    central.writeUInt16LE(ZIP_EPOCH_TIME, 12);
    central.writeUInt16LE(ZIP_EPOCH_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(size, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length (30), comment length (32), disk number (34), internal attributes (36): all 0
    central.writeUInt32LE(((REGULAR_FILE | (entry.mode & 0o777)) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + size;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  // this disk (4) and the disk where the central directory starts (6): 0
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  // comment length (20): 0
  return Buffer.concat([...locals, ...centrals, end]);
}

/** CRC-32 (IEEE 802.3, as zip uses it). zlib.crc32 exists only from Node 20.15, and we support every Node 20. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
