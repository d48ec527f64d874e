import { isWhollyKnown } from '../framework';
import type {
  ConfigureRequest,
  ConfigureResponse,
  DataSourceFactory,
  Diagnostics,
  ModelsOf,
  Provider,
  ResourceFactory,
  ValidateConfigRequest,
} from '../framework';
import { Path } from '../framework';
import { VERSION } from '../version';
import { PROVIDER_TYPE } from './address';
import { reportApiError } from './api-errors';
import { AgentDataSource } from './capacity-rule/agent-data-source';
import { CapacityRuleResource } from './capacity-rule/resource';
import { type ConnectionSettings, accountIdentityFor, resolveConnection } from './credentials';
import { CustomTicketStatusDataSource } from './custom-ticket-status/data-source';
import { CustomTicketStatusResource } from './custom-ticket-status/resource';
import { GroupDataSource } from './group/data-source';
import { MessagingSettingsDataSource } from './messaging-settings/data-source';
import { MessagingSettingsResource } from './messaging-settings/resource';
import { OmnichannelQueueDataSource } from './omnichannel-queue/data-source';
import { OmnichannelQueueResource } from './omnichannel-queue/resource';
import { OmnichannelQueueOrderResource } from './omnichannel-queue-order/resource';
import { RoutingConfigurationResource } from './routing-configuration/resource';
import { RoutingAttributeResource } from './routing-attribute/resource';
import { RoutingAttributeValueResource } from './routing-attribute-value/resource';
import { TriggerDataSource } from './trigger/data-source';
import { TriggerResource } from './trigger/resource';
import { deferredCaCertificates } from './deferred-ca-certificates';
import { providerSchema } from './provider-schema';
import { AccountSession, type ZendeskAdminClient } from './session';

/** The HTTP client, a chunk of its own in the bundle: loaded when a provider is configured (or a host warms up). */
export const loadClient = () => import('../client');

/**
 * The zendesk provider as the plugin serves it (the framework's Provider; not
 * to be confused with the generated CDKTF construct `ZendeskProvider`, which
 * configures it from a stack). Resources and data sources are listed here once;
 * everything else about them (schema, docs, bindings) comes from their own
 * declarations.
 */
type ProviderSettings = typeof providerSchema;
type Models = ModelsOf<ProviderSettings>;

export class ZendeskPluginProvider implements Provider<ProviderSettings> {
  readonly typeName = PROVIDER_TYPE;
  readonly version = VERSION;

  constructor(private readonly environment: NodeJS.ProcessEnv = process.env) {}

  schema(): ProviderSettings {
    return providerSchema;
  }

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    resolveConnection(req.config, this.environment, diagnostics, 'validate');
  }

  async configure(req: ConfigureRequest<Models>, resp: ConfigureResponse): Promise<void> {
    if (!isWhollyKnown(req.config)) {
      resp.diagnostics.addError(
        'Provider configuration not yet known',
        'The zendesk provider is configured from values that are only known after apply (for example another ' +
          "resource's attribute). Use variables or literal values for the provider block, or apply the other resource first " +
          '(terraform apply -target=…).',
      );
      return;
    }
    const settings = resolveConnection(req.config, this.environment, resp.diagnostics);
    if (!settings) return;
    const client = await this.connect(settings, req.config, req.stopSignal, resp.diagnostics);
    if (!client) return;
    // The account is identified by where the client sends its requests, not by whichever setting named it.
    const session = new AccountSession(accountIdentityFor(settings, client.baseUrl), client, settings.requestTimeoutMs);
    try {
      // The one cheap authenticated call: a wrong credential fails `plan`, not `apply`. Its answer is reused.
      await session.settings();
    } catch (err) {
      // No attribute path: Terraform would print the credential's line of HCL under the error.
      reportApiError(err, resp.diagnostics, `Checking the credentials against "${session.accountId}"`);
      return;
    }
    resp.providerData = session;
  }

  resources(): readonly ResourceFactory[] {
    return [() => new MessagingSettingsResource(), () => new RoutingConfigurationResource(), () => new TriggerResource(), () => new CapacityRuleResource(), () => new CustomTicketStatusResource(), () => new OmnichannelQueueResource(), () => new OmnichannelQueueOrderResource(), () => new RoutingAttributeResource(), () => new RoutingAttributeValueResource()];
  }

  dataSources(): readonly DataSourceFactory[] {
    return [() => new MessagingSettingsDataSource(), () => new TriggerDataSource(), () => new AgentDataSource(), () => new CustomTicketStatusDataSource(), () => new GroupDataSource(), () => new OmnichannelQueueDataSource()];
  }

  /** Loads the HTTP client only now: most provider starts (schema, validation) never need it. */
  private async connect(settings: ConnectionSettings, config: Models['config'], stopSignal: AbortSignal, diagnostics: Diagnostics) {
    const { createZendeskClient } = await loadClient();
    try {
      return createZendeskClient({
        subdomain: settings.baseUrl ? undefined : settings.subdomain,
        baseUrl: settings.baseUrl,
        auth: settings.auth,
        requestTimeoutMs: settings.requestTimeoutMs,
        maxRetries: settings.maxRetries,
        userAgent: `terraform-provider-zendesk/${VERSION}`,
        extraCaCertificates: deferredCaCertificates(this.environment, diagnostics),
        // Terraform's StopProvider (an interrupted command) ends this instance's calls in flight.
        signal: stopSignal,
      }) satisfies ZendeskAdminClient;
    } catch (err) {
      // The client names the offending setting; point at it when it came from the configuration.
      const setting = (err as { setting?: string }).setting;
      const attribute = setting === 'baseUrl' ? 'base_url' : setting === 'subdomain' ? 'subdomain' : undefined;
      // A base URL with credentials in it must not be pointed at: Terraform would print that line.
      const hasUserInfo = typeof config.base_url === 'string' && /^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(config.base_url);
      const path = attribute && config[attribute] !== null && !hasUserInfo ? Path.root(attribute) : undefined;
      reportApiError(err, diagnostics, 'Connecting to Zendesk', path);
      return undefined;
    }
  }
}
