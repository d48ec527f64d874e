/**
 * Where a finding about one condition or action points. Actions are a list
 * block, so the path names the action's index and terraform quotes its line.
 * ALL/ANY conditions are set blocks (schema.ts): a set element has no index
 * that terraform maps back to the configuration (it picks the index-th block
 * in the file, while a set's elements come in their own order), so the path
 * stops at the set and the message names the condition by what it holds.
 */
import { Path } from '../../framework';
import type { ItemKind } from './definitions-index';

/** The attributes a condition or action is written with, in the order the schema lists them. */
const SPELLING = ['field', 'field_title', 'operator', 'value', 'values', 'value_title'] as const;

type Spelled = Partial<Record<(typeof SPELLING)[number], unknown>>;

/** `field = "status", operator = "is", value = "open"`: the item as its block spells it. */
export function itemInWords(item: Spelled): string {
  return SPELLING.filter((k) => item[k] !== null && item[k] !== undefined)
    .map((k) => `${k} = ${JSON.stringify(item[k])}`)
    .join(', ');
}

export interface ItemPlace {
  /** The item's own path (an action), or its set's (a condition). */
  at: (attribute?: string) => Path;
  /** What a message about the item says first, so a condition is found without a line number. */
  lead: string;
}

export function placeOf(kind: ItemKind, index: number, item: Spelled): ItemPlace {
  if (kind === 'action') {
    const path = Path.root('actions').atListIndex(index);
    return { at: (attribute) => (attribute ? path.atName(attribute) : path), lead: '' };
  }
  const set = Path.root('conditions').atName(kind);
  return { at: () => set, lead: `In the ${kind.toUpperCase()} condition ${itemInWords(item)}: ` };
}
