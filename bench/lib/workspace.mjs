// Throwaway Terraform working directories with our provider installed from a filesystem mirror.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeCommand } from './measure.mjs';

const require = createRequire(import.meta.url);
const { installProvider } = require('../../dist/cli/install-provider.js');

export const PROBE = new URL('./probe.cjs', import.meta.url).pathname;

/** The lines probe.cjs appended to a file: one per process that exited. */
export const probeLines = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

export function baseEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(TF_|ZENDESK_)/.test(k)) env[k] = v;
  return { ...env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0', ...extra };
}

/**
 * A temp root holding the provider mirror and workspaces. With `probe`, the
 * mirror's wrapper loads probe.cjs into every provider process (peak memory,
 * number of starts); timing runs use an unprobed mirror.
 */
export function makeRoot({ probe = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'zdm-bench-'));
  const installed = installProvider(join(root, 'mirror'));
  if (probe) {
    const wrapper = join(installed.packageDir, `terraform-provider-zendesk_v${installed.version}`);
    writeFileSync(wrapper, readFileSync(wrapper, 'utf8').replace('exec "$NODE" ', `exec "$NODE" -r ${JSON.stringify(PROBE)} `), { mode: 0o755 });
  }
  return { root, cliConfigPath: installed.cliConfigPath, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export async function workspace(root, name, mainTf, env) {
  const dir = join(root.root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), mainTf);
  await timeCommand('terraform', ['init', '-input=false', '-no-color'], { cwd: dir, env });
  return dir;
}

export const terraformDataOnly = `resource "terraform_data" "floor" {
  input = "same"
}
`;

/** The terraform block and the zendesk provider for one emulator account; `extra` lines go into the provider block. */
export function providerConfig(baseUrl, extra = []) {
  return `terraform {
  required_providers {
    zendesk = { source = "zendesk-iac/zendesk" }
  }
}
provider "zendesk" {
  base_url        = "${baseUrl}"
  oauth_client_id = "emulator-client"
${extra.map((l) => `  ${l}\n`).join('')}}
`;
}

export function settingsConfig(baseUrl, body = ['agents_can_end_sessions = true']) {
  return `${providerConfig(baseUrl)}resource "zendesk_messaging_settings" "acme" {
${body.map((l) => `  ${l}`).join('\n')}
}
`;
}
