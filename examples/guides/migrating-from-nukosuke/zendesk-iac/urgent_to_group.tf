resource "zendesk_trigger" "urgent_to_group" {
  title       = "Notify the group of urgent tickets"
  description = "Emails the ticket's group when an urgent or high priority ticket comes in, and tags it."

  conditions {
    all {
      field    = "update_type"
      operator = "is"
      value    = "Create"
    }
    any {
      field    = "priority"
      operator = "is"
      value    = "urgent"
    }
    any {
      field    = "priority"
      operator = "is"
      value    = "high"
    }
  }

  actions {
    field = "notification_group"
    values = [
      "group_id",
      "[{{ticket.id}}] {{ticket.priority}}: {{ticket.title}}",
      "{{ticket.requester.name}} wrote:\n\n{{ticket.description}}",
    ]
  }
  actions {
    field = "current_tags"
    value = "escalated"
  }
}
