/**
 * What a drift check reports, from a saved plan: exactly the changes
 * `terraform plan` would make (its resource_changes), each attribute marked
 * with its cause. Zendesk changed it (the plan's resource_drift shows the same
 * attribute changed since the last apply) or the configuration did (a change
 * nobody has applied yet). Deciding from the plan itself, not from the drift
 * filtered by what the configuration spells out, is what keeps the verdict
 * the plan's: an attribute left at its schema default (a trigger's `active`)
 * is planned back by the provider, so it is reported; a setting the
 * configuration does not manage is never planned, so it is not.
 */
import type { NameLookup } from '../../provider/attribute-words';
import { accountOf } from '../report/accounts';
import { describeChange } from '../report/describe';
import { type AttributeChange, diffValues } from '../report/diff';
import { labelFor } from '../report/labels';
import { nameLookupOf } from '../report/named-ids';
import type { PlanJson, ResourceChangeJson, StateModuleJson } from '../report/plan-json';

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

/** outside: Zendesk holds another value than Terraform last applied; configuration: the configuration changed and was not applied. */
export type ChangeCause = 'outside' | 'configuration';

export interface DriftedAttribute {
  /** Dotted attribute path, e.g. `inactivity.timeout`. */
  path: string;
  /** The attribute in words, e.g. "Auto-release after inactivity". */
  label: string;
  /**
   * The change in time order. outside: the value the plan puts back → the value now in Zendesk; configuration: the
   * value in Zendesk → the configuration's. "(sensitive value)" when either side is sensitive.
   */
  before: unknown;
  after: unknown;
  sensitive: boolean;
  /** Absent in reports of version 4 (before drift followed the plan), where every change was Zendesk's: outside. */
  cause?: ChangeCause;
  /** In words: "Agents can end messaging sessions: on → off". */
  description: string;
  /** Who made the change and when, from Zendesk's audit log (attribution.ts); absent when it cannot tell. */
  changedBy?: ChangeAttribution;
}

/**
 * update: attributes the plan changes back (or to the new configuration); delete: deleted outside Terraform, the plan
 * creates it again; create: in the configuration, not yet in Zendesk; destroy: gone from the configuration, the plan
 * deletes it; replace: the plan deletes and creates it (the attributes say why).
 */
export type DriftAction = 'update' | 'delete' | 'create' | 'destroy' | 'replace';

export interface DriftedResource {
  address: string;
  type: string;
  account: string;
  action: DriftAction;
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

const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Paths Zendesk changed since the last apply, by resource address (a deletion as the path "" of a null after). */
function outsideChanges(plan: PlanJson): Map<string, ResourceChangeJson> {
  return new Map((plan.resource_drift ?? []).filter((rc) => rc.mode === 'managed').map((rc) => [rc.address, rc]));
}

function attributesOf(rc: ResourceChangeJson, drift: ResourceChangeJson | undefined, nameOf: NameLookup): DriftedAttribute[] {
  const changes = diffValues(rc.change.before, rc.change.after, {
    beforeSensitive: rc.change.before_sensitive,
    afterSensitive: rc.change.after_sensitive,
    afterUnknown: rc.change.after_unknown,
  });
  const changedOutside = drift ? diffValues(drift.change.before, drift.change.after).map((c) => c.path) : [];
  // A computed attribute that only becomes unknown (an updated_at) follows from the other changes; it is not one.
  const known = changes.filter((c) => !c.unknown);
  // A deprecated alias changes with the attribute it names: one change, said under the current name.
  const paths = new Set(changes.map((c) => c.path));
  const said = (known.length ? known : changes).filter((c) => !paths.has(labelFor(rc.type, c.path).aliasOf ?? ''));
  return said.map((c) => attribute(rc.type, c, changedOutside.some((p) => related(p, c.path)) ? 'outside' : 'configuration', nameOf));
}

function attribute(type: string, c: AttributeChange, cause: ChangeCause, nameOf: NameLookup): DriftedAttribute {
  // Outside: Zendesk moved from the value the plan restores to the one it holds now, so the plan's after comes first.
  const change = cause === 'outside' && !c.unknown ? { ...c, before: c.after, after: c.before } : c;
  const description = describeChange(type, change, nameOf);
  return {
    path: c.path,
    label: labelFor(type, c.path).label,
    before: change.before,
    after: change.after,
    sensitive: c.sensitive,
    cause,
    description: cause === 'configuration' ? `${description} (in the configuration, not applied yet)` : description,
  };
}

function actionOf(rc: ResourceChangeJson, drift: ResourceChangeJson | undefined): DriftAction | undefined {
  const actions = rc.change.actions;
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  if (actions.includes('create')) return drift && (drift.change.actions.includes('delete') || drift.change.after === null) ? 'delete' : 'create';
  if (actions.includes('delete')) return 'destroy';
  if (actions.includes('update')) return 'update';
  return undefined; // no-op, read, forget
}

/** Root outputs whose value the plan changes: `terraform plan -detailed-exitcode` exits 2 for them alone, so drift does too. */
function outputChanges(plan: PlanJson): DriftedResource[] {
  return Object.entries(plan.output_changes ?? {})
    .filter(([, oc]) => oc.actions.some((a) => a === 'create' || a === 'update' || a === 'delete'))
    .map(([name, oc]) => {
      const [c = { path: 'value', before: oc.before, after: oc.after, sensitive: false, unknown: false }] = diffValues(oc.before, oc.after, {
        beforeSensitive: oc.before_sensitive,
        afterSensitive: oc.after_sensitive,
        afterUnknown: oc.after_unknown,
      }).map((d) => ({ ...d, path: 'value' }));
      const description = `Output ${name}: ${describeChange('output', c).replace(/^value: /, '')}`;
      return { address: `output.${name}`, type: 'output', account: '', action: 'update' as const, attributes: [{ path: 'value', label: `output ${name}`, before: c.before, after: c.after, sensitive: c.sensitive, cause: 'configuration' as const, description }] };
    });
}

/**
 * The plan's changes as drift. `checked` lists the managed resources the plan looked at; `outputs` the root module's
 * outputs whose value the plan changes (terraform's -detailed-exitcode counts them too).
 */
export function driftFromPlan(plan: PlanJson): { checked: string[]; drifted: DriftedResource[] } {
  const checked = managedAddresses(plan.prior_state?.values?.root_module);
  const outside = outsideChanges(plan);
  // The names of the objects lists of ids refer to (a queue order's queues): `queue "Billing" (01M…)`.
  const nameOf = nameLookupOf(plan);
  const drifted: DriftedResource[] = [];
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode !== 'managed') continue;
    const drift = outside.get(rc.address);
    const action = actionOf(rc, drift);
    if (!action) continue;
    const attributes = action === 'update' || action === 'replace' ? attributesOf(rc, drift, nameOf) : [];
    if (action === 'update' && !attributes.length) continue;
    drifted.push({ address: rc.address, type: rc.type, account: accountOf(plan, rc.address), action, attributes });
  }
  drifted.push(...outputChanges(plan));
  return { checked: [...new Set([...checked, ...drifted.map((d) => d.address)])], drifted };
}
