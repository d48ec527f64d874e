/**
 * zendesk_trigger states written by nukosuke/terraform-provider-zendesk, as
 * `terraform state replace-provider nukosuke/zendesk zendesk-iac/zendesk`
 * hands them to this provider (docs/guides/migrating-from-nukosuke.md).
 *
 * Their schema (zendesk/resource_zendesk_trigger.go, last changed in c0ea693,
 * 2022-04-21, and so at master e4d74f3, 2024-04-27; SDKv2):
 *   id           string, the SDK's implicit ID (the trigger ID)
 *   title        string, required
 *   active       bool, optional, default true
 *   position     int, computed
 *   description  string, optional, default ""
 *   all, any     set blocks of { field, operator, value }, all required strings
 *   action       set block of { field, value }, required strings, at least one; a
 *                multi-value action's value is a JSON list (their provider JSON-decodes
 *                any value starting with "[" before sending it, and json.Marshals
 *                Zendesk's lists back into the string on read)
 * The resource declares no SchemaVersion, so its states carry version 0, the
 * version of this provider's own first shape: state-upgrade.ts tells the two
 * apart by shape (isNukosukeTriggerState).
 */
import type { Diagnostics } from '../../framework';
import { parseJSONKeepingNumbers } from '../../framework';
import { ExactNumber } from '../../framework';
import { type Value, isNumberValue } from '../../framework';
import { normalizeValue } from './resolve';

export const NUKOSUKE_SOURCE = 'nukosuke/zendesk';

const THEIR_ATTRIBUTES = new Set(['id', 'title', 'active', 'position', 'description', 'all', 'any', 'action']);

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ExactNumber);
const kindOf = (v: unknown) => (Array.isArray(v) ? 'a list' : isRecord(v) ? 'an object' : isNumberValue(v as Value) ? 'a number' : `a ${typeof v}`);
/** What an SDKv2 state holds for an attribute nobody set: nothing worth a warning when it is dropped. */
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);

/** Reads their attributes, collecting every problem with the attribute's path in their state. */
class StoredState {
  readonly problems: string[] = [];

  constructor(readonly raw: Raw) {}

  text(value: unknown, at: string, required: boolean): string | null {
    if (typeof value === 'string') return value;
    if (value === null || value === undefined) {
      if (required) this.problems.push(`${at} is missing`);
      return null;
    }
    this.problems.push(`${at} is ${kindOf(value)}, not a string`);
    return null;
  }

  flag(name: string): boolean | null {
    const value = this.raw[name];
    if (typeof value === 'boolean' || value === null || value === undefined) return value ?? null;
    this.problems.push(`${name} is ${kindOf(value)}, not true or false`);
    return null;
  }

  number(name: string): Value {
    const value = this.raw[name];
    if (value === null || value === undefined || isNumberValue(value as Value)) return (value ?? null) as Value;
    this.problems.push(`${name} is ${kindOf(value)}, not a number`);
    return null;
  }

  /** A set block's elements, in the order the state lists them. */
  blocks(name: string): { item: Raw; at: string }[] {
    const value = this.raw[name];
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push(`${name} is ${kindOf(value)}, not a list of blocks`);
      return [];
    }
    return value.flatMap((item, i) => {
      if (isRecord(item)) return [{ item, at: `${name}[${i}]` }];
      this.problems.push(`${name}[${i}] is ${kindOf(item)}, not a block`);
      return [];
    });
  }

  /**
   * A stored action value that is a JSON list: the values it holds, as this
   * provider's `values`. Their provider decodes exactly the values starting
   * with "[" (strings.HasPrefix, no trimming), so other text stays text; so
   * does a "[" text that is not JSON, which only a refresh of a text field can
   * have stored. A list holding lists, objects or nulls is something Zendesk
   * was sent and `values` (strings) cannot hold: a problem, not a guess.
   */
  jsonList(value: string, at: string): string[] | undefined {
    if (!value.startsWith('[')) return undefined;
    let parsed: unknown;
    try {
      parsed = parseJSONKeepingNumbers(value);
    } catch {
      return undefined;
    }
    if (!Array.isArray(parsed)) return undefined;
    const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'boolean' || isNumberValue(x as Value);
    if (!parsed.every(scalar)) {
      this.problems.push(`${at} is a JSON list holding more than strings, numbers and booleans (${value}), which values = [...] cannot hold`);
      return undefined;
    }
    return parsed.map((x) => String(x));
  }
}

function condition(state: StoredState, item: Raw, at: string): Record<string, Value> {
  const operator = state.text(item.operator, `${at}.operator`, true);
  const value = state.text(item.value, `${at}.value`, false);
  return {
    field: state.text(item.field, `${at}.field`, true),
    field_title: null,
    operator,
    // Terminal operators ("changed", "present", …) keep no value in Zendesk; their schema made users write value = "".
    value: normalizeValue(value, operator ?? undefined) as string | null,
    values: null,
    value_title: null,
  };
}

function action(state: StoredState, item: Raw, at: string): Record<string, Value> {
  const value = state.text(item.value, `${at}.value`, true);
  const list = value === null ? undefined : state.jsonList(value, `${at}.value`);
  return { field: state.text(item.field, `${at}.field`, true), field_title: null, value: list ? null : value, values: list ?? null, value_title: null };
}

/** The trigger as messages name it, from whatever of the state is readable. */
function describe(raw: Raw): string {
  const id = typeof raw.id === 'string' ? raw.id : '(no id)';
  return typeof raw.title === 'string' ? `trigger ${id} ("${raw.title}")` : `trigger ${id}`;
}

/** Their shape: top-level all/any/action blocks, where this provider's states always hold conditions and actions (null or not). */
export const isNukosukeTriggerState = (raw: Raw): boolean =>
  ['all', 'any', 'action'].some((k) => k in raw) && !('conditions' in raw) && !('actions' in raw);

/** Their state in this provider's shape (current schema), or null with an error naming every unreadable attribute. */
export function upgradeNukosukeTriggerState(raw: Raw, diagnostics: Diagnostics): Record<string, Value> | null {
  const state = new StoredState(raw);
  const id = state.text(raw.id, 'id', true);
  if (id !== null && !/^\d+$/.test(id)) state.problems.push(`id is "${id}", not a numeric trigger ID`);
  const description = state.text(raw.description, 'description', false);
  const upgraded: Record<string, Value> = {
    id,
    title: state.text(raw.title, 'title', true),
    active: state.flag('active'),
    // Their default "" is "no description", which this provider spells by leaving description unset.
    description: description === '' ? null : description,
    position: state.number('position'),
    // Not in their schema: null until the refresh that follows every upgrade reads it from Zendesk.
    category_id: null,
    // Their provider deleted the trigger on destroy and had no adoption: this provider's defaults.
    on_destroy: 'delete',
    adopt_identical: true,
  };
  const all = state.blocks('all').map(({ item, at }) => condition(state, item, at));
  const any = state.blocks('any').map(({ item, at }) => condition(state, item, at));
  upgraded.conditions = all.length === 0 && any.length === 0 ? null : { all, any };
  upgraded.actions = state.blocks('action').map(({ item, at }) => action(state, item, at));

  if (state.problems.length > 0) {
    diagnostics.addError(
      `Cannot read the ${NUKOSUKE_SOURCE} state of a zendesk_trigger`,
      `The state of ${describe(raw)}, written by ${NUKOSUKE_SOURCE} and handed over by terraform state replace-provider, ` +
        `does not have the shape that provider writes: ${state.problems.join('; ')}. Terraform stops here and the state stays ` +
        'as it is. Restore the backup terraform state replace-provider wrote (terraform.tfstate.<timestamp>.backup for a ' +
        'local state), or remove the trigger from state and import it (docs/guides/migrating-from-nukosuke.md).',
    );
    return null;
  }
  const dropped = Object.keys(raw).filter((k) => !THEIR_ATTRIBUTES.has(k) && !isEmpty(raw[k]));
  if (dropped.length > 0) {
    diagnostics.addWarning(
      `Attributes of the ${NUKOSUKE_SOURCE} state not carried over`,
      `The state of ${describe(raw)} has attributes zendesk_trigger does not know: ${dropped.join(', ')}. They are left out; ` +
        'the refresh that follows reads the trigger from Zendesk, and the plan shows any difference from your configuration.',
    );
  }
  return upgraded;
}
