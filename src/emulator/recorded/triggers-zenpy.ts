/**
 * Real triggers recorded in facetoe/zenpy's betamax cassettes
 * tests/test_api/betamax/TestTriggers.test_values.json and
 * TestTriggers.test_pagination.json (a real account's `GET /api/v2/triggers`,
 * 2023-09 and 2024-02; both list the same triggers), which also answer
 * `"default": false` for the standard ones. Of 13 triggers, "Notify requester
 * and CCs of received request" is salto's again; "testTrigger100" to
 * "testTrigger104" are one trigger (zenpy's own, also created in
 * TestTriggers.test_single_object_creation-create-single.json, whose POST
 * sends the legacy top-level `all`), kept once as "testTrigger". Trimmed:
 * url, id, timestamps, position, raw_title, category_id, default.
 */
import type { RecordedTrigger } from './recorded-trigger';

export const ZENPY_TRIGGERS: RecordedTrigger[] = [
  {
    title: "testTrigger",
    standard: false,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "status", operator: "less_than", value: "solved" },
        { field: "update_type", operator: "is", value: "Create" },
      ],
      any: [],
    },
    actions: [
      { field: "status", value: "open" },
    ],
  },
  {
    title: "impossible trigger",
    standard: false,
    accountIds: [{ kind: 'agent', id: '6130871991962' }],
    active: true,
    description: "description",
    conditions: {
      all: [
        { field: "subject_includes_word", operator: "includes", value: "crazyfoopa" },
      ],
      any: [],
    },
    actions: [
      { field: "assignee_id", value: "6130871991962" },
    ],
  },
  {
    title: "Notify assignee of assignment",
    standard: true,
    active: false,
    description: null,
    conditions: {
      all: [
        { field: "assignee_id", operator: "changed", value: null },
        { field: "assignee_id", operator: "is_not", value: "current_user" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["assignee_id", "[{{ticket.account}}] Assignment: {{ticket.title}}", "You have been assigned to this ticket (#{{ticket.id}}).\n\n{{ticket.latest_comment_html}}"] },
    ],
  },
  {
    title: "Notify assignee of comment update",
    standard: true,
    active: false,
    description: null,
    conditions: {
      all: [
        { field: "comment_is_public", operator: "is", value: "not_relevant" },
        { field: "assignee_id", operator: "is_not", value: "current_user" },
        { field: "assignee_id", operator: "is_not", value: "requester_id" },
        { field: "assignee_id", operator: "not_changed", value: null },
        { field: "status", operator: "not_value_previous", value: "solved" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["assignee_id", "[{{ticket.account}}] Re: {{ticket.title}}", "{{ticket.latest_comment_html}}"] },
    ],
  },
  {
    title: "Notify assignee of reopened ticket",
    standard: true,
    active: false,
    description: null,
    conditions: {
      all: [
        { field: "assignee_id", operator: "is_not", value: "current_user" },
        { field: "status", operator: "value_previous", value: "solved" },
        { field: "status", operator: "is_not", value: "closed" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["assignee_id", "[{{ticket.account}}] Re: {{ticket.title}}", "This ticket (#{{ticket.id}}) has been reopened.\n\n{{ticket.latest_comment_html}}"] },
    ],
  },
  {
    title: "Notify requester and CCs of comment update",
    standard: true,
    active: false,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Change" },
        { field: "comment_is_public", operator: "is", value: true },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["requester_and_ccs", "[{{ticket.account}}] Re: {{ticket.title}}", "{{ticket.latest_comment_html}}"] },
    ],
  },
  {
    title: "Notify requester of new proactive ticket",
    standard: true,
    active: false,
    description: "A proactive ticket is a ticket created by an agent on behalf of the requester.",
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Create" },
        { field: "ticket_is_public", operator: "is", value: "public" },
        { field: "role", operator: "is", value: "agent" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["requester_and_ccs", "{{ticket.title}}", "This ticket was created on your behalf.\n\nTo add additional comments, reply to this email.\n\n{{ticket.latest_public_comment_html}}"] },
    ],
  },
  {
    title: "Notify all agents of received request",
    standard: true,
    active: false,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Create" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["all_agents", "[{{ticket.account}}] {{ticket.title}}", "A ticket (#{{ticket.id}}) by {{ticket.requester.name}} has been received. It is unassigned.\n\n{{ticket.latest_comment_html}}"] },
    ],
  },
];
