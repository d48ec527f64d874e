// `npm run generate`: regenerates everything derived from the provider schema.
//   1. terraform fmt -recursive examples/   (the docs embed the examples)
//   2. src/constructs/gen/**  L1 CDKTF bindings (src/codegen/cdktf-bindings.ts)
//   3. docs/**                registry-style docs (src/codegen/docs.ts)
//   4. test/codegen/fixtures/synthetic/gen/**  golden bindings of the synthetic test schema
// The generator is TypeScript; esbuild bundles it in ~100 ms, so this needs no `npm run build`.
// test/codegen/generated-up-to-date.test.ts fails when a checked-in file differs from what this writes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

try {
  // stdout lists the files fmt rewrote; stderr only matters when it fails (CLI config warnings are noise).
  const formatted = execFileSync('terraform', ['fmt', '-recursive', 'examples/'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  for (const file of formatted.split('\n').filter(Boolean)) console.log(`  formatted ${file}`);
} catch (err) {
  console.error(`terraform fmt -recursive examples/ failed (terraform must be on PATH):\n${err.stderr ?? err.message}`);
  process.exit(1);
}

// Bundled next to node_modules so the few packages left external resolve as usual.
const bundle = join(root, 'node_modules/.cache/cdktf-zendesk-messaging/generate.cjs');
mkdirSync(dirname(bundle), { recursive: true });
await build({
  stdin: {
    contents: [
      "export { generateAll, GENERATED_DIRS } from './src/codegen/generate';",
      "export { syntheticFiles, SYNTHETIC_GEN_DIR } from './test/codegen/fixtures/synthetic';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
const { generateAll, GENERATED_DIRS, syntheticFiles, SYNTHETIC_GEN_DIR } = createRequire(import.meta.url)(bundle);

const files = new Map([...generateAll(root), ...syntheticFiles()]);
let written = 0;
let removed = 0;
for (const [path, content] of files) {
  const file = join(root, path);
  if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  written++;
  console.log(`  wrote ${path}`);
}
// Every file in these directories is generated: what the generator no longer produces is stale.
for (const dir of [...GENERATED_DIRS, SYNTHETIC_GEN_DIR]) {
  for (const file of listFiles(join(root, dir))) {
    const path = relative(root, file);
    if (files.has(path)) continue;
    rmSync(file);
    removed++;
    console.log(`  removed ${path}`);
  }
  removeEmptyDirs(join(root, dir));
}
console.log(`generate: ${files.size} files, ${written} written, ${removed} removed.`);

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function removeEmptyDirs(dir) {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeEmptyDirs(join(dir, e.name));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
