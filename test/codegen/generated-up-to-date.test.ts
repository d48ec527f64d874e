/**
 * Generated files are checked in (the bindings and docs ship in the package,
 * and reviewers see their diff), so CI must fail when they no longer match the
 * provider schema or the generator: the same check as the scaffolding
 * provider's `make generate && git diff --exit-code`, without touching git.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GENERATED_DIRS, generateAll } from '../../src/codegen/generate';
import { SYNTHETIC_GEN_DIR, syntheticFiles } from './fixtures/synthetic';

const root = join(__dirname, '..', '..');
const HINT = 'Generated files are out of date: run `npm run generate` and commit.';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Paths whose content differs from what the generator produces, plus checked-in files it no longer produces. */
function staleFiles(expected: Map<string, string>, dirs: readonly string[]): string[] {
  const stale: string[] = [];
  for (const [path, content] of expected) {
    const file = join(root, path);
    if (!existsSync(file)) stale.push(`${path} (missing)`);
    else if (readFileSync(file, 'utf8') !== content) stale.push(`${path} (differs)`);
  }
  for (const dir of dirs) {
    for (const file of listFiles(join(root, dir))) {
      const path = relative(root, file);
      if (!expected.has(path)) stale.push(`${path} (no longer generated)`);
    }
  }
  return stale;
}

describe('checked-in generated files', () => {
  it('CDKTF bindings and docs match the provider schema', () => {
    expect({ hint: HINT, stale: staleFiles(generateAll(root), GENERATED_DIRS) }).toEqual({ hint: HINT, stale: [] });
  });

  it('golden bindings of the synthetic schema match the generator', () => {
    expect({ hint: HINT, stale: staleFiles(syntheticFiles(), [SYNTHETIC_GEN_DIR]) }).toEqual({ hint: HINT, stale: [] });
  });

  it('examples are formatted with terraform fmt (the docs embed them)', () => {
    let unformatted = '';
    try {
      execFileSync('terraform', ['fmt', '-check', '-recursive', 'examples/'], { cwd: root, stdio: 'pipe' });
    } catch (err) {
      unformatted = String((err as { stdout?: Buffer }).stdout ?? err);
    }
    expect({ hint: HINT, unformatted }).toEqual({ hint: HINT, unformatted: '' });
  });
});
