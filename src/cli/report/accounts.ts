import { configResource } from './config';
import { RESOURCE_KINDS } from './labels';
import type { ExpressionJson, PlanJson } from './plan-json';

/** A provider expression's value when it is a plain constant (not `${var.x}` or another reference). */
function constant(expression: ExpressionJson | undefined): string | undefined {
  if (!expression || expression.references?.length) return undefined;
  const value = expression.constant_value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The account a provider configuration talks to, when the configuration
 * does not say it as a constant (e.g. `subdomain = var.subdomain`): the id of
 * a resource of that configuration whose id is the account, as the
 * messaging settings' is (the subdomain).
 */
export function accountFromResources(plan: PlanJson, providerKey: string): string | undefined {
  for (const rc of [...(plan.resource_changes ?? []), ...(plan.resource_drift ?? [])]) {
    const attribute = RESOURCE_KINDS[rc.type]?.accountAttribute;
    if (!attribute || configResource(plan, rc.address)?.provider_config_key !== providerKey) continue;
    const id = (rc.change.before ?? rc.change.after)?.[attribute];
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}

/**
 * Which Zendesk account a resource belongs to, in words: its provider
 * configuration's alias and its subdomain or base_url (from the plan's
 * configuration section), e.g. `acme (acme.zendesk.com)`; else the account
 * id a settings resource of the same configuration records; else the
 * provider configuration key.
 */
export function accountOf(plan: PlanJson, address: string): string {
  return accountOfProvider(plan, configResource(plan, address)?.provider_config_key ?? 'zendesk');
}

/** The account of one provider configuration (its key in the plan's configuration), in the words of accountOf. */
export function accountOfProvider(plan: PlanJson, key: string): string {
  const config = plan.configuration?.provider_config?.[key];
  const subdomain = constant(config?.expressions?.subdomain);
  const where = subdomain ? `${subdomain}.zendesk.com` : (constant(config?.expressions?.base_url) ?? accountFromResources(plan, key));
  const alias = config?.alias;
  if (alias && where) return alias === where ? alias : `${alias} (${where})`;
  return alias ?? where ?? key;
}
