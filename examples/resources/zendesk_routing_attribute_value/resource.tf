resource "zendesk_routing_attribute" "language" {
  name = "Language"
}

# Tickets in German that are not closed need an agent with the German skill (give it to agents in Admin Center).
# `all` and `any` are sets: their order has no meaning, and a plan shows a removed condition as itself.
resource "zendesk_routing_attribute_value" "german" {
  attribute_id = zendesk_routing_attribute.language.id
  name         = "German"
  conditions = {
    all = [
      { field = "locale_id", operator = "is", value = "8" },
      { field = "status", operator = "less_than", value = "closed" },
    ]
  }
}
