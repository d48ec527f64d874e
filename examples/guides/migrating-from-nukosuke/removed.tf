# In the configuration that still uses nukosuke/zendesk (Terraform 1.7 or later), in place of the
# zendesk_trigger resources: the apply forgets the triggers and leaves them in Zendesk as they are.
removed {
  from = zendesk_trigger.auto_reply

  lifecycle {
    destroy = false
  }
}

removed {
  from = zendesk_trigger.urgent_to_group

  lifecycle {
    destroy = false
  }
}

removed {
  from = zendesk_trigger.solved_to_crm

  lifecycle {
    destroy = false
  }
}
