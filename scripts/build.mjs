// Build: tsc emits the library (dist/, with .d.ts for the construct and client
// APIs); esbuild bundles the executables, because the provider process is
// started 3-5 times per terraform command and a single bundled file starts
// measurably faster than hundreds of required modules.
//
// `--if-stale` (npm run demo, npm test) skips the build when dist/ is newer than every input: `npm ci` has just
// built it (prepare), so `npm ci && npm run demo` builds once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const STAMP = `${root}dist/.build-stamp`;

/** The newest modification time among the build's inputs. */
function newestInput() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of ['src', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']) {
    if (existsSync(`${root}${input}`)) visit(`${root}${input}`);
  }
  return newest;
}

if (process.argv.includes('--if-stale') && existsSync(STAMP) && statSync(STAMP).mtimeMs >= newestInput()) {
  process.stdout.write('dist/ is up to date with src/ (built by npm ci or an earlier run): not rebuilding\n');
  process.exit(0);
}

// Built beside dist/ and swapped in at the end, so a terraform run or test using dist/ while someone rebuilds sees
// the old build or the new one, never a half-written or missing one.
const OUT = `${root}.dist-building-${process.pid}`;
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
try {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`, '--outDir', OUT], {
    stdio: 'inherit',
  });
} catch {
  rmSync(OUT, { recursive: true, force: true });
  process.exit(1);
}

// The construct library for cdktn apps (`cdktf-zendesk-messaging/cdktn`): dist/constructs with the `cdktf`
// module specifier rewritten to `cdktn`, derived here rather than generated and checked in twice
// (src/codegen/cdktn-variant.ts, freshly compiled by the tsc run above).
if (existsSync(`${OUT}/constructs/index.js`)) {
  const { deriveCdktnVariant } = createRequire(import.meta.url)(`${OUT}/codegen/cdktn-variant.js`);
  deriveCdktnVariant(OUT);
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

/**
 * The standalone executable carries the client chunk as a SEA asset (src/cli/release/standalone.ts) and compiles it
 * when the provider is configured, as the bundle loads its chunk file then: a start that only answers the schema or
 * validates never parses it. `require` there loads built-in modules only, which is all the chunk needs.
 */
const clientFromSeaAsset = {
  name: 'client-from-sea-asset',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/client$/ }, (args) => (args.importer.endsWith('src/provider/provider.ts') ? { path: 'sea-client', namespace: 'sea-client' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'sea-client' }, () => ({
      contents: [
        "const { getAsset } = require('node:sea');",
        "const { compileFunction } = require('node:vm');",
        `const load = compileFunction(getAsset('${CLIENT_CHUNK}', 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: '${CLIENT_CHUNK}' });`,
        `load(module.exports, require, module, '${CLIENT_CHUNK}', '.');`,
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/** The client only sends JSON: replace axios' multipart dependency (form-data → mime-db) with a stub. */
const noFormData = {
  name: 'no-form-data',
  setup(b) {
    b.onResolve({ filter: /^form-data$/ }, () => ({ path: `${root}src/client/bundle/form-data-stub.ts` }));
  },
};

/**
 * The client never follows redirects (maxRedirects: 0) and logs through its own logger: replace axios'
 * follow-redirects and the `debug` logger of its proxy agents (→ supports-color, tty, os) with stubs.
 */
const noFollowRedirectsOrDebug = {
  name: 'no-follow-redirects-or-debug',
  setup(b) {
    b.onResolve({ filter: /^follow-redirects$/ }, () => ({ path: `${root}src/client/bundle/follow-redirects-stub.ts` }));
    b.onResolve({ filter: /^debug$/ }, () => ({ path: `${root}src/client/bundle/debug-stub.ts` }));
  },
};

/**
 * Node 20 implements the fetch globals (fetch, Request, Response, FormData…)
 * with undici, loaded the first time any of them is touched: ~12 ms and ~12 MiB
 * in every provider process that talks to Zendesk. axios touches them at init
 * (its fetch adapter probes them; utils looks up FormData) although the client
 * pins the http adapter. So the bundle drops the fetch adapter and looks up no
 * FormData constructor (isFormData still duck-types, which a JSON-only client
 * never needs). The build fails if axios' source changes shape, so an upgrade
 * cannot silently bring undici back; test/client/bundle.test.ts checks it.
 */
const axiosWithoutFetchGlobals = {
  name: 'axios-without-fetch-globals',
  setup(b) {
    b.onLoad({ filter: /[\\/]axios[\\/]lib[\\/]adapters[\\/]fetch\.js$/ }, () => ({
      contents: 'export const getFetch = () => false;\nexport default false;\n',
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]axios[\\/]lib[\\/]utils\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const lookup = "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;";
      if (!source.includes(lookup)) throw new Error(`axios utils.js changed: "${lookup}" not found; revisit scripts/build.mjs`);
      return { contents: source.replace(lookup, 'const FormDataCtor = undefined;'), loader: 'js' };
    });
  },
};

/**
 * The provider bundles carry their GetProviderSchema response, computed here from the provider tsc has just compiled
 * (the same sources as the bundles), so the process terraform starts for the schema parses one string instead of
 * loading every resource, converting its schema and encoding the answer (src/framework/server/prebuilt-schema.ts).
 */
async function prebuiltSchemaDefine() {
  const load = createRequire(import.meta.url);
  const { ZendeskPluginProvider } = load(`${OUT}/provider/provider.js`);
  const { buildProviderSchema } = load(`${OUT}/framework/server/get-provider-schema.js`);
  const { PREBUILT_SCHEMA_GLOBAL, PREBUILT_SCHEMA_BYTES_GLOBAL } = load(`${OUT}/framework/server/prebuilt-schema.js`);
  const { GetProviderSchemaResponse } = load(`${OUT}/protocol/tfprotov6/messages/provider-rpcs.js`);
  const response = await buildProviderSchema({ provider: new ZendeskPluginProvider({}) });
  const bytes = Buffer.from(GetProviderSchemaResponse.encode(response)).toString('base64');
  return { [PREBUILT_SCHEMA_GLOBAL]: JSON.stringify(JSON.stringify(response)), [PREBUILT_SCHEMA_BYTES_GLOBAL]: JSON.stringify(bytes) };
}
const providerDefine = existsSync(`${OUT}/framework/server/prebuilt-schema.js`) ? await prebuiltSchemaDefine() : {};

const bundles = [
  { entry: 'src/provider/main.ts', out: 'terraform-provider-zendesk.js', plugins: [clientAsChunk], minify: true, define: providerDefine },
  // The standalone executable's bundle (src/cli/release/standalone.ts): the client chunk below is its SEA asset.
  { entry: 'src/provider/main.ts', out: 'provider-standalone.js', minify: true, plugins: [clientFromSeaAsset], define: providerDefine },
  { entry: 'src/client/index.ts', out: CLIENT_CHUNK, minify: true, plugins: [noFormData, noFollowRedirectsOrDebug, axiosWithoutFetchGlobals] },
  // The CLI starts for every exec, drift and plan-summary: the same stubs as the client chunk (its drift and demo
  // talk to Zendesk through the same client), and minified, which halves what Node compiles at each start.
  { entry: 'src/cli/main.ts', out: 'cli.js', minify: true, plugins: [noFormData, noFollowRedirectsOrDebug, axiosWithoutFetchGlobals] },
];
for (const { entry, out, plugins = [], minify = false, define = {} } of bundles) {
  if (!existsSync(`${root}${entry}`)) continue;
  await buildOrCleanUp({
    entryPoints: [`${root}${entry}`],
    outfile: `${OUT}/${out}`,
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
    define,
    // import() of the client chunk becomes a plain require: no ESM loader start-up for a CommonJS file.
    supported: { 'dynamic-import': false },
  });
}

/** esbuild's own message is already printed; a failed build leaves dist/ as it was and no staging directory. */
async function buildOrCleanUp(options) {
  try {
    await build(options);
  } catch {
    rmSync(OUT, { recursive: true, force: true });
    process.exit(1);
  }
}

// Last, once everything above succeeded: what --if-stale compares against, then the swap.
writeFileSync(`${OUT}/.build-stamp`, `${new Date().toISOString()}\n`);
const OLD = `${root}.dist-old-${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, OLD);
renameSync(OUT, `${root}dist`);
rmSync(OLD, { recursive: true, force: true });
