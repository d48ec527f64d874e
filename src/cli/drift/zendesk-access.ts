/**
 * The CLI's own calls to Zendesk (the audit log for attribution, GET /api/v2/account for the fleet view), with
 * the credentials the plan's provider configuration names: constants, root variables (a saved plan holds their
 * values; CDKTF's templates of them too) or the ZENDESK_* environment variables the provider falls back to, resolved
 * by the provider's own rules.
 */
import { createZendeskClient, type ZendeskClient } from '../../client';
import { Diagnostics } from '../../framework';
import { RESOURCE_DESCRIPTORS } from '../../provider/descriptors';
import { accountIdFor, resolveConnection } from '../../provider/credentials';
import { ENV_FALLBACKS } from '../../provider/provider-schema';
import { accountFromResources } from '../report/accounts';
import type { ExpressionJson, PlanJson } from '../report/plan-json';

export interface AccessOptions {
  env: NodeJS.ProcessEnv;
  /**
   * The clients already made for this plan's provider configurations (by key), or why there was none: the account
   * lookup and attribution of one directory share them, so one OAuth token serves both.
   */
  clients?: Map<string, ZendeskClient | string>;
  /** Test hook: where the client waits between retries. */
  sleep?: (ms: number) => Promise<void>;
}

/** What the CLI can know of one provider setting: its value, and whether that value may be only part of the expression. */
interface KnownSetting {
  value: string | null;
  /** An HCL expression naming a root variable: it may be the variable or a template around it (see below). */
  partial?: string;
  /** An expression the CLI cannot evaluate (what it refers to): the provider would not fall back to the environment. */
  unknown?: string;
}

const INTERPOLATION = /\$\{([^}]*)\}/g;
/** `var.NAME`, a root variable: as a reference, or inside `${…}` (where spaces may surround it). */
const ROOT_VARIABLE = /^\s*var\.([A-Za-z0-9_-]+)\s*$/;

/**
 * One provider setting as the provider would read it: a constant; in a JSON configuration (CDKTF), whose
 * constant_value is the expression's text, a template of root variables ("${var.url}/acme") filled in from the values
 * the saved plan holds; in HCL, where `show -json` gives a non-constant expression's references but not its text, the
 * value of the one root variable it names, marked partial: `var.url` and "${var.url}/acme" look alike there.
 */
function knownSetting(plan: PlanJson, expression: ExpressionJson | undefined): KnownSetting {
  const variable = (name: string) => {
    const value = plan.variables?.[name]?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const text = expression?.constant_value;
  const references = expression?.references ?? [];
  const unknown = { value: null, unknown: references.join(', ') || String(text) };
  if (typeof text === 'string') {
    let known = true;
    const value = text.replace(INTERPOLATION, (_, inner: string) => {
      const name = ROOT_VARIABLE.exec(inner)?.[1];
      const filled = name === undefined ? undefined : variable(name);
      if (filled === undefined) known = false;
      return filled ?? '';
    });
    return known ? { value: value || null } : unknown;
  }
  if (!references.length) return { value: null };
  const name = ROOT_VARIABLE.exec(references[0])?.[1];
  const value = name && references.every((r) => r === references[0]) ? variable(name) : undefined;
  return value === undefined ? unknown : { value: value || null, partial: references[0] };
}

/** A client for the account of one provider configuration, or why there is none and what to do about it. */
export function clientFor(plan: PlanJson, key: string, options: AccessOptions): ZendeskClient | string {
  const known = options.clients?.get(key);
  if (known !== undefined) return known;
  const client = newClientFor(plan, key, options);
  options.clients?.set(key, client);
  return client;
}

function newClientFor(plan: PlanJson, key: string, options: AccessOptions): ZendeskClient | string {
  const expressions = plan.configuration?.provider_config?.[key]?.expressions ?? {};
  const known = Object.fromEntries(Object.keys(ENV_FALLBACKS).map((name) => [name, knownSetting(plan, expressions[name])]));
  const unknown = Object.entries(known).filter(([, setting]) => setting.unknown !== undefined);
  if (unknown.length) {
    const which = unknown.map(([name, setting]) => `${name} (${setting.unknown})`).join(' and ');
    return `its ${which} is an expression only terraform evaluates; ${PARTIAL_HINT}`;
  }
  const settings = Object.fromEntries(Object.entries(known).map(([name, setting]) => [name, setting.value]));
  const diagnostics = new Diagnostics();
  const connection = resolveConnection(settings, options.env, diagnostics);
  if (!connection) return `${(diagnostics.errors[0]?.summary ?? 'no credentials').toLowerCase()}: ${CREDENTIALS_HINT}`;
  // A variable's value standing for an HCL expression that may say more: used only when it leads to the account the
  // provider recorded for this configuration (a settings resource's id), never to another URL.
  const partial = ['subdomain', 'base_url'].filter((name) => known[name].partial !== undefined && known[name].value !== null);
  if (partial.length) {
    const recorded = accountFromResources(plan, key);
    const reached = accountIdFor(connection);
    const which = partial.map((name) => `${name} (${known[name].partial} or an expression around it)`).join(' and ');
    if (recorded === undefined) {
      return `its ${which} is not known to the CLI: terraform show -json names only the variable, and no ${ACCOUNT_RECORDING_KINDS} resource of this provider configuration records the account to check it against; for the CLI to read it, give it as a constant or through its ZENDESK_* environment variable`;
    }
    if (recorded !== reached) return `its ${which} is only evaluated by terraform: ${known[partial[0]].partial} alone leads to ${reached}, not to ${recorded}; ${PARTIAL_HINT}`;
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

/** The resources that record their account (accountFromResources reads them), in words: "messaging settings". */
const ACCOUNT_RECORDING_KINDS = ((kinds: string[]) => (kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : kinds.join('')))(
  RESOURCE_DESCRIPTORS.filter((d) => d.accountAttribute !== undefined).map((d) => d.kind.toLowerCase()),
);

const CREDENTIALS_HINT =
  "for the CLI to read them, the provider block's settings must be constants, root variables (alone in HCL; CDKTF may also put them in a template) or ZENDESK_* environment variables";
const PARTIAL_HINT = 'for the CLI to read it, give it as a constant, as a root variable holding the whole value, or through its ZENDESK_* environment variable';
