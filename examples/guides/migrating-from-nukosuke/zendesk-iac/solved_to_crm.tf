resource "zendesk_trigger" "solved_to_crm" {
  title = "Send solved email and web form tickets to the CRM"

  conditions {
    all {
      field    = "status"
      operator = "value" # changed to
      value    = "solved"
    }
    any {
      field    = "via_id"
      operator = "is"
      value    = "4" # email
    }
    any {
      field    = "via_id"
      operator = "is"
      value    = "0" # web form
    }
  }

  actions {
    field = "notification_webhook"
    values = [
      "01HQ8V7Z3K4M5N6P7Q8R9S0T1V", # the webhook's ID
      jsonencode({
        ticket_id = "{{ticket.id}}"
        requester = "{{ticket.requester.email}}"
        status    = "{{ticket.status}}"
      }),
    ]
  }
  actions {
    field = "current_tags"
    value = "crm_synced"
  }
}
