/** Attribute-level differences between two resource values (objects recursed into; lists compared whole). */
export interface AttributeChange {
  path: string;
  before: unknown;
  after: unknown;
  sensitive: boolean;
  unknown: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const at = (tree: unknown, key: string): unknown => (isObject(tree) ? tree[key] : tree === true ? true : undefined);
export const MASK = '(sensitive value)';

export function diffValues(
  before: unknown,
  after: unknown,
  marks: { beforeSensitive?: unknown; afterSensitive?: unknown; afterUnknown?: unknown } = {},
  path = '',
): AttributeChange[] {
  if (JSON.stringify(before) === JSON.stringify(after) && marks.afterUnknown !== true) return [];
  if (isObject(before) && isObject(after) && marks.afterUnknown !== true) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) =>
      diffValues(
        before[k],
        after[k],
        { beforeSensitive: at(marks.beforeSensitive, k), afterSensitive: at(marks.afterSensitive, k), afterUnknown: at(marks.afterUnknown, k) },
        path ? `${path}.${k}` : k,
      ),
    );
  }
  const sensitive = marks.beforeSensitive === true || marks.afterSensitive === true;
  const unknown = marks.afterUnknown === true;
  return [{ path, before: sensitive ? MASK : before, after: unknown ? '(known after apply)' : sensitive ? MASK : after, sensitive, unknown }];
}

/** Leaf values of a new object (objects recursed into, lists whole): what a create sets. */
export function leaves(value: unknown, unknownMarks?: unknown, path = ''): { path: string; value: unknown; unknown: boolean }[] {
  if (unknownMarks === true) return [{ path, value: undefined, unknown: true }];
  if (!isObject(value)) return [{ path, value, unknown: false }];
  return Object.keys(value)
    .sort()
    .flatMap((k) => leaves(value[k], at(unknownMarks, k), path ? `${path}.${k}` : k));
}
