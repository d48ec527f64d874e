/**
 * The provider wrapper `install-provider` writes, run by the real /bin/sh with the real node, its bundle swapped for a
 * script that prints what the provider process would see of the CA variables.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installProvider } from '../../src/cli/install-provider';
import { DEFERRED_CA_CERTS_VARIABLE } from '../../src/provider/deferred-ca-certificates';
import { VERSION } from '../../src/version';
import { makeTempDir } from '../support/temp';

const temp = makeTempDir('wrapper');
afterAll(() => temp.cleanup());

const installed = installProvider(join(temp.dir, 'mirror'), 'wrapper');
const wrapper = join(installed.packageDir, `terraform-provider-zendesk_v${VERSION}`);
writeFileSync(
  join(installed.packageDir, 'provider.js'),
  `process.stdout.write(JSON.stringify({ node: process.env.NODE_EXTRA_CA_CERTS ?? null, deferred: process.env.${DEFERRED_CA_CERTS_VARIABLE} ?? null }));`,
);

function seen(env: Record<string, string | undefined>): Promise<{ node: string | null; deferred: string | null }> {
  const { NODE_EXTRA_CA_CERTS: _ignored, NODE_OPTIONS: _alsoIgnored, ...rest } = process.env;
  return new Promise((resolve, reject) =>
    execFile(wrapper, [], { env: { ...rest, ...env } }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))),
  );
}

describe('the provider wrapper and NODE_EXTRA_CA_CERTS', () => {
  it.each([
    ['hands the file to the provider instead of Node', { NODE_EXTRA_CA_CERTS: '/etc/proxy-ca.pem' }, { node: null, deferred: '/etc/proxy-ca.pem' }],
    ['sets nothing when the variable is unset', {}, { node: null, deferred: null }],
    ['sets nothing when the variable is empty', { NODE_EXTRA_CA_CERTS: '' }, { node: '', deferred: null }],
    [
      'leaves it to Node with --use-openssl-ca (a default store the provider could not rebuild)',
      { NODE_EXTRA_CA_CERTS: '/etc/proxy-ca.pem', NODE_OPTIONS: '--use-openssl-ca' },
      { node: '/etc/proxy-ca.pem', deferred: null },
    ],
  ])('%s', async (_name, env, expected) => {
    expect(await seen(env)).toEqual(expected);
  });
});
