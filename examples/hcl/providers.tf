# One aliased provider per Zendesk account.
provider "zendesk" {
  alias               = "acme"
  subdomain           = var.api_root == "" ? "acme" : null
  base_url            = var.api_root == "" ? null : "${var.api_root}/acme"
  oauth_client_id     = var.oauth_client_id
  oauth_client_secret = var.acme_oauth_client_secret
}

provider "zendesk" {
  alias               = "globex"
  subdomain           = var.api_root == "" ? "globex" : null
  base_url            = var.api_root == "" ? null : "${var.api_root}/globex"
  oauth_client_id     = var.oauth_client_id
  oauth_client_secret = var.globex_oauth_client_secret
}
