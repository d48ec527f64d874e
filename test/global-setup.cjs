// Once per `npm test`, before the workers start (they inherit this process's environment):
// - the figures file (test/support/figures.ts) is started afresh, so it holds this run's figures only;
// - terraform's CLI configuration defaults to an empty file of our own, so no test reads the machine's
//   ~/.terraformrc (or warns that it is missing); tests that install the provider point TF_CLI_CONFIG_FILE at
//   their own mirror's config. Child processes spawned by libraries (cdktf's `terraform version`) see it too;
// - ts-node (which cdktf and cdktn run the example apps with) keeps no V8 compile cache in the temp dir
//   (v8-compile-cache-lib writes $TMPDIR/v8-compile-cache-<uid> otherwise), nor does Node 22/24's module compile
//   cache, which TypeScript's tsc turns on ($TMPDIR/node-compile-cache): a test run leaves nothing behind.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = () => {
  rmSync(join(__dirname, '..', 'test-results', 'figures.md'), { force: true });
  const dir = mkdtempSync(join(tmpdir(), 'zdm-jest-cli-config-'));
  writeFileSync(join(dir, 'terraformrc'), '# empty: tests set their own CLI configuration\n');
  process.env.TF_CLI_CONFIG_FILE = join(dir, 'terraformrc');
  process.env.ZDM_JEST_CLI_CONFIG_DIR = dir;
  process.env.DISABLE_V8_COMPILE_CACHE = '1';
  process.env.NODE_DISABLE_COMPILE_CACHE = '1';
  // The standalone provider executable and the official Node.js binaries it is built from are cached here whatever HOME
  // a test gives the CLI, and built now, once per machine, rather than inside the first test that installs it.
  process.env.CDKTF_ZENDESK_MESSAGING_CACHE_DIR = join(__dirname, '..', 'node_modules', '.cache', 'cdktf-zendesk-messaging');
  if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
    const out = mkdtempSync(join(tmpdir(), 'zdm-jest-standalone-'));
    spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'zendesk-messaging.js'), 'install-provider', '--out', out], { stdio: 'ignore' });
    rmSync(out, { recursive: true, force: true });
  }
};
