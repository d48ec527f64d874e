# The import ID is the account subdomain of the provider configuration.
terraform import zendesk_messaging_settings.this acme
