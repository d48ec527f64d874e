import { isWhollyKnown } from '../framework';
import { namedFactory } from '../framework/lazy-factory';
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
import { type ConnectionSettings, accountIdentityFor, resolveConnection } from './credentials';
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

  /* eslint-disable @typescript-eslint/no-require-imports -- a synchronous load on first use, bundled by esbuild as a lazily evaluated module */
  resources(): readonly ResourceFactory[] {
    // Named factories whose module is required on first use: a process evaluates only the implementations terraform
    // asks it about (namedFactory). One line per resource; test/provider/lazy-registration.test.ts checks the names.
    return [
      namedFactory('zendesk_messaging_settings', () => new (require('./messaging-settings/resource') as typeof import('./messaging-settings/resource')).MessagingSettingsResource()),
      namedFactory('zendesk_routing_configuration', () => new (require('./routing-configuration/resource') as typeof import('./routing-configuration/resource')).RoutingConfigurationResource()),
      namedFactory('zendesk_trigger', () => new (require('./trigger/resource') as typeof import('./trigger/resource')).TriggerResource()),
      namedFactory('zendesk_capacity_rule', () => new (require('./capacity-rule/resource') as typeof import('./capacity-rule/resource')).CapacityRuleResource()),
      namedFactory('zendesk_custom_ticket_status', () => new (require('./custom-ticket-status/resource') as typeof import('./custom-ticket-status/resource')).CustomTicketStatusResource()),
      namedFactory('zendesk_omnichannel_queue', () => new (require('./omnichannel-queue/resource') as typeof import('./omnichannel-queue/resource')).OmnichannelQueueResource()),
      namedFactory('zendesk_omnichannel_queue_order', () => new (require('./omnichannel-queue-order/resource') as typeof import('./omnichannel-queue-order/resource')).OmnichannelQueueOrderResource()),
      namedFactory('zendesk_routing_attribute', () => new (require('./routing-attribute/resource') as typeof import('./routing-attribute/resource')).RoutingAttributeResource()),
      namedFactory('zendesk_routing_attribute_value', () => new (require('./routing-attribute-value/resource') as typeof import('./routing-attribute-value/resource')).RoutingAttributeValueResource()),
    ];
  }

  dataSources(): readonly DataSourceFactory[] {
    return [
      namedFactory('zendesk_messaging_settings', () => new (require('./messaging-settings/data-source') as typeof import('./messaging-settings/data-source')).MessagingSettingsDataSource()),
      namedFactory('zendesk_trigger', () => new (require('./trigger/data-source') as typeof import('./trigger/data-source')).TriggerDataSource()),
      namedFactory('zendesk_agent', () => new (require('./capacity-rule/agent-data-source') as typeof import('./capacity-rule/agent-data-source')).AgentDataSource()),
      namedFactory('zendesk_custom_ticket_status', () => new (require('./custom-ticket-status/data-source') as typeof import('./custom-ticket-status/data-source')).CustomTicketStatusDataSource()),
      namedFactory('zendesk_group', () => new (require('./group/data-source') as typeof import('./group/data-source')).GroupDataSource()),
      namedFactory('zendesk_omnichannel_queue', () => new (require('./omnichannel-queue/data-source') as typeof import('./omnichannel-queue/data-source')).OmnichannelQueueDataSource()),
    ];
  }
  /* eslint-enable @typescript-eslint/no-require-imports */

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
