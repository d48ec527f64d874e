data "zendesk_messaging_settings" "current" {}

output "agents_can_end_sessions" {
  value = data.zendesk_messaging_settings.current.agents_can_end_sessions
}
