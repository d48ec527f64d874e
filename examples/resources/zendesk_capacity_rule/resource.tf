# Agents are looked up by email or name, so the configuration never hard-codes their IDs.
data "zendesk_agent" "sam" {
  email = "sam@example.com"
}

data "zendesk_agent" "kim" {
  name = "Kim Agent"
}

# Front-line agents work two messaging conversations and three email tickets at once, and take calls.
# Naming an agent here takes it out of the capacity rule it was in; the order of agent_ids has no meaning.
resource "zendesk_capacity_rule" "front_line" {
  name        = "Front line"
  description = "Managed by Terraform"
  capacities = {
    email     = 3
    messaging = 2
    voice     = 1
  }
  agent_ids = [data.zendesk_agent.sam.id, data.zendesk_agent.kim.id]
}
