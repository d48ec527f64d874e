import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ProviderSchemaDocument } from '../../../src/framework/schema-json';

/**
 * What `cdktf get` produces for a schema document: cdktf's own generator
 * (@cdktf/provider-generator, installed with cdktf-cli), run on the document.
 * Used only as a test oracle. Returns file contents by path relative to the
 * provider folder, e.g. `messaging-settings/index.ts`.
 */
export async function cdktfGet(
  doc: ProviderSchemaDocument,
  options: { name: string; source: string; version: string },
): Promise<Map<string, string>> {
  /* eslint-disable @typescript-eslint/no-require-imports -- deep imports of untyped internals */
  const { CodeMaker } = require('codemaker');
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator');
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } = require('@cdktf/commons');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const code = new CodeMaker();
  code.indentation = 2;
  // The generator mutates the document (it adds `alias` to the provider block): give it a copy.
  const generator = new TerraformProviderGenerator(code, structuredClone(doc));
  generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(options), Language.TYPESCRIPT));
  const dir = mkdtempSync(join(tmpdir(), 'zdm-cdktf-get-'));
  try {
    await code.save(dir);
    const base = join(dir, 'providers', options.name);
    const files = new Map<string, string>();
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else files.set(relative(base, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
      }
    };
    walk(base);
    return files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
