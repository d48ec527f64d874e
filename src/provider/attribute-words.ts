/**
 * What an attribute map entry says about one attribute for people: its words,
 * how its values read, where an admin finds it. Shared by the resources'
 * attribute maps (messaging-settings/attribute-map.ts, trigger/attribute-map.ts),
 * which the CLI's report labels derive from. Types only: nothing to load.
 */

/**
 * The name of the object of an id, of a resource or data-source type (`zendesk_agent`), as the plan at hand gives it
 * (the CLI builds it from the plan JSON); undefined when the plan holds no such object.
 */
export type NameLookup = (id: unknown, typeName: string) => string | undefined;

/** How a value reads to people (the CLI picks the words for each). */
export type ValueShape = 'text' | 'on-off' | 'choice' | 'ticket-status' | 'count' | 'reminder-list' | 'condition-list' | 'action-list' | 'object';

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly unit: 'minutes' | 'seconds';
  /** Zendesk documents no bounds: the unit is for reports only, and the schema enforces none. */
  readonly unbounded?: true;
}

/** Text bounds, in characters. */
export interface Length {
  readonly min: number;
  readonly max: number;
}

/**
 * One field of a list's items (a reminder's message, wait, status, tags): plain data the schema is derived from, as
 * an attribute's own. `type` is the value's kind as the API carries it.
 */
export interface ItemField {
  readonly type: 'text' | 'whole-number' | 'status-id' | 'text-list';
  readonly description: string;
  readonly required?: boolean;
  readonly length?: Length;
  readonly range?: Range;
}

export interface AttributeEntry {
  /** `agents_can_end_sessions`, `inactivity.timeout_minutes`, `conditions.all`, … */
  readonly attribute: string;
  /** Words for people: "Agents can end messaging sessions". */
  readonly words: string;
  readonly shape: ValueShape;
  /** Words for each value of a choice (or on/off) attribute. */
  readonly valueWords?: Readonly<Record<string, string>>;
  readonly range?: Range;
  /** Where an admin finds it: "Admin Center > Objects and rules > Omnichannel routing > Routing configuration". */
  readonly adminCenter?: string;
  /** The Zendesk help article that documents it, where one is known. */
  readonly helpArticle?: string;
  /**
   * One plain sentence on what a value does to routing and agent capacity, from Zendesk's documented behaviour (the
   * help articles above), for pull-request plan summaries; undefined for a value it cannot speak for (unknown, masked).
   * `before`: the value it replaces, on an update (undefined on a create), for words on what changes ("agent 7 falls
   * back to the default rule").
   */
  readonly effect?: (value: unknown, before?: unknown) => string | undefined;
  /**
   * Words for one item of a list (an agent id: "agent 123"), so that a change reads "added …; removed …". `nameOf`:
   * the names of the objects the plan holds, where a report has one (an agent "Ann Lee" (123)).
   */
  readonly itemWords?: (item: unknown, nameOf?: NameLookup) => string;
  /** Only identifies the resource: never a line of its own in a report. */
  readonly identifier?: boolean;
  /**
   * What the schema and its docs say of the attribute (account settings resources derive their schema from the
   * table: account-settings-schema.ts): the description, and beside `shape`, `valueWords` and `range` the plain facts
   * its validators come from.
   */
  readonly description?: string;
  readonly length?: Length;
  /** A deprecated name: the message Terraform shows where a configuration uses it. */
  readonly deprecation?: string;
  /** A list of objects: the fields of its items. */
  readonly items?: Readonly<Record<string, ItemField>>;
  /** An attribute that steers the resource (on_destroy): its value when the configuration leaves it out. */
  readonly default?: string;
}
