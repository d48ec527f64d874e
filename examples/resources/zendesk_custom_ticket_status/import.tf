# Adopt a status made in Admin Center, found by its name: no id hard-coded.
data "zendesk_custom_ticket_status" "escalated" {
  agent_label     = "Escalated"
  status_category = "open"
}

import {
  to = zendesk_custom_ticket_status.escalated
  id = data.zendesk_custom_ticket_status.escalated.id
}
