/**
 * Via types: the values of the "Channel" (via_id) and "Update via"
 * (current_via_id) conditions, as a real account lists them in
 * `GET /api/v2/triggers/definitions` (salto-io/salto
 * packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json; both
 * conditions list the same 34 values in this order; nothing trimmed). The
 * value is the via id as a string ("The Via Type value is a number" in a
 * trigger [documented: docs/design/zendesk-api.md#conditions-and-actions]; the definitions list it as a string).
 *
 * What the recording says of via ids [observed: docs/design/zendesk-api.md#recorded-definitions]: 74 is WhatsApp, 72 LINE, 73
 * WeChat, 78 Facebook Messenger, 86 Instagram Direct, 88 Twitter Direct
 * Message, 48 Web Widget, 49 Mobile SDK. The recording (2021) lists no via
 * type titled "Messaging": the native messaging via type, which the standard
 * messaging CSAT trigger needs, is declared in assumptions.ts.
 */
import type { RecordedValue } from './time-zones';

const VIA_TYPES: [id: number, title: string][] = [
  [0, 'Web form'],
  [4, 'Email'],
  [29, 'Chat'],
  [30, 'Twitter'],
  [26, 'Twitter DM'],
  [23, 'Twitter Like'],
  [33, 'Voicemail'],
  [34, 'Phone call (incoming)'],
  [35, 'Phone call (outgoing)'],
  [44, 'CTI voicemail'],
  [45, 'CTI phone call (incoming)'],
  [46, 'CTI phone call (outgoing)'],
  [57, 'Text'],
  [16, 'Get Satisfaction'],
  [48, 'Web Widget'],
  [49, 'Mobile SDK'],
  [56, 'Mobile'],
  [50, 'Help Center post'],
  [5, 'Web service (API)'],
  [8, 'Automation'],
  [24, 'Forum topic'],
  [27, 'Closed ticket'],
  [31, 'Ticket sharing'],
  [38, 'Facebook Post'],
  [41, 'Facebook Private Message'],
  [54, 'Satisfaction Prediction'],
  [67, 'Answer Bot for Web Widget'],
  [55, 'Channel Integrations'],
  [73, 'WeChat'],
  [72, 'LINE'],
  [74, 'WhatsApp'],
  [78, 'Facebook Messenger'],
  [88, 'Twitter Direct Message'],
  [86, 'Instagram Direct'],
];

export const RECORDED_VIA_VALUES: RecordedValue[] = VIA_TYPES.map(([id, title]) => ({ value: String(id), title, enabled: true }));
