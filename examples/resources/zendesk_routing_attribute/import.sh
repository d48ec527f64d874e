# The import ID is the routing attribute's ID (a UUID: GET /api/v2/routing/attributes lists them).
terraform import zendesk_routing_attribute.language 468ffec1-f80c-11eb-8231-51714e7ee9ec
