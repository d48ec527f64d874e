// Build: tsc emits the library (dist/, with .d.ts for the construct and client
// APIs); esbuild bundles the executables, because the provider process is
// started 3-5 times per terraform command and a single bundled file starts
// measurably faster than hundreds of required modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(`${root}dist`, { recursive: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
  stdio: 'inherit',
});

const bundles = [
  { entry: 'src/provider/main.ts', out: 'dist/terraform-provider-zendesk.js' },
  { entry: 'src/cli/main.ts', out: 'dist/cli.js' },
];
for (const { entry, out } of bundles) {
  if (!existsSync(`${root}${entry}`)) continue;
  await build({
    entryPoints: [`${root}${entry}`],
    outfile: `${root}${out}`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
