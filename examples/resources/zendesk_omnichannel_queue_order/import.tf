# Adopts the account's current order (every queue, in Zendesk's order); list them in queue_ids to plan clean.
import {
  to = zendesk_omnichannel_queue_order.this
  id = "acme"
}
