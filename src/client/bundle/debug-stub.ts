/**
 * Stands in for the `debug` package in the bundled client (see
 * scripts/build.mjs). axios' proxy support (https-proxy-agent, agent-base)
 * logs through it when DEBUG names them; loading the real package at axios'
 * first use also loads supports-color and wakes tty, os and process.stderr:
 * most of ~25 ms in every configured provider's first request. The client
 * logs through its own logger (TF_LOG), never through DEBUG.
 */
type Debugger = ((...args: unknown[]) => void) & { enabled: boolean; namespace: string; extend: (suffix: string) => Debugger };

function createDebug(namespace: string): Debugger {
  const log = (() => undefined) as unknown as Debugger;
  log.enabled = false;
  log.namespace = namespace;
  log.extend = (suffix: string) => createDebug(`${namespace}:${suffix}`);
  return log;
}
createDebug.enable = (): void => undefined;
createDebug.disable = (): string => '';
createDebug.enabled = (): boolean => false;

export default createDebug;
