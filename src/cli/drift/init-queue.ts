/**
 * `terraform init` runs one at a time while a plugin cache is in use.
 *
 * Terraform's plugin cache is not safe for concurrent use (its docs say so,
 * and here several inits sharing TF_PLUGIN_CACHE_DIR failed with "failed to
 * create directory … file exists" or "still not detected in
 * .terraform/providers; this is a bug in Terraform": docs/design/terraform-install.md).
 * CI setups commonly set the cache, and `drift --parallel` inits fresh
 * directories at once, so those inits wait for each other; plans still run in
 * parallel. Without a cache inits share nothing and are not queued.
 */
import { readUserCliConfig } from '../user-cli-config';

/**
 * Whether terraform will use a plugin cache: TF_PLUGIN_CACHE_DIR, or plugin_cache_dir in any CLI configuration file
 * terraform reads (user-cli-config.ts: TF_CLI_CONFIG_FILE or TERRAFORM_CONFIG, else ~/.terraformrc and the .tfrc
 * files beside it; comments ignored).
 */
export function usesPluginCache(env: NodeJS.ProcessEnv): boolean {
  if (env.TF_PLUGIN_CACHE_DIR) return true;
  return readUserCliConfig(env).files.some((f) => f.pluginCacheDir !== undefined && f.pluginCacheDir !== '');
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `run` (an init) after every init queued before it, when a plugin cache is in use; at once otherwise. */
export function initOnce<T>(env: NodeJS.ProcessEnv, run: () => Promise<T>): Promise<T> {
  if (!usesPluginCache(env)) return run();
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
