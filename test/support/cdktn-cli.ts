/**
 * The real cdktn CLI (`cdktn-cli`, CDK Terrain, the maintained CDKTF fork) for the tests that drive it. It is not a
 * devDependency: its engines (Node >= 22.19) would make `npm ci` on Node 20 warn EBADENGINE, and it crashes on Node 20
 * anyway, so on Node 20 it runs on a Node 24 from support/node-lines.ts. It is installed from the npm registry by npm itself on
 * first use, into node_modules/.cache keyed by version, so a second run installs nothing. The install goes to a
 * temporary directory that is renamed into place only once complete: a run killed mid-install leaves no half cache.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moveIntoPlace } from './cache-dir';
import { CAN_FETCH_NODE, nodeOfLine } from './node-lines';

export const CDKTN_CLI_VERSION = '0.24.0';

/** cdktn-cli 0.24's engines; on Node 20 its commands crash (`markAsUncloneable is not a function`). */
const CDKTN_MIN_NODE = [22, 19] as const;

const [major, minor] = process.versions.node.split('.').map(Number);
const THIS_NODE_RUNS_CDKTN = major > CDKTN_MIN_NODE[0] || (major === CDKTN_MIN_NODE[0] && minor >= CDKTN_MIN_NODE[1]);

/** Why the cdktn tests cannot run here, or undefined when they can. */
export const CANNOT_RUN_CDKTN = THIS_NODE_RUNS_CDKTN || CAN_FETCH_NODE ? undefined : `cdktn-cli needs Node >= ${CDKTN_MIN_NODE.join('.')}; this is ${process.versions.node}, and the official Node 24 binary comes from the npm registry for Linux x64 only`;

/** A node that runs cdktn-cli: this one when it is new enough, otherwise Node 24 (fetched once, see node-lines.ts). */
export function nodeForCdktn(): string {
  return THIS_NODE_RUNS_CDKTN ? process.execPath : nodeOfLine('24');
}

const CACHE = join(__dirname, '..', '..', 'node_modules', '.cache', 'zendesk-messaging-cdktn-cli');

export interface CdktnCli {
  /** The `cdktn` bin script, a JavaScript file: run it with a Node >= 22.19. */
  bin: string;
  /** Whether this call installed it (false: it came from the cache). */
  installed: boolean;
}

/** cdktn-cli of the given version, installed on first use. */
export function cdktnCli(version = CDKTN_CLI_VERSION): CdktnCli {
  const dir = join(CACHE, `cdktn-cli-${version}`);
  const bin = join(dir, 'node_modules', 'cdktn-cli', 'bin', 'cdktn');
  if (existsSync(bin)) return { bin, installed: false };
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, `.install-${version}-`));
  try {
    // Here and nowhere else: a package.json of its own and --prefix, so neither the nearest project above (this
    // repository) nor the npm_config_local_prefix that `npm test` exports to its children is where npm installs.
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'cdktn-cli-cache', private: true }));
    const args = ['install', `cdktn-cli@${version}`, '--prefix', work, '--no-save', '--no-package-lock', '--engine-strict=false', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
    try {
      execFileSync('npm', args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], timeout: 280_000 });
    } catch (err) {
      throw new Error(`\`npm ${args.join(' ')}\` failed (cdktn-cli comes from the npm registry on first use): ${(err as Error).message}`);
    }
    moveIntoPlace(work, dir, () => existsSync(bin));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { bin, installed: true };
}
