# A Pending status of your own, set on tickets whose messaging session went quiet.
# Zendesk has no delete for statuses: destroying this resource deactivates it.
resource "zendesk_custom_ticket_status" "waiting_on_customer" {
  status_category      = "pending" # changing the category replaces the status
  agent_label          = "Waiting on customer"
  end_user_label       = "Awaiting your reply"
  description          = "The customer went quiet in a messaging conversation."
  end_user_description = "We are waiting for your reply."
}

# The messaging settings take its id: no status id is hard-coded.
resource "zendesk_messaging_settings" "this" {
  inactivity = {
    enabled          = true
    timeout_minutes  = 10
    ticket_status_id = zendesk_custom_ticket_status.waiting_on_customer.id
  }
}
