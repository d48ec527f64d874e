# Look an agent up by email (any case) or by exact name, e.g. for a capacity rule's agent_ids.
data "zendesk_agent" "sam" {
  email = "sam@example.com"
}
