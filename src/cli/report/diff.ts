/**
 * Attribute-level differences between two resource values, as Terraform's
 * plan JSON gives them: objects are recursed into, lists are compared whole
 * (their items are described by the labels). Sensitive values are masked
 * here, before any renderer sees them.
 */
export interface AttributeChange {
  path: string;
  before: unknown;
  after: unknown;
  sensitive: boolean;
  unknown: boolean;
}

export const MASK = '(sensitive value)';
export const UNKNOWN = '(known after apply)';

export interface ChangeMarks {
  beforeSensitive?: unknown;
  afterSensitive?: unknown;
  afterUnknown?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The marks below `key` of a marks tree (`true` marks a whole subtree). */
const at = (tree: unknown, key: string): unknown => (isObject(tree) ? tree[key] : tree === true ? true : undefined);

/** Whether a marks tree marks anything: a list with one sensitive item makes the list sensitive when compared whole. */
export function marksAnything(tree: unknown): boolean {
  if (tree === true) return true;
  if (Array.isArray(tree)) return tree.some(marksAnything);
  if (isObject(tree)) return Object.values(tree).some(marksAnything);
  return false;
}

export function diffValues(before: unknown, after: unknown, marks: ChangeMarks = {}, path = ''): AttributeChange[] {
  const unknown = marksAnything(marks.afterUnknown);
  if (!unknown && JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObject(before) && isObject(after) && marks.afterUnknown !== true) {
    // Unknown values are left out of `after`; their keys only show in after_unknown.
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(isObject(marks.afterUnknown) ? marks.afterUnknown : {})])].sort();
    return keys.flatMap((k) =>
      diffValues(
        before[k],
        after[k],
        { beforeSensitive: at(marks.beforeSensitive, k), afterSensitive: at(marks.afterSensitive, k), afterUnknown: at(marks.afterUnknown, k) },
        path ? `${path}.${k}` : k,
      ),
    );
  }
  const sensitive = marksAnything(marks.beforeSensitive) || marksAnything(marks.afterSensitive);
  return [{ path, before: sensitive ? MASK : before, after: unknown ? UNKNOWN : sensitive ? MASK : after, sensitive, unknown }];
}

export interface Leaf {
  path: string;
  value: unknown;
  sensitive: boolean;
  unknown: boolean;
}

/** Leaf values of a new object (objects recursed into, lists whole): what a create sets, masked like a diff. */
export function leaves(value: unknown, marks: { sensitive?: unknown; unknown?: unknown } = {}, path = ''): Leaf[] {
  if (marks.unknown !== true && isObject(value)) {
    return [...new Set([...Object.keys(value), ...Object.keys(isObject(marks.unknown) ? marks.unknown : {})])]
      .sort()
      .flatMap((k) => leaves(value[k], { sensitive: at(marks.sensitive, k), unknown: at(marks.unknown, k) }, path ? `${path}.${k}` : k));
  }
  const unknown = marksAnything(marks.unknown);
  const sensitive = marksAnything(marks.sensitive);
  return [{ path, value: unknown ? UNKNOWN : sensitive ? MASK : value, sensitive, unknown }];
}

/** The same text for equal values whatever the order of their keys: what list elements are matched by. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** How two lists (or sets, which plan JSON gives as lists) differ, their elements matched by value. */
export interface ListDelta {
  added: unknown[];
  removed: unknown[];
  /** The same elements, each as often, in another order. */
  reordered: boolean;
}

/**
 * Elements are paired by value, each as often as it occurs, never by index: one condition removed from the middle
 * of four is that condition removed, not the next three each changed into their successor and the last removed.
 */
export function listDelta(before: readonly unknown[], after: readonly unknown[]): ListDelta {
  const beforeKeys = before.map(canonical);
  const afterKeys = after.map(canonical);
  const added = beyond(after, afterKeys, counts(beforeKeys));
  const removed = beyond(before, beforeKeys, counts(afterKeys));
  const reordered = !added.length && !removed.length && beforeKeys.some((key, i) => key !== afterKeys[i]);
  return { added, removed, reordered };
}

function counts(keys: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const key of keys) found.set(key, (found.get(key) ?? 0) + 1);
  return found;
}

/** The items of a list beyond the number of times the other list holds them (its later copies, in order). */
function beyond(items: readonly unknown[], keys: readonly string[], other: Map<string, number>): unknown[] {
  const seen = new Map<string, number>();
  return items.filter((_, i) => {
    const nth = (seen.get(keys[i]) ?? 0) + 1;
    seen.set(keys[i], nth);
    return nth > (other.get(keys[i]) ?? 0);
  });
}
