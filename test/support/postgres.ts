import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir } from './temp';

const exec = promisify(execFile);

/**
 * The PostgreSQL server binaries: the newest major version in Debian's layout (/usr/lib/postgresql/N/bin, not on
 * PATH there), else the directory of an `initdb` on PATH (Homebrew's postgresql@15, other distributions).
 */
function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const debian = versions.map((v) => join(base, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  const onPath = (process.env.PATH ?? '').split(delimiter).find((d) => d && existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
  const found = debian ?? onPath;
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) are needed by the state-backend tests and were found neither under ' +
        '/usr/lib/postgresql nor on PATH: apt-get install postgresql-15 (Debian/Ubuntu) or brew install postgresql@15 (macOS).',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Postgres {
  /** postgres://…/terraform?sslmode=disable, for Terraform's pg backend (PG_CONN_STR). */
  connStr: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL server in a temp dir on a free port, for this test
 * only. initdb refuses to run as root, so as root the server runs as the
 * `postgres` system user (which Debian's packages create), owning the temp dir.
 */
export async function startPostgres(): Promise<Postgres> {
  const bin = binDir();
  const temp = makeTempDir('pg');
  const data = join(temp.dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await exec('id', ['-u', 'postgres']);
    const { stdout: gid } = await exec('id', ['-g', 'postgres']);
    chownSync(temp.dir, Number(stdout), Number(gid));
    chmodSync(temp.dir, 0o700);
  }
  const run = (command: string, args: string[]) => (asRoot ? exec('runuser', ['-u', 'postgres', '--', join(bin, command), ...args]) : exec(join(bin, command), args));
  const port = await freePort();
  await run('initdb', ['-D', data, '-U', 'terraform', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  await run('pg_ctl', ['-D', data, '-l', join(temp.dir, 'server.log'), '-w', '-o', `-p ${port} -k ${temp.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  await run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'terraform', 'terraform']);
  return {
    connStr: `postgres://terraform@127.0.0.1:${port}/terraform?sslmode=disable`,
    stop: async () => {
      await run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      temp.cleanup();
    },
  };
}
