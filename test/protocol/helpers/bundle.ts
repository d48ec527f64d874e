import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const FIXTURES = resolve(__dirname, '..', 'fixtures');

/** Bundles the echo test provider into one file, as the real provider is shipped (esbuild, node20). */
export async function bundleEchoProvider(outDir: string): Promise<string> {
  const outfile = join(outDir, 'echo-provider.js');
  await build({
    entryPoints: [join(FIXTURES, 'echo-main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export const MAGIC_COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** The parent environment without anything that would steer terraform or the provider (TF_LOG, a CLI config, …). */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(TF_|PLUGIN_|CHECKPOINT_)/.test(k)) env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}
