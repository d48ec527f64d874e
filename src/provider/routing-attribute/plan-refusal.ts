/**
 * Skills-based routing is an Enterprise feature [documented: docs/design/skills-routing.md#plan]: an account
 * without it is refused with 403 on every routing attribute endpoint (reads too) [inferred: same section]. That
 * refusal becomes a diagnostic naming the plan and what to do, instead of "Zendesk rejected the credentials".
 */
import type { Diagnostics, Path } from '../../framework';
import { isApiError, reportApiError } from '../api-errors';

export const SKILLS_PLAN_SUMMARY = 'Skills-based routing needs Zendesk Suite Enterprise or Support Enterprise';

/** True for Zendesk's refusal of a routing attribute endpoint: a 403. */
export const isPlanRefusal = (err: unknown): boolean => isApiError(err) && err.status === 403;

/** What to do about the refusal, for `account`. */
export const planRefusalAdvice = (account: string) =>
  `Routing attributes (skill types) and their values (skills) belong to skills-based routing, which Zendesk offers on ` +
  `Zendesk Suite Enterprise and Support Enterprise only. Upgrade "${account}" to one of them, or leave ` +
  'zendesk_routing_attribute and zendesk_routing_attribute_value out of the configuration for this account. If the ' +
  'account is on Enterprise already, check that the credentials are an admin\'s (Zendesk answers 403 to other roles too).';

/** Reports an error of a routing attribute call: a 403 as the plan's refusal, anything else as the API error it is. */
export function reportSkillsError(err: unknown, diagnostics: Diagnostics, context: string, account: string, path?: Path): void {
  if (!isPlanRefusal(err) || !isApiError(err)) return reportApiError(err, diagnostics, context, path);
  // The client's own hint for a 403 speaks of settings and triggers in general: the plan's words replace it.
  const answered = (err.hint ? err.message.replace(err.hint, '') : err.message).trim();
  const detail = `${context}: Zendesk answered 403 (${answered}). ${planRefusalAdvice(account)}`;
  if (path) diagnostics.addAttributeError(path, SKILLS_PLAN_SUMMARY, detail);
  else diagnostics.addError(SKILLS_PLAN_SUMMARY, detail);
}
