/**
 * The CLI's own calls to Zendesk (the audit log for attribution, GET /api/v2/account for the fleet view), with
 * the credentials the plan's provider configuration names: constants, root variables (a saved plan holds their
 * values) or the ZENDESK_* environment variables the provider falls back to, resolved by the provider's own rules.
 */
import { createZendeskClient, type ZendeskClient } from '../../client';
import { Diagnostics } from '../../framework';
import { resolveConnection } from '../../provider/credentials';
import { ENV_FALLBACKS } from '../../provider/provider-schema';
import type { PlanJson } from '../report/plan-json';

export interface AccessOptions {
  env: NodeJS.ProcessEnv;
  /** Test hook: where the client waits between retries. */
  sleep?: (ms: number) => Promise<void>;
}

/** The provider block's settings as the provider would read them: constants, or root variables the plan holds. */
function providerSettings(plan: PlanJson, key: string): Record<string, string | null> {
  const expressions = plan.configuration?.provider_config?.[key]?.expressions ?? {};
  const settings: Record<string, string | null> = {};
  for (const name of Object.keys(ENV_FALLBACKS)) {
    const expression = expressions[name];
    // A reference comes with its text as constant_value in JSON configurations (CDKTF's "${var.x}"): only a
    // reference to exactly one root variable can be read, from the values the saved plan holds.
    const references = expression?.references ?? [];
    const variable = references.length ? /^var\.([A-Za-z0-9_-]+)$/.exec(references[0])?.[1] : undefined;
    const value = references.length ? (variable && references.every((r) => r === references[0]) ? plan.variables?.[variable]?.value : undefined) : expression?.constant_value;
    settings[name] = typeof value === 'string' && value !== '' ? value : null;
  }
  return settings;
}

/** A client for the account of one provider configuration, or why there is none (CREDENTIALS_HINT says what to do). */
export function clientFor(plan: PlanJson, key: string, options: AccessOptions): ZendeskClient | string {
  const diagnostics = new Diagnostics();
  const connection = resolveConnection(providerSettings(plan, key), options.env, diagnostics);
  if (!connection) {
    const why = diagnostics.errors[0]?.summary ?? 'no credentials';
    return why.toLowerCase();
  }
  return createZendeskClient({
    subdomain: connection.subdomain,
    baseUrl: connection.baseUrl,
    auth: connection.auth,
    requestTimeoutMs: connection.requestTimeoutMs,
    maxRetries: connection.maxRetries,
    sleep: options.sleep,
  });
}


export const CREDENTIALS_HINT = "the provider's credentials must be constants, root variables or ZENDESK_* environment variables";
