import {
  to = zendesk_routing_configuration.this
  id = "acme"
}
