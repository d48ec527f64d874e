resource "zendesk_trigger" "solved_to_crm" {
  title = "Send solved email and web form tickets to the CRM"

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

  action {
    field = "notification_webhook"
    value = jsonencode([
      "01HQ8V7Z3K4M5N6P7Q8R9S0T1V", # the webhook's ID
      jsonencode({
        ticket_id = "{{ticket.id}}"
        requester = "{{ticket.requester.email}}"
        status    = "{{ticket.status}}"
      }),
    ])
  }

  action {
    field = "current_tags"
    value = "crm_synced"
  }
}
