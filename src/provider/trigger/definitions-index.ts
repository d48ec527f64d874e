import type { Definition, DefinitionValue, TriggerDefinitions } from '../../client/triggers';
import { looseName } from './suggest';

/** Where an item sits: ALL/ANY conditions or actions; each has its own list in the definitions. */
export type ItemKind = 'all' | 'any' | 'action';

export const ITEM_KINDS: readonly ItemKind[] = ['all', 'any', 'action'];

export const kindName = (kind: ItemKind) => (kind === 'action' ? 'action' : `${kind.toUpperCase()} condition`);

interface KindIndex {
  list: Definition[];
  bySubject: Map<string, Definition>;
  /** Titles are matched case-insensitively (Admin Center's capitalisation is easy to get wrong). */
  byTitle: Map<string, Definition>;
}

const cache = new WeakMap<TriggerDefinitions, DefinitionIndex>();

/**
 * The account's definitions by subject and by title, built once per
 * definitions answer: checking and resolving a trigger's thousands of items
 * costs one lookup each, not a scan of the definitions.
 */
export class DefinitionIndex {
  private readonly kinds: Record<ItemKind, KindIndex>;

  private constructor(defs: TriggerDefinitions) {
    const index = (list: Definition[]): KindIndex => ({
      list,
      bySubject: new Map(list.map((d) => [d.subject, d])),
      byTitle: new Map([...list].reverse().map((d) => [d.title.trim().toLowerCase(), d])),
    });
    this.kinds = { all: index(defs.conditions_all), any: index(defs.conditions_any), action: index(defs.actions) };
  }

  static of(defs: TriggerDefinitions): DefinitionIndex {
    let index = cache.get(defs);
    if (!index) cache.set(defs, (index = new DefinitionIndex(defs)));
    return index;
  }

  list(kind: ItemKind): Definition[] {
    return this.kinds[kind].list;
  }

  bySubject(kind: ItemKind, subject: string): Definition | undefined {
    return this.kinds[kind].bySubject.get(subject);
  }

  byTitle(kind: ItemKind, title: string): Definition | undefined {
    return this.kinds[kind].byTitle.get(title.trim().toLowerCase());
  }

  /** A definition whose subject or title matches `name` loosely ("Status" for status, "custom status id" for custom_status_id). */
  byLooseName(kind: ItemKind, name: string): Definition | undefined {
    const wanted = looseName(name);
    return this.kinds[kind].list.find((d) => looseName(d.subject) === wanted || looseName(d.title) === wanted);
  }

  /** The other lists that define `subject` (an action field used as a condition, an ALL-only condition under ANY). */
  kindsWith(subject: string): ItemKind[] {
    return ITEM_KINDS.filter((k) => this.kinds[k].bySubject.has(subject));
  }

  /**
   * A field's enumerated values, or undefined when it takes free input (text,
   * tags, ids). ANY-condition definitions carry no values [documented: docs/design/zendesk-api.md#trigger-definitions], so an ANY
   * condition's come from the ALL definition of the same subject.
   */
  valuesOf(kind: ItemKind, definition: Definition): DefinitionValue[] | undefined {
    if (definition.values || kind !== 'any') return definition.values;
    return this.kinds.all.bySubject.get(definition.subject)?.values;
  }
}
