# Look a queue made in Admin Center up by its exact name, e.g. to adopt it with an import block.
data "zendesk_omnichannel_queue" "urgent" {
  name = "Urgent email"
}

import {
  to = zendesk_omnichannel_queue.urgent_email
  id = data.zendesk_omnichannel_queue.urgent.id
}
