/**
 * The go-plugin handshake, as terraform's plugin client expects it.
 *
 * - Terraform sets TF_PLUGIN_MAGIC_COOKIE to a fixed value: without it the
 *   program was run by hand and must explain itself instead of listening.
 * - The first line on stdout is `CORE|APP|NETWORK|ADDRESS|PROTOCOL|CERT`:
 *   core protocol 1, plugin protocol 6, tcp, the address, grpc, and the
 *   server certificate (base64 DER, no padding; empty without AutoMTLS).
 */

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const CORE_PROTOCOL_VERSION = 1;
export const PLUGIN_PROTOCOL_VERSION = 6;

export const NOT_A_PLUGIN_MESSAGE =
  'This binary is a plugin. These are not meant to be executed directly.\n' +
  'Please execute the program that consumes these plugins, which will\n' +
  'load any plugins automatically\n';

export function hasMagicCookie(env: NodeJS.ProcessEnv): boolean {
  return env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE;
}

/** True unless PLUGIN_PROTOCOL_VERSIONS is set and does not offer protocol 6. */
export function clientOffersProtocol6(env: NodeJS.ProcessEnv): boolean {
  const offered = env.PLUGIN_PROTOCOL_VERSIONS;
  if (!offered) return true;
  return offered.split(',').some((v) => v.trim() === String(PLUGIN_PROTOCOL_VERSION));
}

export function handshakeLine(host: string, port: number, certificate: string): string {
  return `${CORE_PROTOCOL_VERSION}|${PLUGIN_PROTOCOL_VERSION}|tcp|${host}:${port}|grpc|${certificate}\n`;
}

/**
 * Ports to try, from PLUGIN_MIN_PORT / PLUGIN_MAX_PORT (go-plugin's knobs
 * for firewalled hosts). Neither set: [0], i.e. any free port. One set: the
 * other end defaults to the widest range (go-plugin would refuse; being
 * lenient costs nothing). Throws on malformed values.
 */
export function portCandidates(env: NodeJS.ProcessEnv): number[] {
  const rawMin = env.PLUGIN_MIN_PORT;
  const rawMax = env.PLUGIN_MAX_PORT;
  if (!rawMin && !rawMax) return [0];
  const min = rawMin ? parsePort('PLUGIN_MIN_PORT', rawMin) : 1;
  const max = rawMax ? parsePort('PLUGIN_MAX_PORT', rawMax) : 65535;
  if (min > max) throw new Error(`PLUGIN_MIN_PORT value of ${min} is greater than PLUGIN_MAX_PORT value of ${max}`);
  const ports: number[] = [];
  for (let p = min; p <= max; p++) ports.push(p);
  return ports;
}

function parsePort(name: string, raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 0 || n > 65535) throw new Error(`couldn't get value from ${name}: ${JSON.stringify(raw)} is not a port`);
  return n;
}
