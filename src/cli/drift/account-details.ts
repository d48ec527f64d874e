/**
 * Which accounts a directory's configuration talks to, and whether each is a sandbox (GET /api/v2/account's
 * `sandbox`), for the fleet view. One call per provider configuration of Zendesk that a managed resource uses;
 * like attribution, extra information: an account the CLI cannot ask is listed with `sandbox: null`, and nothing
 * here changes a status or the exit code.
 */
import { accountOfProvider } from '../report/accounts';
import type { ConfigModuleJson, PlanJson } from '../report/plan-json';
import { type AccessOptions, clientFor } from './zendesk-access';

export interface AccountDetails {
  /** In the words of the drifted resources' `account`: `acme (acme.zendesk.com)`. */
  account: string;
  /** true for a sandbox, false for production, null when the CLI could not ask (no credentials, an error). */
  sandbox: boolean | null;
}

/** Provider configuration keys of the zendesk provider that managed resources use, in the configuration's order. */
function zendeskProviderKeys(plan: PlanJson): string[] {
  const keys: string[] = [];
  const visit = (module: ConfigModuleJson | undefined) => {
    for (const resource of module?.resources ?? []) {
      const key = resource.provider_config_key ?? 'zendesk';
      const name = plan.configuration?.provider_config?.[key]?.name ?? key;
      if (resource.mode === 'managed' && name === 'zendesk' && !keys.includes(key)) keys.push(key);
    }
    for (const call of Object.values(module?.module_calls ?? {})) visit(call.module);
  };
  visit(plan.configuration?.root_module);
  return keys;
}

async function isSandbox(plan: PlanJson, key: string, options: AccessOptions): Promise<boolean | null> {
  const client = clientFor(plan, key, options);
  if (typeof client === 'string') return null;
  try {
    const { sandbox } = await client.getAccount();
    return typeof sandbox === 'boolean' ? sandbox : null;
  } catch {
    return null;
  }
}

/** Every account of the plan, once, with its sandbox flag; never throws. */
export async function accountDetails(plan: PlanJson, options: AccessOptions): Promise<AccountDetails[]> {
  const details: AccountDetails[] = [];
  for (const key of zendeskProviderKeys(plan)) {
    const account = accountOfProvider(plan, key);
    if (details.some((d) => d.account === account)) continue;
    details.push({ account, sandbox: await isSandbox(plan, key, options) });
  }
  return details;
}
