# The import ID is "<attribute_id>/<value_id>": the skill type's ID, a slash, and the skill's ID
# (GET /api/v2/routing/attributes/{attribute_id}/values lists a skill type's skills); the skill's ID alone works
# too, and the provider finds the skill type that holds it.
terraform import zendesk_routing_attribute_value.german 468ffec1-f80c-11eb-8231-51714e7ee9ec/5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da
