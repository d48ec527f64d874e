# Adopt Zendesk's standard messaging CSAT trigger; on_destroy = "restore" puts it back as it was.
data "zendesk_trigger" "csat" {
  title = "Request customer satisfaction rating (messaging)"
}

import {
  to = zendesk_trigger.csat
  id = data.zendesk_trigger.csat.id
}
