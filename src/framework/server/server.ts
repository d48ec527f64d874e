import { errorMessage, getLogger } from '../../protocol/log';
import type * as proto from '../../protocol/tfprotov6/types';
import type { DataSource } from '../data-source';
import { BUG_REPORT_DETAIL, Diagnostics } from '../diagnostics';
import type { Provider } from '../provider';
import type { Resource } from '../resource';
import { SecretScrubber } from '../secrets';
import { applyResourceChange } from './apply-resource-change';
import { configureProvider } from './configure-provider';
import { type ServerContext, unknownTypeDiagnostic } from './context';
import { getMetadata, getProviderSchema } from './get-provider-schema';
import { importResourceState } from './import-resource-state';
import { planResourceChange } from './plan-resource-change';
import { readDataSource } from './read-data-source';
import { readResource } from './read-resource';
import { toProtoDiagnostics } from './to-proto/diagnostics';
import { upgradeResourceState } from './upgrade-resource-state';
import { validateDataResourceConfig, validateResourceConfig } from './validate-resource-config';
import { validateProviderConfig } from './validate-provider-config';

/**
 * Adapts a framework Provider to the protocol's ProviderServer. Each RPC lives
 * in its own module (decode → framework semantics → encode); this class only
 * routes, and turns anything thrown into an error diagnostic (see guard) so
 * that a provider bug shows up as a readable message rather than a crashed plugin.
 */
export class FrameworkServer implements proto.ProviderServer {
  private readonly ctx: ServerContext;

  constructor(provider: Provider) {
    const resources = indexByTypeName(provider.resources());
    const dataSources = indexByTypeName(provider.dataSources());
    this.ctx = {
      provider,
      scrubber: new SecretScrubber(),
      providerData: undefined,
      stopController: new AbortController(),
      newResource: (typeName: string, diagnostics: Diagnostics): Resource | undefined => {
        const factory = resources.get(typeName);
        if (!factory) unknownTypeDiagnostic('resource', typeName, diagnostics);
        return factory?.();
      },
      newDataSource: (typeName: string, diagnostics: Diagnostics): DataSource | undefined => {
        const factory = dataSources.get(typeName);
        if (!factory) unknownTypeDiagnostic('data source', typeName, diagnostics);
        return factory?.();
      },
    };
  }

  /** The AbortSignal that StopProvider fires; providers hand it to their API clients. */
  get stopSignal(): AbortSignal {
    return this.ctx.stopController.signal;
  }

  getMetadata() {
    return this.guard('GetMetadata', () => getMetadata(this.ctx), { serverCapabilities: {}, resources: [], dataSources: [] });
  }
  getProviderSchema() {
    return this.guard('GetProviderSchema', () => getProviderSchema(this.ctx), { resourceSchemas: {}, dataSourceSchemas: {} });
  }
  validateProviderConfig(req: proto.ValidateProviderConfigRequest) {
    return this.guard('ValidateProviderConfig', () => validateProviderConfig(this.ctx, req), {});
  }
  validateResourceConfig(req: proto.ValidateResourceConfigRequest) {
    return this.guard('ValidateResourceConfig', () => validateResourceConfig(this.ctx, req), {});
  }
  validateDataResourceConfig(req: proto.ValidateDataResourceConfigRequest) {
    return this.guard('ValidateDataResourceConfig', () => validateDataResourceConfig(this.ctx, req), {});
  }
  upgradeResourceState(req: proto.UpgradeResourceStateRequest) {
    return this.guard('UpgradeResourceState', () => upgradeResourceState(this.ctx, req), {});
  }
  configureProvider(req: proto.ConfigureProviderRequest) {
    return this.guard('ConfigureProvider', () => configureProvider(this.ctx, req), {});
  }
  readResource(req: proto.ReadResourceRequest) {
    // On a crash, hand the current state back untouched.
    return this.guard('ReadResource', () => readResource(this.ctx, req), { newState: req.currentState, private: req.private });
  }
  planResourceChange(req: proto.PlanResourceChangeRequest) {
    return this.guard('PlanResourceChange', () => planResourceChange(this.ctx, req), { requiresReplace: [] });
  }
  applyResourceChange(req: proto.ApplyResourceChangeRequest) {
    // On a crash, keep the prior state: never lose what Terraform knew.
    return this.guard('ApplyResourceChange', () => applyResourceChange(this.ctx, req), { newState: req.priorState });
  }
  importResourceState(req: proto.ImportResourceStateRequest) {
    return this.guard('ImportResourceState', () => importResourceState(this.ctx, req), { importedResources: [] });
  }
  async moveResourceState(req: proto.MoveResourceStateRequest): Promise<proto.MoveResourceStateResponse> {
    const diagnostics = new Diagnostics().addError(
      'Moving resource state is not supported',
      `${req.targetTypeName} cannot be the target of a "moved" block from ${req.sourceTypeName}; import it instead.`,
    );
    return { diagnostics: toProtoDiagnostics(diagnostics, this.ctx.scrubber) };
  }
  readDataSource(req: proto.ReadDataSourceRequest) {
    return this.guard('ReadDataSource', () => readDataSource(this.ctx, req), {});
  }
  async stopProvider(): Promise<proto.StopProviderResponse> {
    this.ctx.stopController.abort();
    return { error: '' };
  }

  /**
   * The one error boundary: a thrown error becomes one error diagnostic with
   * one text for every RPC, scrubbed of secrets, while `fallback` keeps what
   * Terraform knew (the prior state). The stack goes to the log (TF_LOG).
   */
  private async guard<T extends { diagnostics: proto.Diagnostic[] }>(
    rpc: string,
    run: () => Promise<T>,
    fallback: Omit<T, 'diagnostics'>,
  ): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const scrub = (text: string) => this.ctx.scrubber.scrub(text);
      getLogger().named('framework').error('provider method failed', { tf_rpc: rpc, error: scrub(err instanceof Error ? (err.stack ?? err.message) : errorMessage(err)) });
      const diagnostics = new Diagnostics().addError('Unexpected provider error', `${BUG_REPORT_DETAIL}\n\nThe ${rpc} call failed: ${errorMessage(err)}`);
      return { ...fallback, diagnostics: toProtoDiagnostics(diagnostics, this.ctx.scrubber) } as T;
    }
  }
}

function indexByTypeName<T extends { typeName: string }>(factories: readonly (() => T)[]): Map<string, () => T> {
  return new Map(factories.map((factory) => [factory().typeName, factory]));
}

