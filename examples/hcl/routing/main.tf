# A whole omnichannel routing setup of one account, in plain Terraform: the routing
# configuration, capacity rules for two groups of agents, a custom ticket status and two
# queues by condition, in an order. Agents and groups are looked up by name: no ID is hard-coded.
# The same setup as the OmnichannelRouting construct of ../../cdktf-app (the "routing" stack),
# which leaves the queues in the order they are created.

terraform {
  required_providers {
    zendesk = {
      source = "zendesk-iac/zendesk"
    }
  }
}

variable "api_root" {
  type        = string
  default     = ""
  description = "Unset: https://{account}.zendesk.com. Set (e.g. http://127.0.0.1:8080) for the local emulator."
}

variable "oauth_client_id" {
  type    = string
  default = "terraform"
}

variable "acme_oauth_client_secret" {
  type      = string
  sensitive = true
}

provider "zendesk" {
  subdomain           = var.api_root == "" ? "acme" : null
  base_url            = var.api_root == "" ? null : "${var.api_root}/acme"
  oauth_client_id     = var.oauth_client_id
  oauth_client_secret = var.acme_oauth_client_secret
}

# Omnichannel routing on; a messaging conversation left unaccepted for a minute goes to
# another agent. Options left out keep the account's values.
resource "zendesk_routing_configuration" "this" {
  enabled                                = true
  reassignment_messaging_enabled         = true
  reassignment_messaging_timeout_seconds = 60
}

data "zendesk_agent" "sam" {
  name = "Sam Agent"
}

data "zendesk_agent" "kim" {
  name = "Kim Agent"
}

# Each agent is in one capacity rule at a time: Sam works the front line, Kim the escalations.
# The account's default rule keeps covering every agent no rule here names.
resource "zendesk_capacity_rule" "front_line" {
  name        = "Front line"
  description = "Managed by Terraform"
  capacities  = { email = 3, messaging = 2, voice = 1 }
  agent_ids   = [data.zendesk_agent.sam.id]
}

resource "zendesk_capacity_rule" "escalations" {
  name       = "Escalations"
  capacities = { email = 5, messaging = 1, voice = 0 }
  agent_ids  = [data.zendesk_agent.kim.id]
}

# A Pending status of the account's own; destroying it deactivates it (Zendesk has no delete).
resource "zendesk_custom_ticket_status" "waiting_on_customer" {
  status_category = "pending"
  agent_label     = "Waiting on customer"
  end_user_label  = "Awaiting your reply"
}

data "zendesk_group" "support" {
  name = "Support"
}

data "zendesk_group" "billing" {
  name = "Billing"
}

# Urgent tickets go to Support first (Billing helps when no Support agent is free); tickets
# tagged billing go to Billing. A ticket enters the first queue, in the account's queue
# order, whose conditions it meets; priority only orders an agent's work across queues.
resource "zendesk_omnichannel_queue" "urgent" {
  name                = "Urgent"
  priority            = 1
  conditions          = { all = [{ field = "priority", operator = "is", value = "urgent" }] }
  primary_group_ids   = [data.zendesk_group.support.id]
  secondary_group_ids = [data.zendesk_group.billing.id]
}

resource "zendesk_omnichannel_queue" "billing" {
  name              = "Billing"
  priority          = 2
  conditions        = { any = [{ field = "current_tags", operator = "includes", value = "billing" }] }
  primary_group_ids = [data.zendesk_group.billing.id]
}

# Urgent first: an urgent ticket tagged billing enters "Urgent". The account's other queues
# follow these two in their own order (the plan names them in a warning).
resource "zendesk_omnichannel_queue_order" "this" {
  queue_ids = [zendesk_omnichannel_queue.urgent.id, zendesk_omnichannel_queue.billing.id]
}

output "waiting_on_customer_status_id" {
  description = "For zendesk_messaging_settings' inactivity.ticket_status_id."
  value       = zendesk_custom_ticket_status.waiting_on_customer.id
}
