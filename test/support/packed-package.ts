import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export const runCommand = (file: string, args: string[], cwd: string): string =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

interface LockEntry {
  version: string;
  dependencies?: Record<string, string>;
}

/**
 * `npm pack` of the checkout at `root` (dist/ as built), installed into a new
 * project `<dir>/consumer` the way a user's `npm install` does, and offline:
 * the consumer's lockfile pins the package's dependency closure to the exact
 * versions and integrity hashes of the checkout's own lockfile, so `npm ci
 * --offline` takes them from npm's cache, where the checkout's `npm ci` put
 * them. Peers (cdktf, cdktn, constructs) are not installed. Returns the
 * consumer's directory.
 */
export function installPackedPackage(root: string, dir: string): string {
  // --ignore-scripts: `prepare` would rebuild dist/ under the feet of tests running in parallel.
  const [packed] = JSON.parse(runCommand(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root)) as { filename: string }[];
  const tarball = `file:../${packed.filename}`;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

  const closure = new Set<string>();
  const queue = Object.keys(pkg.dependencies ?? {});
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (closure.has(name)) continue;
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry) throw new Error(`package-lock.json has no top-level entry for ${name}, a dependency of the package`);
    closure.add(name);
    queue.push(...Object.keys(entry.dependencies ?? {}));
  }
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', dependencies: { [pkg.name]: tarball } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: tarball,
      dependencies: pkg.dependencies,
      peerDependencies: pkg.peerDependencies,
      peerDependenciesMeta: pkg.peerDependenciesMeta,
    },
  };
  for (const name of [...closure].sort()) packages[`node_modules/${name}`] = lock.packages[`node_modules/${name}`];

  const consumer = join(dir, 'consumer');
  mkdirSync(consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: { [pkg.name]: tarball } }));
  writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
  runCommand(NPM, ['ci', '--offline', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error'], consumer);
  return consumer;
}
