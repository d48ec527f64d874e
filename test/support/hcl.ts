/** Small HCL builders for acceptance tests: the provider block and one settings resource. */
export const REQUIRED_PROVIDERS = `terraform {
  required_providers {
    zendesk = {
      source = "zendesk-iac/zendesk"
    }
  }
}
`;

export interface ProviderBlockOptions {
  baseUrl?: string;
  alias?: string;
  /** Extra attribute lines, e.g. `oauth_token = "…"`. */
  extra?: string[];
}

export function providerBlock(options: ProviderBlockOptions): string {
  const lines = [
    options.alias ? `alias = "${options.alias}"` : '',
    options.baseUrl ? `base_url = "${options.baseUrl}"` : '',
    ...(options.extra ?? []),
  ].filter(Boolean);
  return `provider "zendesk" {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
}

export function settingsResource(name: string, body: string[]): string {
  return `resource "zendesk_messaging_settings" "${name}" {\n${body.map((l) => `  ${l}`).join('\n')}\n}\n`;
}
