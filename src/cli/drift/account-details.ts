/**
 * Which accounts a directory's configuration talks to, and whether each is a sandbox (GET /api/v2/account's
 * `sandbox`), for the fleet view. One call per provider configuration of Zendesk that a managed resource uses;
 * like attribution, extra information: an account the CLI cannot ask is listed with `sandbox: null`, and nothing
 * here changes a status or the exit code.
 */
import { SETTINGS, TYPE_NAME as SETTINGS_TYPE } from '../../provider/messaging-settings/attribute-map';
import { TRIGGER_TYPE_NAME } from '../../provider/trigger/attribute-map';
import { accountOfProvider } from '../report/accounts';
import { isManaged } from '../report/config';
import type { ConfigModuleJson, ConfigResourceJson, PlanJson } from '../report/plan-json';
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
    if (resource.type === TRIGGER_TYPE_NAME) columns.add('triggers');
    if (resource.type !== SETTINGS_TYPE) continue;
    for (const entry of SETTINGS) if (isManaged(resource, entry.attribute)) columns.add(entry.aliasOf ?? entry.attribute);
  }
  return [...columns];
}

/** Provider configuration keys of the zendesk provider that managed resources use, in the configuration's order. */
function zendeskProviderKeys(plan: PlanJson): string[] {
  return [...new Set(zendeskResources(plan).map((r) => r.key))];
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
    const managed = managedColumns(zendeskResources(plan).filter((r) => accountOfProvider(plan, r.key) === account).map((r) => r.resource));
    details.push({ account, sandbox: await isSandbox(plan, key, options), managed });
  }
  return details;
}
