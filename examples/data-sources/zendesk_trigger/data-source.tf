data "zendesk_trigger" "csat" {
  title = "Request customer satisfaction rating (messaging)"
}

output "csat_trigger_id" {
  value = data.zendesk_trigger.csat.id
}
