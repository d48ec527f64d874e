# A skill type of skills-based routing (Zendesk Suite Enterprise or Support Enterprise): its skills are
# zendesk_routing_attribute_value resources. Deleting it deletes its skills.
resource "zendesk_routing_attribute" "language" {
  name = "Language"
}
