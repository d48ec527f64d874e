# The import ID is the queue ID (the 26-character ULID in the queue's Admin Center URL).
terraform import zendesk_omnichannel_queue.urgent_email 01HG80ATNNZK1N7XRFVKX48XD6
