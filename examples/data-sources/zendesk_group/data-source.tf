# Look a group up by its exact name (or by id), e.g. for a queue's primary_group_ids.
data "zendesk_group" "billing" {
  name = "Billing"
}

output "billing_group_id" {
  value = data.zendesk_group.billing.id
}
