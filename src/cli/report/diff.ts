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
