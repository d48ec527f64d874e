# Agents may end messaging sessions; tickets of sessions they end are routed
# as email tickets (they count toward email capacity). Settings left out are
# not managed by Terraform.
resource "zendesk_messaging_settings" "this" {
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

  # "retain" (default) only forgets the settings on destroy; "reset" restores Zendesk's defaults.
  on_destroy = "retain"
}
