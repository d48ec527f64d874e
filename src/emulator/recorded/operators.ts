/**
 * The operator lists of a real account's conditions, written from
 * `GET /api/v2/triggers/definitions` in salto-io/salto
 * packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json.
 * Each list is named after the fields that use it there; order and titles as
 * recorded (conditions_all and conditions_any list the same operators).
 */
import type { Operator } from './shapes';

const op = (value: string, title: string, terminal = false, format?: string): Operator => ({ value, title, terminal, ...(format ? { format } : {}) });

const IS = op('is', 'Is');
const IS_NOT = op('is_not', 'Is not');
const LESS = op('less_than', 'Less than');
const GREATER = op('greater_than', 'Greater than');
const PRESENT = op('present', 'Present', true);
const NOT_PRESENT = op('not_present', 'Not present', true);
const CHANGES = [
  op('changed', 'Changed', true),
  op('value', 'Changed to'),
  op('value_previous', 'Changed from'),
  op('not_changed', 'Not changed', true),
  op('not_value', 'Not changed to'),
  op('not_value_previous', 'Not changed from'),
];

export const RECORDED_OPERATORS = {
  /** status, priority: ordered values, so less/greater than too. */
  ORDERED_CHANGES: [IS, IS_NOT, LESS, GREATER, ...CHANGES],
  /** brand_id, ticket_form_id, type, group_id, assignee_id, requester_id, organization_id. */
  CHANGES: [IS, IS_NOT, ...CHANGES],
  /** via_id, current_via_id, schedule_id, requester_role, locale_id, requester_time_zone, role. */
  IS_OR_NOT: [IS, IS_NOT],
  /** recipient, update_type, ticket_is_public, comment_is_public, in_business_hours, on_holiday, within_schedule, ticket_due_date, requester_twitter_verified; user checkboxes. */
  IS_ONLY: [IS],
  /** current_tags. */
  TAGS: [op('includes', 'Contains at least one of the following'), op('not_includes', 'Contains none of the following')],
  /** subject_includes_word, comment_includes_word. */
  WORDS: [
    op('includes', 'Contains at least one of the following words'),
    op('not_includes', 'Contains none of the following words'),
    op('is', 'Contains the following string'),
    op('is_not', 'Does not contain the following string'),
  ],
  /** reopens, replies, agent_stations, group_stations, requester_twitter_followers_count, requester_twitter_statuses_count. */
  COUNT: [LESS, GREATER, IS],
  /** number_of_incidents. */
  COUNT_OR_EQUAL: [LESS, GREATER, IS, op('less_than_equal', 'Less than or equal to'), op('greater_than_equal', 'Greater than or equal to')],
  /** A multi-select custom ticket field. */
  MULTISELECT: [op('includes', 'Includes'), op('not_includes', 'Does not include'), PRESENT, NOT_PRESENT],
  /** A custom ticket field triggers can only test for a value (a regexp field). */
  PRESENCE: [PRESENT, NOT_PRESENT],
  /** A user or organization text field (text, textarea, regexp). */
  FIELD_TEXT: [
    IS,
    IS_NOT,
    PRESENT,
    NOT_PRESENT,
    op('includes_words', 'Contains at least one of the following words'),
    op('not_includes_words', 'Contains none of the following words'),
    op('includes_string', 'Contains the following string'),
    op('not_includes_string', 'Does not contain the following string'),
  ],
  /** A user or organization number field (integer, decimal). */
  FIELD_NUMBER: [
    IS,
    LESS,
    op('less_than_equal', 'Less than or equal to'),
    GREATER,
    op('greater_than_equal', 'Greater than or equal to'),
    IS_NOT,
    PRESENT,
    NOT_PRESENT,
  ],
  /** A user or organization date field: every operator carries a format. */
  FIELD_DATE: [
    op('is', 'Is', false, 'date'),
    op('is_not', 'Is not', false, 'date'),
    op('present', 'Present', true, 'date'),
    op('not_present', 'Not present', true, 'date'),
    op('less_than', 'Before', false, 'date'),
    op('less_than_equal', 'Before or on', false, 'date'),
    op('greater_than', 'After', false, 'date'),
    op('greater_than_equal', 'After or on', false, 'date'),
    op('within_previous_n_days', 'Is within the previous', false, 'integer'),
    op('within_next_n_days', 'Is within the next', false, 'integer'),
  ],
  /** A user or organization drop-down field. */
  FIELD_DROPDOWN: [IS, IS_NOT, PRESENT, NOT_PRESENT],
} satisfies Record<string, Operator[]>;
