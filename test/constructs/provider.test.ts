/**
 * The generated `ZendeskProvider` construct: the provider block and
 * required_providers entry Terraform needs to install and configure
 * zendesk-iac/zendesk, aliases, and the generated data source.
 */
import './support/jest-setup';
import { TerraformOutput, TerraformVariable, Testing } from 'cdktf';
import { DataZendeskMessagingSettings, MessagingSettings, ZendeskProvider } from '../../src';
import { VERSION } from '../../src/version';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ZendeskProvider', () => {
  it('synthesizes every provider attribute with its snake_case name', () => {
    const json = Testing.synthScope((scope) => {
      new ZendeskProvider(scope, 'zendesk', {
        subdomain: 'acme',
        baseUrl: 'http://127.0.0.1:8080/acme',
        email: 'admin@example.com',
        apiToken: 'token',
        oauthToken: 'oauth',
        oauthClientId: 'client',
        oauthClientSecret: 'secret',
        requestTimeoutSeconds: 10,
        maxRetries: 2,
      });
    });
    expect(json).toHaveProviderWithProperties(ZendeskProvider, {
      subdomain: 'acme',
      base_url: 'http://127.0.0.1:8080/acme',
      email: 'admin@example.com',
      api_token: 'token',
      oauth_token: 'oauth',
      oauth_client_id: 'client',
      oauth_client_secret: 'secret',
      request_timeout_seconds: 10,
      max_retries: 2,
    });
  });

  it('requires zendesk-iac/zendesk at the version the bindings were generated from', () => {
    const json: Json = JSON.parse(Testing.synthScope((scope) => new ZendeskProvider(scope, 'zendesk', {})));
    expect(json.terraform.required_providers).toEqual({ zendesk: { source: 'zendesk-iac/zendesk', version: VERSION } });
    expect(json.provider).toEqual({ zendesk: [{}] });
  });

  it('supports aliases: a second provider block, selected per resource', () => {
    const json: Json = JSON.parse(
      Testing.synthScope((scope) => {
        new ZendeskProvider(scope, 'default', { subdomain: 'acme' });
        const eu = new ZendeskProvider(scope, 'eu', { subdomain: 'acme-eu', alias: 'eu' });
        expect(eu.alias).toBe('eu');
        expect(eu.aliasInput).toBe('eu');
        new MessagingSettings(scope, 'settings', { provider: eu });
      }),
    );
    expect(json.provider.zendesk).toEqual([{ subdomain: 'acme' }, { subdomain: 'acme-eu', alias: 'eu' }]);
    expect(json.resource.zendesk_messaging_settings.settings.provider).toBe('zendesk.eu');
  });

  it('has plain getters, setters and reset methods (a provider block has no attribute references)', () => {
    const json: Json = JSON.parse(
      Testing.synthScope((scope) => {
        const provider = new ZendeskProvider(scope, 'zendesk', { subdomain: 'acme', maxRetries: 3 });
        provider.oauthClientId = 'client';
        provider.resetMaxRetries();
        provider.alias = 'primary';
        provider.resetAlias();
        expect(provider.subdomain).toBe('acme');
        expect(provider.maxRetries).toBeUndefined();
      }),
    );
    expect(json.provider.zendesk).toEqual([{ subdomain: 'acme', oauth_client_id: 'client' }]);
  });

  it('takes tokens, e.g. a sensitive variable for the OAuth secret', () => {
    const json: Json = JSON.parse(
      Testing.synthScope((scope) => {
        const secret = new TerraformVariable(scope, 'oauth_client_secret', { type: 'string', sensitive: true });
        new ZendeskProvider(scope, 'zendesk', { subdomain: 'acme', oauthClientId: 'client', oauthClientSecret: secret.stringValue });
      }),
    );
    expect(json.provider.zendesk[0].oauth_client_secret).toBe('${var.oauth_client_secret}');
  });
});

describe('DataZendeskMessagingSettings', () => {
  it('is a data source with only computed attributes, read through references', () => {
    const json = Testing.synthScope((scope) => {
      new ZendeskProvider(scope, 'zendesk', { subdomain: 'acme' });
      const current = new DataZendeskMessagingSettings(scope, 'current', { dependsOn: [] });
      new TerraformOutput(scope, 'routing', { value: current.agentEndedSessionRouting });
      new TerraformOutput(scope, 'omnichannel', { value: current.omnichannelRoutingEnabled });
      new TerraformOutput(scope, 'first_reminder', { value: current.inactivity.reminders.get(0).message });
      new TerraformOutput(scope, 'reminder_tags', { value: current.inactivity.reminders.get(1).tags });
    });
    expect(DataZendeskMessagingSettings.tfResourceType).toBe('zendesk_messaging_settings');
    expect(json).toHaveDataSource(DataZendeskMessagingSettings);
    const outputs = JSON.parse(json).output;
    expect(outputs).toEqual({
      routing: { value: '${data.zendesk_messaging_settings.current.agent_ended_session_routing}' },
      omnichannel: { value: '${data.zendesk_messaging_settings.current.omnichannel_routing_enabled}' },
      first_reminder: { value: '${data.zendesk_messaging_settings.current.inactivity.reminders[0].message}' },
      reminder_tags: { value: '${data.zendesk_messaging_settings.current.inactivity.reminders[1].tags}' },
    });
  });

  it('synthesizes no arguments of its own', () => {
    const json: Json = JSON.parse(Testing.synthScope((scope) => new DataZendeskMessagingSettings(scope, 'current')));
    expect(json.data.zendesk_messaging_settings.current).toEqual({});
  });
});
