# With zendesk-iac/zendesk as the provider of zendesk_trigger: one import block per trigger, by the same
# trigger ID (it is the same Zendesk trigger: their state's id, or the number in its Admin Center URL).
import {
  to = zendesk_trigger.auto_reply
  id = "360012345601"
}

import {
  to = zendesk_trigger.urgent_to_group
  id = "360012345602"
}

import {
  to = zendesk_trigger.solved_to_crm
  id = "360012345603"
}
