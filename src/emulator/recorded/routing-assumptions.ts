/**
 * [ASSUMPTION] What the emulator answers about omnichannel routing objects (src/emulator/routing/) that no source
 * shows, in one place so it is easy to correct once a real account is read. The facts it does follow are in
 * docs/design/zendesk-api.md#routing-objects, each with its source.
 */
export const ROUTING_ASSUMPTIONS = {
  capacityRules: [
    'A new account\'s default rule is named "Default capacity rule" with capacities email 1, messaging 1, voice 1.',
    'A create that leaves a channel out gives that channel a capacity of 0.',
    'Show, create and update answer the bare rule (as the list\'s items); delete answers 204; an unknown id is 404 RecordNotFound.',
    'Refusals (missing name, negative capacities, voice above 1, unknown channels or agents, deleting or demoting the default rule) are 400 {"error": "…"} in the emulator\'s words.',
    'assignees.agents_sample holds at most 10 agents, named by the email the emulator gives them (see agentEmail).',
  ],
  queues: [
    'GET /api/v2/queues/definitions offers the trigger condition definitions of the account, and queue conditions are checked as a trigger\'s are (an unknown field, operator or value is refused).',
    'An invalid queue is 422 RecordInvalid with details (name, definition, primary_groups, secondary_groups, subqueues, base) in the emulator\'s words; a group id the account does not have is refused.',
    'primary_group_ids and secondary_group_ids are what a write sends; the answer shows them as {count, groups: [{id, name}]}.',
    'A new queue is last in order; priority defaults to 1; the list is sorted by order and pages as triggers do.',
    'PATCH /api/v2/queues/order without every queue id is 400 {"error": "InvalidRequest", "description": "…"}.',
  ],
  attributes: [
    'Attribute and value ids are made as UUIDs; values are listed under their attribute only.',
    'GET /api/v2/routing/attributes/definitions offers the trigger condition definitions; a value\'s conditions ({subject, operator, value}) are checked against them.',
    'Deleting an attribute deletes its values.',
  ],
  customStatuses: [
    'The system statuses are New, Open, Pending, On-hold and Solved with the labels and descriptions of routing/model.ts; Open, Pending and Solved keep the account directory\'s ids.',
    'A status cannot be created in the "new" category; refusals are 422 RecordInvalid with details in the emulator\'s words.',
    'A default status cannot be deactivated (each category keeps its default).',
  ],
  plans: [
    'An account is treated as non-Enterprise when it has no audit-log access (EmulatorOptions.accountsWithoutAuditLogs or setAuditLogAccess); skills-based routing and percentage subqueues then answer 403 with the body Zendesk gives a page the credentials may not see.',
  ],
  auditLog: [
    'Writes are logged with source_type capacity_rule, queue, routing_attribute, routing_attribute_value and custom_status; change_description is "Created", "Deleted" or "Changed <keys>".',
    'A string id (a rule\'s, a queue\'s, an attribute\'s) is logged as source_id = FNV-1a of the id (routing/common.ts auditSourceId): the audit log\'s source_id is a number.',
    'Drift attribution relies on neither number: it reads a string-id object\'s source type and matches its entries by the id as text, else by its name as source_label (src/cli/drift/object-entries.ts).',
    'A write logs the object it names only: the rule an agent is taken out of, and the rule that stops being the default, get no entry of their own.',
  ],
  directory: [
    'Agents have emails <name with dots>@<account>.zendesk.test; the account\'s first agent is an admin, the others agents; the directory has no end users.',
    'Groups have fixed created_at/updated_at and description "" (as recorded); the first group is the default one.',
  ],
} as const;
