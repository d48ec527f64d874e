/**
 * Drift trusts only a plan it could read, and runs where CI runs: with a
 * `terraform` on PATH that is not terraform (a wrapper printing garbage, a stub
 * that exits 0 or 2 with nothing to show) it fails naming what was printed,
 * never "in sync"; and many fresh directories sharing a plugin cache
 * (TF_PLUGIN_CACHE_DIR, which terraform's docs say is not safe for
 * concurrent inits) all initialise with `--parallel 4`.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { makeTempDir } from '../support/temp';
import { run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const env = emulatorWithWorkspaces();
const config = (url: string) => REQUIRED_PROVIDERS + providerBlock({ baseUrl: url }) + settingsResource('this', ['agents_can_end_sessions = true']);

describe('drift trusts only a plan it could read', () => {
  /** A directory holding a bin/terraform that prints `output` and exits with `code`, first on PATH. */
  function fakeTerraform(output: string, code: number): { dir: string; path: string; cleanup: () => void } {
    const temp = makeTempDir('fake-tf');
    mkdirSync(join(temp.dir, 'bin'));
    mkdirSync(join(temp.dir, 'work', '.terraform'), { recursive: true });
    writeFileSync(join(temp.dir, 'work', 'main.tf'), config('http://127.0.0.1:9/acme'));
    const script = join(temp.dir, 'bin', 'terraform');
    writeFileSync(script, `#!/bin/sh\nprintf '%s' '${output.replace(/'/g, "'\\''")}'\nexit ${code}\n`);
    chmodSync(script, 0o755);
    return { dir: join(temp.dir, 'work'), path: `${join(temp.dir, 'bin')}${delimiter}${process.env.PATH}`, cleanup: temp.cleanup };
  }

  it.each([
    ['garbage, exit 0', 'Segmentation fault (core dumped)\n\u001b[31mgarbage\u001b[0m\n', 0, 'Segmentation fault (core dumped)'],
    ['nothing, exit 0', '', 0, 'It printed nothing'],
    ['a JSON line that is no plan, exit 0', '{"type":"version","terraform":"1.11.4"}\n', 0, '{"type":"version"'],
    ['nothing, exit 2 (changes, but no plan to show)', '', 2, 'It printed nothing'],
    ['counts of no change with exit 2', '{"type":"change_summary","changes":{"add":0,"change":0,"remove":0,"import":0,"operation":"plan"}}\n', 2, 'contradict the exit code'],
  ])('a terraform that prints %s is an error, never in sync', async (_, output, code, said) => {
    const fake = fakeTerraform(output, code);
    try {
      const result = await run(process.execPath, [CLI, 'drift', '--dir', fake.dir, '--no-host', '--no-attribution'], fake.dir, { ...process.env, PATH: fake.path, CI: '1' });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`terraform plan in ${fake.dir} gave no plan that can be read`);
      expect(result.stdout).toContain(said);
      expect(result.stdout).not.toContain('in sync —');
      expect(result.stdout).not.toContain('\u001b[');
    } finally {
      fake.cleanup();
    }
  });
});

describe('drift answers every output path', () => {
  it('a directory given as --out or --report is said so, exit 1, no JavaScript error text', async () => {
    const temp = makeTempDir('drift-out');
    try {
      mkdirSync(join(temp.dir, 'work'));
      writeFileSync(join(temp.dir, 'work', 'main.tf'), '# nothing to manage\n');
      for (const args of [['--out', temp.dir], ['--report', `markdown=${temp.dir}`]]) {
        const result = await run(process.execPath, [CLI, 'drift', '--dir', join(temp.dir, 'work'), '--no-host', ...args], temp.dir, { ...env.uninitialisedWorkspace({}).env, CI: '1' });
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(`cannot write ${temp.dir}`);
        expect(result.stderr).toContain('it is a directory');
        expect(result.stderr).not.toMatch(/EISDIR|at Object\.|TypeError/);
      }
    } finally {
      temp.cleanup();
    }
  });
});

describe('drift with a shared plugin cache', () => {
  it('initialises 12 fresh directories with --parallel 4 and TF_PLUGIN_CACHE_DIR set, each as terraform init would', async () => {
    const template = env.uninitialisedWorkspace({});
    const temp = makeTempDir('plugin-cache');
    try {
      const cache = join(temp.dir, 'cache');
      mkdirSync(cache);
      const dirs = Array.from({ length: 12 }, (_, i) => {
        const dir = join(temp.dir, `account-${i}`);
        mkdirSync(dir);
        writeFileSync(join(dir, 'main.tf'), config(env.emulator.accountUrl(`cached-${i}`)));
        return dir;
      });
      // Apply each once with terraform itself (inits one by one), then start afresh: no .terraform, only the state.
      const args = dirs.flatMap((d) => ['--dir', d]);
      const result = await run(process.execPath, [CLI, 'drift', ...args, '--parallel', '4', '--no-attribution'], temp.dir, { ...template.env, TF_PLUGIN_CACHE_DIR: cache, CI: '1' });
      expect(result.stderr).not.toMatch(/failed to create directory|still not detected|this is a bug in Terraform/);
      // Nothing applied yet: the plan would create each settings resource, so every directory drifts (2), none fails (1).
      expect(result.code).toBe(2);
      expect(result.stdout).toContain('drift: 12 of 12 directories drifted, 0 failed');
      for (const dir of dirs) {
        expect(existsSync(join(dir, '.terraform.lock.hcl'))).toBe(true);
        expect(readdirSync(join(dir, '.terraform', 'providers'))).toEqual(['registry.terraform.io']);
      }
      expect(readdirSync(cache)).toEqual(['registry.terraform.io']);
    } finally {
      temp.cleanup();
    }
  });
});
