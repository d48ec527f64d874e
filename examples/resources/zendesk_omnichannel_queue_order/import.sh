# The import ID is the account subdomain of the provider configuration.
terraform import zendesk_omnichannel_queue_order.this acme
