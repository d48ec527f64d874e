// https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs
// generated from terraform resource schema
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ZendeskProviderConfig {
  /**
   * Zendesk API token (Basic auth as `{email}/token:{api_token}`). Deprecated by Zendesk: no new tokens since 2026-10-27 and all tokens stop working on 2027-04-30; use OAuth. Falls back to the `ZENDESK_API_TOKEN` environment variable.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#api_token ZendeskProvider#api_token}
   */
  readonly apiToken?: string;
  /**
   * The API root, for example `https://acme.zendesk.com` or an emulator account root such as `http://127.0.0.1:8080/acme`. Defaults to `https://{subdomain}.zendesk.com`. Plain http is accepted only for loopback hosts, so credentials never travel in clear text. Falls back to the `ZENDESK_BASE_URL` environment variable.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#base_url ZendeskProvider#base_url}
   */
  readonly baseUrl?: string;
  /**
   * Email of the Zendesk user the API token acts as (API token auth only). Falls back to the `ZENDESK_EMAIL` environment variable.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#email ZendeskProvider#email}
   */
  readonly email?: string;
  /**
   * How often a request is retried after a rate limit (429, honouring Retry-After) or, for idempotent requests, a server error or network failure. Defaults to 5.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#max_retries ZendeskProvider#max_retries}
   */
  readonly maxRetries?: number;
  /**
   * OAuth client ID for the client credentials grant: the provider mints a short-lived access token, reuses it, and gets a new one when it expires. Falls back to the `ZENDESK_OAUTH_CLIENT_ID` environment variable.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#oauth_client_id ZendeskProvider#oauth_client_id}
   */
  readonly oauthClientId?: string;
  /**
   * OAuth client secret for the client credentials grant. Falls back to the `ZENDESK_OAUTH_CLIENT_SECRET` environment variable.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#oauth_client_secret ZendeskProvider#oauth_client_secret}
   */
  readonly oauthClientSecret?: string;
  /**
   * A ready OAuth access token, sent as a Bearer token. Falls back to the `ZENDESK_OAUTH_TOKEN` environment variable.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#oauth_token ZendeskProvider#oauth_token}
   */
  readonly oauthToken?: string;
  /**
   * Timeout of one API request in seconds. Defaults to 30.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#request_timeout_seconds ZendeskProvider#request_timeout_seconds}
   */
  readonly requestTimeoutSeconds?: number;
  /**
   * The Zendesk account subdomain (`acme` for acme.zendesk.com). Required unless base_url is set. Falls back to the `ZENDESK_SUBDOMAIN` environment variable.
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#subdomain ZendeskProvider#subdomain}
   */
  readonly subdomain?: string;
  /**
   * Alias name
   *
   * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#alias ZendeskProvider#alias}
   */
  readonly alias?: string;
}

/**
 * Represents a {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs zendesk}
 */
export class ZendeskProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = 'zendesk';

  // ==============
  // STATIC Methods
  // ==============
  /**
   * Generates CDKTF code for importing a ZendeskProvider resource upon running "cdktf plan <stack-name>"
   * @param scope The scope in which to define this construct
   * @param importToId The construct id used in the generated config for the ZendeskProvider to import
   * @param importFromId The id of the existing ZendeskProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs#import import section} in the documentation of this resource for the id to use
   * @param provider? Optional instance of the provider where the ZendeskProvider to import is found
   */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: 'zendesk', importId: importFromId, provider });
  }

  // ===========
  // INITIALIZER
  // ===========

  /**
   * Create a new {@link https://registry.terraform.io/providers/zendesk-iac/zendesk/latest/docs zendesk} Resource
   *
   * @param scope The scope in which to define this construct
   * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
   * @param options ZendeskProviderConfig = {}
   */
  public constructor(scope: Construct, id: string, config: ZendeskProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'zendesk',
      terraformGeneratorMetadata: {
        providerName: 'zendesk',
        providerVersion: '0.1.0',
      },
      terraformProviderSource: 'zendesk-iac/zendesk',
    });
    this._apiToken = config.apiToken;
    this._baseUrl = config.baseUrl;
    this._email = config.email;
    this._maxRetries = config.maxRetries;
    this._oauthClientId = config.oauthClientId;
    this._oauthClientSecret = config.oauthClientSecret;
    this._oauthToken = config.oauthToken;
    this._requestTimeoutSeconds = config.requestTimeoutSeconds;
    this._subdomain = config.subdomain;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_token - computed: false, optional: true, required: false
  private _apiToken?: string;
  public get apiToken() {
    return this._apiToken;
  }
  public set apiToken(value: string | undefined) {
    this._apiToken = value;
  }
  public resetApiToken() {
    this._apiToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTokenInput() {
    return this._apiToken;
  }

  // base_url - computed: false, optional: true, required: false
  private _baseUrl?: string;
  public get baseUrl() {
    return this._baseUrl;
  }
  public set baseUrl(value: string | undefined) {
    this._baseUrl = value;
  }
  public resetBaseUrl() {
    this._baseUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get baseUrlInput() {
    return this._baseUrl;
  }

  // email - computed: false, optional: true, required: false
  private _email?: string;
  public get email() {
    return this._email;
  }
  public set email(value: string | undefined) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number;
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // oauth_client_id - computed: false, optional: true, required: false
  private _oauthClientId?: string;
  public get oauthClientId() {
    return this._oauthClientId;
  }
  public set oauthClientId(value: string | undefined) {
    this._oauthClientId = value;
  }
  public resetOauthClientId() {
    this._oauthClientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauthClientIdInput() {
    return this._oauthClientId;
  }

  // oauth_client_secret - computed: false, optional: true, required: false
  private _oauthClientSecret?: string;
  public get oauthClientSecret() {
    return this._oauthClientSecret;
  }
  public set oauthClientSecret(value: string | undefined) {
    this._oauthClientSecret = value;
  }
  public resetOauthClientSecret() {
    this._oauthClientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauthClientSecretInput() {
    return this._oauthClientSecret;
  }

  // oauth_token - computed: false, optional: true, required: false
  private _oauthToken?: string;
  public get oauthToken() {
    return this._oauthToken;
  }
  public set oauthToken(value: string | undefined) {
    this._oauthToken = value;
  }
  public resetOauthToken() {
    this._oauthToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauthTokenInput() {
    return this._oauthToken;
  }

  // request_timeout_seconds - computed: false, optional: true, required: false
  private _requestTimeoutSeconds?: number;
  public get requestTimeoutSeconds() {
    return this._requestTimeoutSeconds;
  }
  public set requestTimeoutSeconds(value: number | undefined) {
    this._requestTimeoutSeconds = value;
  }
  public resetRequestTimeoutSeconds() {
    this._requestTimeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestTimeoutSecondsInput() {
    return this._requestTimeoutSeconds;
  }

  // subdomain - computed: false, optional: true, required: false
  private _subdomain?: string;
  public get subdomain() {
    return this._subdomain;
  }
  public set subdomain(value: string | undefined) {
    this._subdomain = value;
  }
  public resetSubdomain() {
    this._subdomain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subdomainInput() {
    return this._subdomain;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string;
  public override get alias() {
    return this._alias;
  }
  public override set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      api_token: cdktf.stringToTerraform(this._apiToken),
      base_url: cdktf.stringToTerraform(this._baseUrl),
      email: cdktf.stringToTerraform(this._email),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      oauth_client_id: cdktf.stringToTerraform(this._oauthClientId),
      oauth_client_secret: cdktf.stringToTerraform(this._oauthClientSecret),
      oauth_token: cdktf.stringToTerraform(this._oauthToken),
      request_timeout_seconds: cdktf.numberToTerraform(this._requestTimeoutSeconds),
      subdomain: cdktf.stringToTerraform(this._subdomain),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_token: {
        value: cdktf.stringToHclTerraform(this._apiToken),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      base_url: {
        value: cdktf.stringToHclTerraform(this._baseUrl),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      email: {
        value: cdktf.stringToHclTerraform(this._email),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      oauth_client_id: {
        value: cdktf.stringToHclTerraform(this._oauthClientId),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      oauth_client_secret: {
        value: cdktf.stringToHclTerraform(this._oauthClientSecret),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      oauth_token: {
        value: cdktf.stringToHclTerraform(this._oauthToken),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      request_timeout_seconds: {
        value: cdktf.numberToHclTerraform(this._requestTimeoutSeconds),
        isBlock: false,
        type: 'simple',
        storageClassType: 'number',
      },
      subdomain: {
        value: cdktf.stringToHclTerraform(this._subdomain),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: 'simple',
        storageClassType: 'string',
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
  }
}
