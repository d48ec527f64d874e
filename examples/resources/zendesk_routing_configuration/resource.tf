# Omnichannel routing on, with messaging conversations reassigned after
# 60 seconds unaccepted. Settings left out are not managed by Terraform.
# agent_ended_session_routing stays on zendesk_messaging_settings.
resource "zendesk_routing_configuration" "this" {
  enabled                                = true
  autorouting_tag                        = "auto-routing"
  reassignment_messaging_enabled         = true
  reassignment_messaging_timeout_seconds = 60
  focus_mode_enabled                     = false

  # "retain" (default) only forgets the configuration on destroy; "reset"
  # restores Zendesk's documented defaults for the documented settings.
  on_destroy = "retain"
}
