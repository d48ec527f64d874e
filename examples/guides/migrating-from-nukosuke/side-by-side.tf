# Both providers in one configuration: zendesk_trigger moves to zendesk-iac/zendesk under the local name
# "zendesk", so trigger resources and import blocks need no provider argument; every other resource and
# data source of nukosuke/zendesk stays with it under another local name.
terraform {
  required_providers {
    zendesk = {
      source = "zendesk-iac/zendesk"
    }
    nukosuke = {
      source = "nukosuke/zendesk"
    }
  }
}

provider "zendesk" {
  subdomain       = "acme"
  oauth_client_id = "terraform" # the secret in ZENDESK_OAUTH_CLIENT_SECRET
}

provider "nukosuke" {
  account = "acme"
  # In the block, not in ZENDESK_EMAIL: zendesk-iac/zendesk reads ZENDESK_EMAIL too (as half of API
  # token credentials) and refuses it next to OAuth. The token can stay in ZENDESK_TOKEN.
  email = "terraform@acme.example"
}

resource "zendesk_group" "billing" {
  provider = nukosuke
  name     = "Billing"
}

data "zendesk_ticket_field" "priority" {
  provider = nukosuke
  type     = "priority"
}
