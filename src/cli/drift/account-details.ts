/**
 * Which accounts a directory's configuration talks to, and whether each is a sandbox (GET /api/v2/account's
 * `sandbox`), for the fleet view. One call per provider configuration of Zendesk that a managed resource uses;
 * like attribution, extra information: an account the CLI cannot ask is listed with `sandbox: null`, and nothing
 * here changes a status or the exit code.
 */
import { accountOfProvider } from '../report/accounts';
import { isManaged } from '../report/config';
import type { ConfigModuleJson, ConfigResourceJson, PlanJson } from '../report/plan-json';
import { managedColumnsOf } from './fleet-columns';
import { type AccessOptions, clientFor } from './zendesk-access';

export interface AccountDetails {
  /** In the words of the drifted resources' `account`: `acme (acme.zendesk.com)`. */
  account: string;
  /** true for a sandbox, false for production, null when the CLI could not ask (no credentials, an error). */
  sandbox: boolean | null;
  /**
   * The fleet view's columns the configuration manages for this account: the settings attributes it sets (an alias
   * under the name it stands for) and `triggers` when it has a trigger, so that a cell of an unmanaged setting says
   * so instead of "in sync". Absent in reports written before it was recorded.
   */
  managed?: string[];
}

/** The zendesk provider's managed resources of the configuration, each with its provider configuration key. */
function zendeskResources(plan: PlanJson): { key: string; resource: ConfigResourceJson }[] {
  const found: { key: string; resource: ConfigResourceJson }[] = [];
  const visit = (module: ConfigModuleJson | undefined) => {
    for (const resource of module?.resources ?? []) {
      const key = resource.provider_config_key ?? 'zendesk';
      const name = plan.configuration?.provider_config?.[key]?.name ?? key;
      if (resource.mode === 'managed' && name === 'zendesk') found.push({ key, resource });
    }
    for (const call of Object.values(module?.module_calls ?? {})) visit(call.module);
  };
  visit(plan.configuration?.root_module);
  return found;
}

/** What the configuration manages through one provider configuration, as fleet columns. */
function managedColumns(resources: ConfigResourceJson[]): string[] {
  const columns = new Set<string>();
  for (const resource of resources) {
    for (const column of managedColumnsOf(resource.type, (attribute) => isManaged(resource, attribute))) columns.add(column);
  }
  return [...columns];
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

/** Every account of the plan, once (in the configuration's order), with its sandbox flag and what it manages; never throws. */
export async function accountDetails(plan: PlanJson, options: AccessOptions): Promise<AccountDetails[]> {
  // Several provider configurations (aliases) may talk to one account: it is asked once, through its first one.
  const byAccount = new Map<string, { key: string; resources: ConfigResourceJson[] }>();
  for (const { key, resource } of zendeskResources(plan)) {
    const account = accountOfProvider(plan, key);
    const entry = byAccount.get(account) ?? { key, resources: [] };
    entry.resources.push(resource);
    byAccount.set(account, entry);
  }
  const details: AccountDetails[] = [];
  for (const [account, { key, resources }] of byAccount) {
    details.push({ account, sandbox: await isSandbox(plan, key, options), managed: managedColumns(resources) });
  }
  return details;
}
