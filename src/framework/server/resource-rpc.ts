import type * as proto from '../../protocol/tfprotov6/types';
import type { DataSource } from '../data-source';
import { Diagnostics } from '../diagnostics';
import type { Resource } from '../resource';
import type { Schema } from '../schema/schema';
import type { ServerContext } from './context';
import { toProtoDiagnostics } from './to-proto/diagnostics';

/** What a resource or data source RPC's own step produced, ready for its to-proto step. */
export interface RpcOutcome<T> {
  /** undefined when the step did not run or had nothing to return (its diagnostics say why); may come with errors. */
  readonly result: T | undefined;
  /** The target's schema, for encoding the result; undefined for an unknown type name. */
  readonly schema: Schema | undefined;
  readonly diagnostics: proto.Diagnostic[];
}

/** Whether the RPC works with the configured provider (reads and writes) or without it (validation, upgrades). */
export type Configuration = 'configured' | 'unconfigured';

/**
 * What every resource RPC repeats, in one place: a fresh instance of the type
 * (an unknown type name is a diagnostic), the provider data handed to its
 * configure (which checks the data's type), the RPC's own step (from-proto
 * decoding, then the semantics) unless that failed, and the diagnostics
 * encoded for the wire: scrubbed of secrets, without paths into sensitive attributes.
 */
export function resourceRpc<T>(
  ctx: ServerContext,
  typeName: string,
  configuration: Configuration,
  step: (resource: Resource, diagnostics: Diagnostics) => Promise<T | undefined> | T | undefined,
): Promise<RpcOutcome<T>> {
  const diagnostics = new Diagnostics();
  return run(ctx, ctx.newResource(typeName, diagnostics), configuration, diagnostics, step);
}

/** The same for a data source RPC. */
export function dataSourceRpc<T>(
  ctx: ServerContext,
  typeName: string,
  configuration: Configuration,
  step: (dataSource: DataSource, diagnostics: Diagnostics) => Promise<T | undefined> | T | undefined,
): Promise<RpcOutcome<T>> {
  const diagnostics = new Diagnostics();
  return run(ctx, ctx.newDataSource(typeName, diagnostics), configuration, diagnostics, step);
}

async function run<K extends Resource | DataSource, T>(
  ctx: ServerContext,
  target: K | undefined,
  configuration: Configuration,
  diagnostics: Diagnostics,
  step: (target: K, diagnostics: Diagnostics) => Promise<T | undefined> | T | undefined,
): Promise<RpcOutcome<T>> {
  const schema = target?.schema();
  let result: T | undefined;
  if (target) {
    if (configuration === 'configured') target.configure?.(ctx.providerData, diagnostics);
    if (!diagnostics.hasError()) result = await step(target, diagnostics);
  }
  return { result, schema, diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, schema) };
}

/** The same for a provider RPC: the provider's schema decides which diagnostic paths are sensitive. */
export async function providerRpc(ctx: ServerContext, step: (diagnostics: Diagnostics) => Promise<void> | void): Promise<{ diagnostics: proto.Diagnostic[] }> {
  const diagnostics = new Diagnostics();
  await step(diagnostics);
  return { diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, ctx.provider.schema()) };
}
