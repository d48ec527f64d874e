# Zendesk's standard On-hold status, for settings that take a status id.
data "zendesk_custom_ticket_status" "on_hold" {
  agent_label     = "On-hold"
  status_category = "hold"
}

resource "zendesk_messaging_settings" "this" {
  inactivity = {
    enabled          = true
    timeout_minutes  = 15
    ticket_status_id = data.zendesk_custom_ticket_status.on_hold.id
  }
}
