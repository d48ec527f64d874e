# Acme: agents end sessions, their tickets count as email, reminders on inactivity,
# and the CSAT survey goes out when an agent ends a session.
resource "zendesk_messaging_settings" "acme" {
  provider = zendesk.acme

  agents_can_end_sessions     = true
  agent_ended_session_routing = "email"

  inactivity = {
    enabled         = true
    timeout_minutes = 10
    reminders = [
      { message = "Are you still there?" },
      { message = "We will close this conversation soon.", timeout_seconds = 300 },
    ]
  }
}

# Zendesk's recipe "Sending a CSAT survey when a messaging session ends", applied to the
# standard trigger: adopted through an import block (no duplicate that would send two
# surveys), "Status category changed to Solved" moved from ALL to ANY, "Messaging session
# ended reason changed to Ended by agent" added to ANY. Destroy puts the trigger back.
data "zendesk_trigger" "acme_csat" {
  provider = zendesk.acme
  title    = "Request customer satisfaction rating (messaging)"
}

import {
  provider = zendesk.acme
  to       = zendesk_trigger.acme_csat
  id       = data.zendesk_trigger.acme_csat.id
}

locals {
  csat = data.zendesk_trigger.acme_csat
  # A condition item as configured: API names, no titles.
  csat_all = [
    for c in local.csat.conditions.all : { field = c.field, operator = c.operator, value = c.value, values = c.values }
    if !(c.field_title == "Status category" && c.operator == "value" && c.value_title == "Solved")
  ]
}

resource "zendesk_trigger" "acme_csat" {
  provider    = zendesk.acme
  title       = local.csat.title
  active      = local.csat.active
  description = local.csat.description
  on_destroy  = "restore"

  conditions {
    dynamic "all" {
      for_each = local.csat_all
      content {
        field    = all.value.field
        operator = all.value.operator
        value    = all.value.value
        values   = all.value.values
      }
    }
    any {
      field_title = "Status category"
      operator    = "value"
      value_title = "Solved"
    }
    any {
      field_title = "Messaging session ended reason"
      operator    = "value"
      value_title = "Ended by agent"
    }
  }

  dynamic "actions" {
    for_each = local.csat.actions
    content {
      field  = actions.value.field
      value  = actions.value.value
      values = actions.value.values
    }
  }

  # "Messaging session ended reason" exists only once agents may end sessions.
  depends_on = [zendesk_messaging_settings.acme]
}
