/**
 * The account settings of a new Zendesk account, as `GET /api/v2/account/settings`
 * returns them. Shapes and values follow the account settings reference's
 * example answer plus the keys real answers carry beyond it
 * [documented: docs/design/zendesk-api.md#account-settings-endpoints; observed: docs/design/zendesk-api.md#routing-section].
 * Values no source gives are ours and say so. The sections the
 * product manages have the client's types (its view of the same API), so the
 * two cannot disagree on a key's name or type without the build failing.
 */
import type { AccountSettings } from '../../client/settings';
import { type FactSection, defaultOf, factsOf } from '../../client/settings-facts';

export { DEFAULT_MESSAGES, PENDING_STATUS_ID, SOLVED_STATUS_ID } from '../../client/settings-facts';

export type SettingsObject = Record<string, Record<string, unknown>> & AccountSettings;

export interface AccountFlavour {
  /** Messaging was enabled before "agents can end sessions" shipped: the setting starts off [documented: docs/design/zendesk-api.md#agents-can-end-sessions]. */
  legacy: boolean;
}

/** A JSON copy: the values are JSON, and a copy made in this realm compares like any other object. */
const copyOf = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * A section the product manages, from Zendesk's facts (client/settings-facts.ts), in their order: the defaults and
 * their sources are stated once there. Values are copied, so no account shares an object with the table or another.
 */
function managedSection(section: FactSection, flavour: AccountFlavour): Record<string, unknown> {
  return Object.fromEntries(factsOf(section).map((f) => [f.key, copyOf(defaultOf(f, flavour))]));
}

export function defaultSettings(flavour: AccountFlavour): SettingsObject {
  return {
    active_features: {
      on_hold_status: false,
      user_tagging: true,
      ticket_tagging: true,
      topic_suggestion: false,
      voice: true,
      facebook_login: false,
      google_login: false,
      twitter_login: false,
      forum_analytics: true,
      business_hours: false,
      agent_forwarding: false,
      chat: false,
      chat_about_my_ticket: false,
      customer_satisfaction: true,
      satisfaction_prediction: false,
      csat_reason_code: false,
      markdown: false,
      bcc_archiving: false,
      allow_ccs: true,
      explore: true,
      sandbox: false,
      suspended_ticket_notification: false,
      twitter: true,
      facebook: false,
      dynamic_contents: false,
      light_agents: false,
      is_abusive: false,
      rich_content_in_emails: true,
      custom_objects_activated: false,
      organization_access_enabled: true,
    },
    agents: { agent_home: false, agent_workspace: true, aw_self_serve_migration_enabled: true, focus_mode: false, idle_timeout_enabled: false, unified_agent_statuses: false },
    api: { accepted_api_agreement: true, api_password_access_end_users: false, api_token_access: 'true' },
    apps: { create_private: true, create_public: false, use: true },
    billing: { backend: 'zuora' },
    branding: {
      favicon_url: null,
      header_color: '78A300',
      header_logo_url: null,
      page_background_color: '333333',
      tab_background_color: '7FA239',
      text_color: 'FFFFFF',
    },
    brands: { default_brand_id: 1873, end_user_across_brand_requests: false, require_brand_on_new_tickets: false },
    cdn: { cdn_provider: 'default', fallback_cdn_provider: 'secondary', hosts: [{ name: 'default', url: 'https://static.zdassets.com' }] },
    chat: { available: true, enabled: false, integrated: true, maximum_request_count: 1, welcome_message: 'Hi there. How can I help today?' },
    cross_sell: { show_chat_tooltip: true, xsell_source: null },
    device_metadata: { enabled: true, hide_ip: true, hide_location: true },
    email: {
      accept_wildcard_emails: false,
      custom_dkim_domain: false,
      email_sender_authentication: true,
      email_sender_authentication_profile: 'default',
      email_template_photos: true,
      html_mail_template: '<!DOCTYPE html><html><body>{{content}}</body></html>',
      text_mail_template: '{{content}}',
      mail_delimiter: '{{txt.email.delimiter}}',
      modern_email_template: true,
      no_mail_delimiter: false,
      personalized_replies: false,
      rich_content_in_emails: true,
      send_gmail_messages_via_gmail: false,
    },
    google_apps: { has_google_apps: false, has_google_apps_admin: false },
    groups: { check_group_name_uniqueness: true },
    knowledge: { search_articles: true, search_community_posts: false, search_external_content: false, generative_answers: false },
    limits: { attachment_size: 52428800 },
    localization: { locale_ids: [1], time_zone: 'Eastern Time (US & Canada)', iana_time_zone: 'America/New_York' },
    lotus: { pod_id: 999, prefer_lotus: true, reporting: true },
    messaging: managedSection('messaging', flavour),
    messaging_inactivity: managedSection('messaging_inactivity', flavour),
    metrics: { account_size: '100-399' },
    onboarding: { checklist_onboarding_version: 2, onboarding_segments: null, product_sign_up: null },
    routing: managedSection('routing', flavour),
    rule: { macro_most_used: true, macro_order: 'alphabetical', skill_based_filtered_views: [], using_skill_based_routing: false },
    side_conversations: { email_channel: false, msteams_channel: false, show_in_context_panel: false, slack_channel: false, tickets_channel: false },
    statistics: { forum: true, rule_usage: true, search: true },
    ticket_form: { raw_ticket_forms_instructions: 'Please choose your issue below', ticket_forms_instructions: 'Please choose your issue below' },
    tickets: {
      agent_collision: true,
      agent_ticket_deletion: false,
      comments_public_by_default: true,
      email_attachments: false,
      emoji_autocompletion: true,
      is_first_comment_private_enabled: true,
      list_empty_views: true,
      list_newest_comments_first: true,
      markdown_ticket_comments: false,
      maximum_personal_views_to_list: 8,
      private_attachments: false,
      rich_text_comments: true,
      status_hold: false,
      tagging: true,
      custom_statuses_enabled: true, // [observed: docs/design/zendesk-api.md#other-sections-of-a-new-account]
      messaging_enabled: true, // [observed: docs/design/zendesk-api.md#other-sections-of-a-new-account]
      native_messaging_enabled: true, // [observed: docs/design/zendesk-api.md#other-sections-of-a-new-account]
    },
    twitter: { shorten_url: 'optional' },
    user: {
      agent_created_welcome_emails: true,
      end_user_phone_number_validation: false,
      have_gravatars_enabled: true,
      language_selection: true,
      multiple_organizations: false,
      tagging: true,
      time_zone_selection: true,
    },
    voice: {
      agent_confirmation_when_forwarding: true,
      agent_wrap_up_after_calls: true,
      enabled: true,
      logging: true,
      maximum_queue_size: 5,
      maximum_queue_wait_time: 1,
      only_during_business_hours: false,
      outbound_enabled: true,
      recordings_public: true,
      uk_mobile_forwarding: true,
    },
  };
}
