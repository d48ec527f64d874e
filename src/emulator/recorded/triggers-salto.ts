/**
 * Real triggers recorded in salto-io/salto
 * packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json, the
 * reply to `GET /api/v2/triggers?page[size]=100` of a real account (created
 * 2021-05-18, last edited 2021-12-29): all 10 triggers. Trimmed: url, id,
 * timestamps, position, raw_title (equal to title) and category_id. Values are
 * as recorded, types included: `true` (a boolean) for "Comment is Public", a
 * number inside the Slack target's list, "" for "(none)", and "" kept on
 * `changed`, which takes no value.
 */
import type { RecordedTrigger } from './recorded-trigger';

export const SALTO_TRIGGERS: RecordedTrigger[] = [
  {
    title: "Auto-assign to first email responding agent",
    standard: true,
    active: false,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Change" },
        { field: "current_via_id", operator: "is", value: "4" },
        { field: "assignee_id", operator: "is", value: "" },
        { field: "role", operator: "is_not", value: "end_user" },
      ],
      any: [],
    },
    actions: [
      { field: "assignee_id", value: "current_user" },
    ],
  },
  {
    title: "Notify all agents of received request",
    standard: true,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Create" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["all_agents", "[{{ticket.account}}] {{ticket.title}}", "A ticket (#{{ticket.id}}) by {{ticket.requester.name}} has been received. It is unassigned.\n\n{{ticket.comments_formatted}}"] },
    ],
  },
  {
    title: "Notify requester and CCs of received request",
    standard: true,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Create" },
        { field: "status", operator: "is_not", value: "solved" },
        { field: "ticket_is_public", operator: "is", value: "public" },
        { field: "comment_is_public", operator: "is", value: true },
        { field: "role", operator: "is", value: "end_user" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["requester_and_ccs", "[Request received]", "Your request ({{ticket.id}}) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email."] },
    ],
  },
  {
    title: "Notify requester of new proactive ticket",
    standard: true,
    active: true,
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
      { field: "notification_user", value: ["requester_and_ccs", "{{ticket.title}}", "This ticket was created on your behalf.\n\n{{ticket.comments_formatted}}\n\nTo add additional comments, reply to this email."] },
    ],
  },
  {
    title: "Notify requester and CCs of comment update",
    standard: true,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Change" },
        { field: "comment_is_public", operator: "is", value: true },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["requester_and_ccs", "[{{ticket.account}}] Re: {{ticket.title}}", "Your request ({{ticket.id}}) has been updated. To add additional comments, reply to this email.\n{{ticket.comments_formatted}}"] },
    ],
  },
  {
    title: "Notify assignee of comment update",
    standard: true,
    active: true,
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
      { field: "notification_user", value: ["assignee_id", "[{{ticket.account}}] Re: {{ticket.title}}", "This ticket (#{{ticket.id}}) has been updated.\n\n{{ticket.comments_formatted}}"] },
    ],
  },
  {
    title: "Notify assignee of assignment",
    standard: true,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "assignee_id", operator: "changed", value: null },
        { field: "assignee_id", operator: "is_not", value: "current_user" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["assignee_id", "[{{ticket.account}}] Assignment: {{ticket.title}}", "You have been assigned to this ticket (#{{ticket.id}}).\n\n{{ticket.comments_formatted}}"] },
    ],
  },
  {
    title: "Notify assignee of reopened ticket",
    standard: true,
    active: true,
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
      { field: "notification_user", value: ["assignee_id", "[{{ticket.account}}] Re: {{ticket.title}}", "This ticket (#{{ticket.id}}) has been reopened.\n\n{{ticket.comments_formatted}}"] },
    ],
  },
  {
    title: "Notify group of assignment",
    standard: true,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "group_id", operator: "is_not", value: "" },
        { field: "assignee_id", operator: "is", value: "" },
      ],
      any: [
        { field: "group_id", operator: "changed", value: "" },
        { field: "assignee_id", operator: "changed", value: "" },
      ],
    },
    actions: [
      { field: "notification_group", value: ["group_id", "[{{ticket.account}}] \"{{ticket.group.name}}\" assignment:  {{ticket.title}}", "This ticket (#{{ticket.id}}) has been assigned to group '{{ticket.group.name}}', of which you are a member.\n\n{{ticket.comments_formatted}}"] },
    ],
  },
  {
    title: "Slack Ticket Trigger",
    standard: false,
    accountIds: [{ kind: 'target', id: 1900000033645 }],
    active: true,
    description: null,
    conditions: {
      all: [],
      any: [
        { field: "update_type", operator: "is", value: "Create" },
        { field: "update_type", operator: "is", value: "Change" },
      ],
    },
    actions: [
      { field: "notification_target", value: [1900000033645, "{\n\t\"ticket_id\": \"{{ticket.id}}\",\n\t \"status\": \"{{ticket.status}}\",\n\t \"updated_at\": \"{{ticket.updated_at_with_timestamp}}\",\n\t \"subdomain\": \"{{ticket.account}}\",\n\t \"ticket_latest_comment\": \"{{ticket.latest_comment}}\",\n\t \"updated_by\": \"{{current_user.name}}\"\n}"] },
    ],
  },
];
