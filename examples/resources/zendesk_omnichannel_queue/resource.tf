# Groups are looked up by name, so the configuration never hard-codes their IDs.
data "zendesk_group" "tier2" {
  name = "Tier 2"
}

data "zendesk_group" "support" {
  name = "Support"
}

# Urgent email tickets (and any ticket tagged vip) go to Tier 2 first, and to Support when no Tier 2 agent is free.
# A ticket enters the first queue, in the account's queue order, whose conditions it meets. The conditions are sets:
# their order has no meaning, and removing one shows just that one removed in the plan.
resource "zendesk_omnichannel_queue" "urgent_email" {
  name        = "Urgent email"
  description = "Managed by Terraform"
  priority    = 1 # 1 is the highest: Tier 2 agents get this queue's tickets before other queues'
  conditions = {
    all = [
      { field = "priority", operator = "is", value = "urgent" },
      { field = "via_id", operator = "is", value = "4" }, # email
    ]
    any = [
      { field = "current_tags", operator = "includes", value = "vip" },
    ]
  }
  primary_group_ids   = [data.zendesk_group.tier2.id]
  secondary_group_ids = [data.zendesk_group.support.id]
}
