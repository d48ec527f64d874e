resource "zendesk_trigger" "auto_reply" {
  title  = "Auto Reply Trigger"
  active = true

  conditions {
    all {
      field    = "role"
      operator = "is"
      value    = "end_user"
    }
    all {
      field    = "update_type"
      operator = "is"
      value    = "Create"
    }
    all {
      field    = "status"
      operator = "is_not"
      value    = "solved"
    }
  }

  actions {
    field = "notification_user"
    values = [
      "requester_id",
      "Dear my customer",
      "Hi. This message was configured by terraform-provider-zendesk.",
    ]
  }
}
