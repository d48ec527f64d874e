# Queues are looked up by name, so the configuration never hard-codes their IDs. A queue created in the same
# configuration is named by its resource instead (zendesk_omnichannel_queue.urgent_email.id): its ID is known after
# apply, and the order is set once it exists.
data "zendesk_omnichannel_queue" "urgent_email" {
  name = "Urgent email"
}

data "zendesk_omnichannel_queue" "billing" {
  name = "Billing"
}

# A new ticket enters the first queue, in this order, whose conditions it meets: an urgent billing email lands in
# "Urgent email". One per account. Queues of the account not listed keep their own order after these (the plan
# warns and names them). Destroying this resource only forgets the order: Zendesk keeps it as it is.
resource "zendesk_omnichannel_queue_order" "this" {
  queue_ids = [
    data.zendesk_omnichannel_queue.urgent_email.id,
    data.zendesk_omnichannel_queue.billing.id,
  ]
}
