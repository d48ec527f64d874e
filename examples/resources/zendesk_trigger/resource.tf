# Tag messaging tickets whose session an agent ended, by field titles (Zendesk does not publish the API
# name of "Messaging session ended reason"; the provider resolves titles through the trigger definitions).
resource "zendesk_trigger" "tag_agent_ended" {
  title       = "Tag agent-ended messaging sessions"
  description = "Managed by Terraform"

  conditions {
    all {
      field_title = "Messaging session ended reason"
      operator    = "value"
      value_title = "Ended by agent"
    }
  }

  actions {
    field = "current_tags"
    value = "agent_ended_session"
  }
}
