# Globex: agents end sessions; their tickets stay messaging tickets.
resource "zendesk_messaging_settings" "globex" {
  provider = zendesk.globex

  agents_can_end_sessions     = true
  agent_ended_session_routing = "messaging"
}
