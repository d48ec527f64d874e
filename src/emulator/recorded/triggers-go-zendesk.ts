/**
 * Real triggers recorded in nukosuke/go-zendesk fixture/GET/triggers.json (a
 * real account's `GET /api/v2/triggers`, 2018-11-23; fixture/GET/trigger.json,
 * fixture/POST/triggers.json and fixture/PUT/triggers.json hold the first of
 * them again). Of its 8 triggers, 6 are the same as salto's (same conditions
 * and actions); these are the other 2, Zendesk's standard triggers of 2018.
 * Trimmed: url, id, timestamps, position, raw_title.
 */
import type { RecordedTrigger } from './recorded-trigger';

export const GO_ZENDESK_TRIGGERS: RecordedTrigger[] = [
  {
    title: "Notify requester of received request",
    standard: true,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Create" },
        { field: "status", operator: "is_not", value: "solved" },
        { field: "ticket_is_public", operator: "is", value: "public" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["requester_id", "[Request received]", "Your request ({{ticket.id}}) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email."] },
    ],
  },
  {
    title: "Notify requester of comment update",
    standard: true,
    active: true,
    description: null,
    conditions: {
      all: [
        { field: "update_type", operator: "is", value: "Change" },
        { field: "comment_is_public", operator: "is", value: "requester_can_see_comment" },
        { field: "requester_id", operator: "is_not", value: "current_user" },
      ],
      any: [],
    },
    actions: [
      { field: "notification_user", value: ["requester_id", "[{{ticket.account}}] Re: {{ticket.title}}", "Your request ({{ticket.id}}) has been updated. To add additional comments, reply to this email.\n{{ticket.comments_formatted}}"] },
    ],
  },
];
