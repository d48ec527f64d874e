// Build: tsc emits the library (dist/, with .d.ts for the construct and client
// APIs); esbuild bundles the executables, because the provider process is
// started 3-5 times per terraform command and a single bundled file starts
// measurably faster than hundreds of required modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(`${root}dist`, { recursive: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
  stdio: 'inherit',
});

// The construct library for cdktn apps (`cdktf-zendesk-messaging/cdktn`): dist/constructs with the `cdktf`
// module specifier rewritten to `cdktn`, derived here rather than generated and checked in twice
// (src/codegen/cdktn-variant.ts, freshly compiled by the tsc run above).
if (existsSync(`${root}dist/constructs/index.js`)) {
  const { deriveCdktnVariant } = createRequire(import.meta.url)(`${root}dist/codegen/cdktn-variant.js`);
  deriveCdktnVariant(`${root}dist`);
}

/** The admin API client (axios and friends: ~600 KB) is its own file, loaded only when the provider is configured. */
export const CLIENT_CHUNK = 'zendesk-client.js';

/**
 * Most provider starts only answer GetProviderSchema or validate configuration
 * and never touch the network, so the provider bundle leaves `src/client` out
 * and `import('../client')` loads the separate chunk on demand.
 */
const clientAsChunk = {
  name: 'client-as-chunk',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/client$/ }, (args) =>
      args.importer.endsWith('src/provider/provider.ts') ? { path: `./${CLIENT_CHUNK}`, external: true } : undefined,
    );
  },
};

/** The client only sends JSON: replace axios' multipart dependency (form-data → mime-db) with a stub. */
const noFormData = {
  name: 'no-form-data',
  setup(b) {
    b.onResolve({ filter: /^form-data$/ }, () => ({ path: `${root}src/client/bundle/form-data-stub.ts` }));
  },
};

const bundles = [
  { entry: 'src/provider/main.ts', out: 'dist/terraform-provider-zendesk.js', plugins: [clientAsChunk], minify: true },
  { entry: 'src/client/index.ts', out: `dist/${CLIENT_CHUNK}`, minify: true, plugins: [noFormData] },
  { entry: 'src/cli/main.ts', out: 'dist/cli.js' },
];
for (const { entry, out, plugins = [], minify = false } of bundles) {
  if (!existsSync(`${root}${entry}`)) continue;
  await build({
    entryPoints: [`${root}${entry}`],
    outfile: `${root}${out}`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify,
    // Keep names readable in stack traces of provider bugs.
    keepNames: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins,
    // import() of the client chunk becomes a plain require: no ESM loader start-up for a CommonJS file.
    supported: { 'dynamic-import': false },
  });
}
