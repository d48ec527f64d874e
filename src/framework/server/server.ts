import { errorMessage, getLogger } from '../../protocol/log';
import type * as proto from '../../protocol/tfprotov6/types';
import type { DataSource } from '../data-source';
import { BUG_REPORT_DETAIL, Diagnostics } from '../diagnostics';
import { typeNameOf } from '../lazy-factory';
import { PHASE } from '../model/decode-model';
import type { Provider } from '../provider';
import type { Resource } from '../resource';
import { SecretScrubber } from '../secrets';
import { applyResourceChange } from './apply-resource-change';
import { configureProvider, validateProviderConfig } from './configure-provider';
import { type ServerContext, unknownTypeDiagnostic } from './context';
import { applyResourceChangeRequest } from './from-proto/apply-resource-change';
import { fromProtoModel, fromProtoObject } from './from-proto/dynamic-value';
import { planResourceChangeRequest } from './from-proto/plan-resource-change';
import { readResourceRequest } from './from-proto/read-resource';
import { upgradeResourceStateRequest } from './from-proto/upgrade-resource-state';
import { getMetadata, getProviderSchema } from './get-provider-schema';
import { importResourceState } from './import-resource-state';
import { planResourceChange } from './plan-resource-change';
import { readDataSource } from './read-data-source';
import { readResource } from './read-resource';
import { dataSourceRpc, providerRpc, resourceRpc } from './resource-rpc';
import { applyResourceChangeResponse } from './to-proto/apply-resource-change';
import { toProtoDiagnostics } from './to-proto/diagnostics';
import { importResourceStateResponse } from './to-proto/import-resource-state';
import { planResourceChangeResponse } from './to-proto/plan-resource-change';
import { readDataSourceResponse } from './to-proto/read-data-source';
import { readResourceResponse } from './to-proto/read-resource';
import { upgradeResourceStateResponse } from './to-proto/upgrade-resource-state';
import { upgradeResourceState } from './upgrade-resource-state';
import { validateConfig } from './validate-config';

/**
 * Adapts a framework Provider to the protocol's ProviderServer, as
 * terraform-plugin-framework's proto6server does: each RPC is from-proto
 * (decode into framework values, checked against the schema's model), the
 * framework's semantics (one module per RPC, free of protocol types), and
 * to-proto (encode), with what every resource RPC repeats in resource-rpc.ts.
 * This class only routes, and turns anything thrown into an error diagnostic
 * so that a provider bug shows up as a readable message rather than a crashed plugin.
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

  getMetadata() {
    return this.guard('GetMetadata', () => getMetadata(this.ctx), { serverCapabilities: {}, resources: [], dataSources: [] });
  }
  getProviderSchema() {
    return this.guard('GetProviderSchema', () => getProviderSchema(this.ctx), { resourceSchemas: {}, dataSourceSchemas: {} });
  }
  validateProviderConfig(req: proto.ValidateProviderConfigRequest) {
    return this.guard('ValidateProviderConfig', () => providerRpc(this.ctx, (diagnostics) => {
      const config = fromProtoObject(req.config, this.ctx.provider.schema(), 'provider configuration', diagnostics);
      if (config) validateProviderConfig(this.ctx, config, diagnostics);
    }), {});
  }
  validateResourceConfig(req: proto.ValidateResourceConfigRequest) {
    return this.guard('ValidateResourceConfig', async () => diagnosticsOnly(
      await resourceRpc(this.ctx, req.typeName, 'unconfigured', (resource, diagnostics) => {
        const config = fromProtoObject(req.config, resource.schema(), 'resource configuration', diagnostics);
        if (config) validateConfig(resource, config, 'resource configuration', diagnostics);
      }),
    ), {});
  }
  validateDataResourceConfig(req: proto.ValidateDataResourceConfigRequest) {
    return this.guard('ValidateDataResourceConfig', async () => diagnosticsOnly(
      await dataSourceRpc(this.ctx, req.typeName, 'unconfigured', (dataSource, diagnostics) => {
        const config = fromProtoObject(req.config, dataSource.schema(), 'data source configuration', diagnostics);
        if (config) validateConfig(dataSource, config, 'data source configuration', diagnostics);
      }),
    ), {});
  }
  upgradeResourceState(req: proto.UpgradeResourceStateRequest) {
    return this.guard('UpgradeResourceState', async () => upgradeResourceStateResponse(
      await resourceRpc(this.ctx, req.typeName, 'unconfigured', (resource, diagnostics) => {
        const stored = upgradeResourceStateRequest(req, diagnostics);
        return stored && upgradeResourceState(resource, stored, diagnostics);
      }),
    ), {});
  }
  configureProvider(req: proto.ConfigureProviderRequest) {
    return this.guard('ConfigureProvider', () => providerRpc(this.ctx, async (diagnostics) => {
      // May hold unknowns: the provider's configure says what it needs known.
      const config = fromProtoModel(req.config, this.ctx.provider.schema(), PHASE.config, 'provider configuration', diagnostics);
      if (config !== undefined) await configureProvider(this.ctx, req.terraformVersion, config, diagnostics);
    }), {});
  }
  readResource(req: proto.ReadResourceRequest) {
    // On a crash, hand the current state back untouched.
    return this.guard('ReadResource', async () => readResourceResponse(
      await resourceRpc(this.ctx, req.typeName, 'configured', (resource, diagnostics) => {
        const refresh = readResourceRequest(req, resource.schema(), diagnostics);
        return refresh && readResource(resource, refresh, diagnostics);
      }),
      req,
    ), { newState: req.currentState, private: req.private });
  }
  planResourceChange(req: proto.PlanResourceChangeRequest) {
    return this.guard('PlanResourceChange', async () => planResourceChangeResponse(
      await resourceRpc(this.ctx, req.typeName, 'configured', (resource, diagnostics) => {
        const change = planResourceChangeRequest(req, resource.schema(), diagnostics);
        return change && planResourceChange(resource, change, diagnostics);
      }),
    ), { requiresReplace: [] });
  }
  applyResourceChange(req: proto.ApplyResourceChangeRequest) {
    // On a crash, keep the prior state: never lose what Terraform knew.
    return this.guard('ApplyResourceChange', async () => applyResourceChangeResponse(
      await resourceRpc(this.ctx, req.typeName, 'configured', (resource, diagnostics) => {
        const change = applyResourceChangeRequest(req, resource.schema(), diagnostics);
        return change && applyResourceChange(resource, change, diagnostics);
      }),
      req,
    ), { newState: req.priorState });
  }
  importResourceState(req: proto.ImportResourceStateRequest) {
    return this.guard('ImportResourceState', async () => importResourceStateResponse(
      await resourceRpc(this.ctx, req.typeName, 'configured', (resource, diagnostics) => importResourceState(resource, req.id, req.typeName, diagnostics)),
      req.typeName,
    ), { importedResources: [] });
  }
  async moveResourceState(req: proto.MoveResourceStateRequest): Promise<proto.MoveResourceStateResponse> {
    const diagnostics = new Diagnostics().addError(
      'Moving resource state is not supported',
      `${req.targetTypeName} cannot be the target of a "moved" block from ${req.sourceTypeName}; import it instead.`,
    );
    return { diagnostics: toProtoDiagnostics(diagnostics, this.ctx.scrubber) };
  }
  readDataSource(req: proto.ReadDataSourceRequest) {
    return this.guard('ReadDataSource', async () => readDataSourceResponse(
      await dataSourceRpc(this.ctx, req.typeName, 'configured', (dataSource, diagnostics) => {
        // Wholly known: Terraform defers the read while any of it is unknown.
        const config = fromProtoModel(req.config, dataSource.schema(), PHASE.knownConfig, 'data source configuration', diagnostics);
        return config ? readDataSource(dataSource, config, diagnostics) : undefined;
      }),
    ), {});
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

/** Validation answers only with diagnostics. */
const diagnosticsOnly = ({ diagnostics }: { diagnostics: proto.Diagnostic[] }) => ({ diagnostics });

/** By the name each factory declares (namedFactory), so no resource is made, nor its module loaded, before it is asked for. */
function indexByTypeName<T extends { typeName: string }>(factories: readonly (() => T)[]): Map<string, () => T> {
  return new Map(factories.map((factory) => [typeNameOf(factory), factory]));
}

