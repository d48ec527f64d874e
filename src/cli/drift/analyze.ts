/**
 * What drifted, from a refresh-only plan: the plan's resource_drift, limited
 * to attributes the configuration manages (this provider records settings it
 * does not manage after an import; those are not drift), in words.
 */
import { accountOf } from '../report/accounts';
import { configResource, isManaged } from '../report/config';
import { describeChange } from '../report/describe';
import { diffValues } from '../report/diff';
import { labelFor } from '../report/labels';
import type { PlanJson, StateModuleJson } from '../report/plan-json';

/** The audit-log entry behind a drift. */
export interface ChangeAttribution {
  /** The actor's name, as the audit log gives it. */
  actor: string;
  actorId: number;
  /** When (ISO 8601, Zendesk's created_at). */
  at: string;
  /** Zendesk's change_description, e.g. "Disabled" or "Changed from 5 to 10". */
  change: string;
  /** The entry's source_label: the setting's or the trigger's name in Zendesk. */
  source: string;
  /** Changes of the same setting after the provider's last write and before this one. */
  earlierChanges: number;
}

export interface DriftedAttribute {
  /** Dotted attribute path, e.g. `inactivity.timeout`. */
  path: string;
  /** The attribute in words, e.g. "Auto-release after inactivity". */
  label: string;
  /** Values as Terraform records them; "(sensitive value)" when either side is sensitive. */
  before: unknown;
  after: unknown;
  sensitive: boolean;
  /** In words: "Agents can end messaging sessions: on → off". */
  description: string;
  /** Who made the change and when, from Zendesk's audit log (attribution.ts); absent when it cannot tell. */
  changedBy?: ChangeAttribution;
}

export interface DriftedResource {
  address: string;
  type: string;
  account: string;
  /** update: changed outside Terraform; delete: deleted outside Terraform. */
  action: 'update' | 'delete';
  attributes: DriftedAttribute[];
  /** For a trigger: the audit-log entry of its rule (also of a deletion); absent when it cannot tell. */
  changedBy?: ChangeAttribution;
}

function managedAddresses(module: StateModuleJson | undefined): string[] {
  if (!module) return [];
  return [
    ...(module.resources ?? []).filter((r) => r.mode === 'managed').map((r) => r.address),
    ...(module.child_modules ?? []).flatMap(managedAddresses),
  ];
}

/**
 * @param blockTypes nested block names per resource type, from the providers'
 *   schemas: a block written with `dynamic` is not in the plan's configuration.
 */
export function driftFromPlan(plan: PlanJson, blockTypes: Map<string, Set<string>> = new Map()): { checked: string[]; drifted: DriftedResource[] } {
  const checked = managedAddresses(plan.prior_state?.values?.root_module);
  const drifted: DriftedResource[] = [];
  for (const rc of plan.resource_drift ?? []) {
    if (rc.mode !== 'managed') continue;
    const account = accountOf(plan, rc.address);
    if (rc.change.actions.includes('delete') || rc.change.after === null) {
      drifted.push({ address: rc.address, type: rc.type, account, action: 'delete', attributes: [] });
      continue;
    }
    const config = configResource(plan, rc.address);
    const attributes = diffValues(rc.change.before, rc.change.after, {
      beforeSensitive: rc.change.before_sensitive,
      afterSensitive: rc.change.after_sensitive,
    })
      .filter((c) => isManaged(config, c.path, blockTypes.get(rc.type)))
      .map((c) => ({
        path: c.path,
        label: labelFor(rc.type, c.path).label,
        before: c.before,
        after: c.after,
        sensitive: c.sensitive,
        description: describeChange(rc.type, c),
      }));
    if (attributes.length) drifted.push({ address: rc.address, type: rc.type, account, action: 'update', attributes });
  }
  return { checked: [...new Set([...checked, ...drifted.map((d) => d.address)])], drifted };
}
