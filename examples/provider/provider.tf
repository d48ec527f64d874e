terraform {
  required_providers {
    zendesk = {
      source = "zendesk-iac/zendesk"
    }
  }
}

# OAuth client credentials (recommended): the provider mints short-lived
# access tokens and renews them. Keep the secret out of code, e.g. in
# ZENDESK_OAUTH_CLIENT_SECRET.
provider "zendesk" {
  subdomain       = "acme"
  oauth_client_id = "terraform"
}
