/**
 * The construct library loads plain data from the provider (attribute maps, Zendesk's facts, titles) and nothing
 * that runs a provider: no plugin framework, no HTTP client. A construct app synthesizes without them, and the cdktn
 * variant is built from the same files. Type-only imports vanish at compile time and are not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^;'"]*?from\s+)?['"]([^'"]+)['"]/gm;

/** Every module the library's index loads at run time (generated bindings aside), with the packages each imports. */
function runtimeClosure(entry: string): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    const packages: string[] = [];
    modules.set(file, packages);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      if (!specifier.startsWith('.')) {
        packages.push(specifier);
        continue;
      }
      const base = join(dirname(file), specifier);
      const found = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
      if (found && !found.includes(join('constructs', 'gen'))) queue.push(found);
    }
  }
  return modules;
}

describe('the construct library', () => {
  const closure = runtimeClosure(join(ROOT, 'src', 'constructs', 'index.ts'));
  const files = [...closure.keys()].map((f) => relative(ROOT, f));

  it('loads the plain-data modules it derives its facts from', () => {
    expect(files).toEqual(expect.arrayContaining(['src/provider/messaging-settings/attribute-map.ts', 'src/client/settings-facts.ts']));
  });

  it('never loads the plugin framework, the provider server or the HTTP client', () => {
    expect(files.filter((f) => /^src\/(framework|emulator|cli)\//.test(f) || /provider\/(main|provider|session)\.ts$/.test(f))).toEqual([]);
    const packages = [...closure.entries()].flatMap(([file, imports]) => imports.filter((p) => !/^(cdktf|constructs)$/.test(p)).map((p) => `${relative(ROOT, file)}: ${p}`));
    expect(packages).toEqual([]);
  });
});
