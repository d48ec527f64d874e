import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The construct library for cdktn (the maintained CDKTF fork), derived at
 * build time from the compiled cdktf one instead of generated twice: the same
 * .js and .d.ts files with the `cdktf` module specifier rewritten to `cdktn`.
 * This works because cdktn 0.24 keeps cdktf 0.21's API for everything the
 * bindings use (see test/constructs/cdktn-variant.test.ts). `exports['./cdktn']`
 * in package.json points at the result.
 *
 * The variant mirrors dist/constructs at the same depth (dist/cdktn), so relative
 * imports of modules outside the construct library (e.g. ../version) still
 * resolve; those modules are shared, so they must not load cdktf themselves.
 */

/** `require("cdktf")`, `from 'cdktf/lib/x'`, `import("cdktf")` … : only module specifiers, never other text. */
const CDKTF_SPECIFIER = /(\brequire\s*\(\s*|\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(["'])cdktf(\/[^"']*)?\2/g;
const RELATIVE_SPECIFIER = /(?:\brequire\s*\(\s*|\bfrom\s+|\bimport\s*\(\s*)(["'])(\.{1,2}\/[^"']*)\1/g;

export function rewriteCdktfSpecifiers(code: string, target = 'cdktn'): string {
  return code.replace(CDKTF_SPECIFIER, (_m, lead: string, q: string, subpath = '') => `${lead}${q}${target}${subpath}${q}`);
}

export const importsCdktf = (code: string): boolean => new RegExp(CDKTF_SPECIFIER.source).test(code);

export interface CdktnVariantOptions {
  /** The compiled construct library, relative to `distDir`. */
  from?: string;
  /** Where the variant goes, relative to `distDir`; must sit at the same depth as `from`. */
  to?: string;
}

export function deriveCdktnVariant(distDir: string, options: CdktnVariantOptions = {}): { files: number } {
  const source = resolve(distDir, options.from ?? 'constructs');
  const target = resolve(distDir, options.to ?? 'cdktn');
  if (relative(distDir, source).split(sep).length !== relative(distDir, target).split(sep).length) {
    throw new Error('the cdktn variant must sit at the same depth as the construct library, or relative imports break');
  }
  if (!existsSync(join(source, 'index.js'))) throw new Error(`${source}/index.js is missing: compile the construct library first`);
  rmSync(target, { recursive: true, force: true });

  const outside = new Set<string>();
  let files = 0;
  for (const file of listFiles(source)) {
    const out = join(target, relative(source, file));
    mkdirSync(dirname(out), { recursive: true });
    files++;
    if (!/\.(js|d\.ts)$/.test(file)) {
      copyFileSync(file, out); // source maps: same lines, same relative paths
      continue;
    }
    const code = readFileSync(file, 'utf8');
    writeFileSync(out, rewriteCdktfSpecifiers(code));
    if (file.endsWith('.js')) for (const dep of relativeImports(file, code)) if (!dep.startsWith(source + sep)) outside.add(dep);
  }
  assertNoCdktfOutside(outside, source);
  return { files };
}

/** Modules outside the construct library are shared by both variants: loading cdktf there would mix the two. */
function assertNoCdktfOutside(start: Set<string>, library: string): void {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const module = queue.pop()!;
    if (seen.has(module)) continue;
    seen.add(module);
    const file = [module, `${module}.js`, join(module, 'index.js')].find((f) => existsSync(f) && statSync(f).isFile());
    if (!file || !file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    if (importsCdktf(code)) {
      throw new Error(
        `${file} imports cdktf and is used by the construct library (${library}); the cdktn variant would load cdktf ` +
          'through it. Move the code into src/constructs or keep cdktf out of it.',
      );
    }
    queue.push(...relativeImports(file, code));
  }
}

function relativeImports(file: string, code: string): string[] {
  return [...code.matchAll(RELATIVE_SPECIFIER)].map((m) => resolve(dirname(file), m[2]));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
