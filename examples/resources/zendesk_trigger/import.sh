# The import ID is the trigger ID.
terraform import zendesk_trigger.tag_agent_ended 360012345678
