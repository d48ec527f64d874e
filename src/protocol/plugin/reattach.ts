/**
 * Debug mode: instead of being started by terraform, the provider runs on
 * its own (e.g. under a debugger) and tells the developer how to point
 * terraform at it. Terraform reads TF_REATTACH_PROVIDERS (a JSON map from
 * provider address to go-plugin's ReattachConfig), connects without TLS, and,
 * because `Test` is true, never asks the process to shut down: one provider
 * process serves many terraform commands until it is interrupted.
 */
import { PLUGIN_PROTOCOL_VERSION } from './handshake';

export interface ReattachConfig {
  Protocol: 'grpc';
  ProtocolVersion: number;
  Pid: number;
  Test: true;
  Addr: { Network: 'tcp' | 'unix'; String: string };
}

/** Where a reattachable provider listens: a TCP address, or a unix domain socket's path. */
export type ListenAddress = { network: 'tcp'; host: string; port: number } | { network: 'unix'; path: string };

/** The TF_REATTACH_PROVIDERS value for one provider. */
export function reattachProvidersJSON(providerAddress: string, address: ListenAddress, pid = process.pid): string {
  const config: ReattachConfig = {
    Protocol: 'grpc',
    ProtocolVersion: PLUGIN_PROTOCOL_VERSION,
    Pid: pid,
    Test: true,
    Addr: address.network === 'tcp' ? { Network: 'tcp', String: `${address.host}:${address.port}` } : { Network: 'unix', String: address.path },
  };
  return JSON.stringify({ [providerAddress]: config });
}

export function reattachInstructions(json: string): string {
  return (
    'Provider started. To attach Terraform CLI, set the TF_REATTACH_PROVIDERS environment variable with the following:\n\n' +
    `\tTF_REATTACH_PROVIDERS='${json}'\n\n` +
    'Press Ctrl-C to stop the provider.\n'
  );
}
