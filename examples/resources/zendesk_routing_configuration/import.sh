# The import ID is the account subdomain of the provider configuration.
terraform import zendesk_routing_configuration.this acme
