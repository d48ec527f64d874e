# The import ID is the ticket status ID (GET /api/v2/custom_statuses, or the data source by agent label).
terraform import zendesk_custom_ticket_status.waiting_on_customer 8678123367038
