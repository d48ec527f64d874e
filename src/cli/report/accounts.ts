import type { PlanJson } from './plan-json';

/**
 * Which Zendesk account a resource belongs to, in words: the provider
 * configuration's alias and its subdomain or base_url, from the plan's
 * configuration section.
 */
export function accountOf(plan: PlanJson, address: string): string {
  const resource = plan.configuration?.root_module?.resources?.find((r) => r.address === address.replace(/\[.*\]$/, ''));
  const key = resource?.provider_config_key ?? 'zendesk';
  const config = plan.configuration?.provider_config?.[key];
  const where = config?.expressions?.subdomain?.constant_value ?? config?.expressions?.base_url?.constant_value;
  const alias = config?.alias ? `${config.alias}` : undefined;
  if (alias && where) return `${alias} (${String(where)})`;
  return alias ?? (where !== undefined ? String(where) : key);
}

/** Top-level keys the configuration sets for a resource (dynamic blocks are not listed by terraform). */
export function configuredKeys(plan: PlanJson, address: string): Set<string> {
  const resource = plan.configuration?.root_module?.resources?.find((r) => r.address === address.replace(/\[.*\]$/, ''));
  return new Set(Object.keys(resource?.expressions ?? {}));
}
