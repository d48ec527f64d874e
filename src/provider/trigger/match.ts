import type { ApiValue } from '../../client/triggers';
import { normalizeValue } from './resolve';

/** What identifies a condition or action when Zendesk's answer is compared with what was configured. */
export interface ComparableItem {
  field: string;
  operator?: string;
  value?: ApiValue | string[] | null;
}

/**
 * One string per condition or action, equal exactly when Zendesk treats two
 * items as the same: field, operator and the value compared loosely (numbers
 * come back as strings, terminal operators drop their value; see
 * normalizeValue). Keys let a trigger's thousands of items be paired with
 * those of another in one pass instead of comparing every pair.
 */
export function itemKey(item: ComparableItem): string {
  return `${item.field}\u0000${item.operator ?? ''}\u0000${JSON.stringify(normalizeValue(item.value, item.operator))}`;
}

/** A multiset of keys, each holding its entries first in, first out (so duplicates pair up in order). */
export class KeyedQueue<T> {
  private readonly entries = new Map<string, { items: T[]; next: number }>();

  push(key: string, item: T): void {
    const entry = this.entries.get(key);
    if (entry) entry.items.push(item);
    else this.entries.set(key, { items: [item], next: 0 });
  }

  /** Removes and returns the oldest entry under `key`, if any is left. */
  take(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.next >= entry.items.length) return undefined;
    return entry.items[entry.next++];
  }
}

/** Whether two lists hold the same items, each as often, in any order. */
export function sameItems(a: ComparableItem[], b: ComparableItem[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const item of a) {
    const key = itemKey(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const item of b) {
    const key = itemKey(item);
    const left = counts.get(key);
    if (!left) return false;
    counts.set(key, left - 1);
  }
  return true;
}
