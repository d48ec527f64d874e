terraform {
  required_version = ">= 1.5"

  required_providers {
    zendesk = {
      source = "zendesk-iac/zendesk"
    }
  }
}
