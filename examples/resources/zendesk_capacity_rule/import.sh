# The import ID is the capacity rule ID (the 26-character ID in the rule's Admin Center URL).
terraform import zendesk_capacity_rule.front_line 01HG80ATNNZK1N7XRFVKX48XD6
