/**
 * The schema of a resource whose attributes are account settings (zendesk_messaging_settings,
 * zendesk_routing_configuration), derived row by row from its attribute table: each attribute's type from its shape,
 * its description from the row's (plus, where the table asks, how Zendesk's facts are known), its validators from
 * the row's values, range, length and list size, and "unset means unmanaged" for every setting. So adding a setting
 * is adding its row (and its fact in client/settings-facts.ts): nothing here names an attribute.
 */
import {
  type Attribute,
  atLeast,
  between,
  boolAttribute,
  computedOnly,
  int64Attribute,
  lengthBetween,
  listAttribute,
  listNestedAttribute,
  oneOf,
  singleNestedAttribute,
  sizeAtMost,
  stringAttribute,
  unmanagedWhenUnsetAttribute,
  useStateForUnknown,
} from '../framework';
import type { Evidence } from '../client/settings-facts';
import type { AttributeEntry, ItemField, Length, Range } from './attribute-words';
import type { ResourceAttributesOf, SettingsOutputsOf } from './account-settings-schema-types';

/** A row as this module reads it: an attribute entry, and for a setting the fact it manages and its list size. */
type Row = AttributeEntry & {
  readonly fact?: { readonly section: string; readonly key: string; readonly evidence: Evidence };
  readonly maxItems?: number;
};

export interface TableSchemaOptions {
  /** End each setting's description with how Zendesk's fact is known (documented, observed, inferred). */
  readonly sayEvidence?: boolean;
}

/** A range as the validator that enforces it; none where Zendesk documents no bounds. */
const within = (range: Range | undefined) => (range && !range.unbounded ? [between(range.min, range.max, range.unit)] : []);
const lengthOf = (length: Length | undefined) => (length ? [lengthBetween(length.min, length.max)] : []);

/** How we know a key, in the words a description ends with [docs/design/zendesk-api.md#routing-section]. */
export function evidenceWords(fact: NonNullable<Row['fact']>): string {
  const key = `settings.${fact.section}.${fact.key}`;
  switch (fact.evidence) {
    case 'documented':
      return `Documented: ${key} in Zendesk's account settings reference.`;
    case 'observed':
      return `Observed: ${key} is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center.`;
    default:
      return `Observed key, inferred values: ${key} is seen in real answers; Zendesk documents neither the key nor its values.`;
  }
}

/** One field of a list's items: plain optional (or required) values, managed as part of the whole list. */
function itemAttribute(field: ItemField): Attribute {
  const flags = field.required ? { required: true } : { optional: true };
  switch (field.type) {
    case 'text':
      return stringAttribute({ ...flags, description: field.description, validators: lengthOf(field.length) });
    case 'whole-number':
      return int64Attribute({ ...flags, description: field.description, validators: within(field.range) });
    case 'status-id':
      return int64Attribute({ ...flags, description: field.description, validators: [atLeast(1)] });
    case 'text-list':
      return listAttribute({ ...flags, element: 'string', description: field.description });
  }
}

/** Builds the attributes of one table. */
function tableAttributes(rows: readonly Row[], options: TableSchemaOptions) {
  /** The rows directly under a prefix: `inactivity.` → its attributes; '' → the top level. */
  const rowsUnder = (prefix: string) => rows.filter((r) => r.attribute.startsWith(prefix) && !r.attribute.slice(prefix.length).includes('.'));

  function description(row: Row): string {
    const own = row.description ?? row.words;
    return options.sayEvidence && row.fact ? `${own} ${evidenceWords(row.fact)}` : own;
  }

  /** A row's plain attribute (flags left to the caller): type from its shape, validators from its values. */
  function plain(row: Row): Attribute {
    const common = { description: description(row), ...(row.deprecation ? { deprecationMessage: row.deprecation } : {}) };
    const validators = (list: NonNullable<Attribute['validators']>) => (list.length ? { validators: list } : {});
    switch (row.shape) {
      case 'on-off':
        return boolAttribute(common);
      case 'choice':
        return stringAttribute({ ...common, ...validators(row.valueWords ? [oneOf(...Object.keys(row.valueWords))] : []) });
      case 'text':
        return stringAttribute({ ...common, ...validators(lengthOf(row.length)) });
      case 'count':
        return int64Attribute({ ...common, ...validators(within(row.range)) });
      case 'ticket-status':
        return int64Attribute({ ...common, validators: [atLeast(1)] });
      case 'object':
        return singleNestedAttribute({ ...common, attributes: settingsOf(`${row.attribute}.`, plain) });
      default:
        if (!row.items) throw new Error(`${row.attribute}: a ${row.shape} row needs its items' fields to have a schema`);
        return listNestedAttribute({
          ...common,
          ...validators(row.maxItems !== undefined ? [sizeAtMost(row.maxItems)] : []),
          attributes: Object.fromEntries(Object.entries(row.items).map(([name, field]) => [name, itemAttribute(field)])),
        });
    }
  }

  /** The settings (and the objects that group them) under a prefix ('' for the top level), each as `make` builds it. */
  function settingsOf(prefix: string, make: (row: Row) => Attribute): Record<string, Attribute> {
    const settings = rowsUnder(prefix).filter((r) => r.fact !== undefined || r.shape === 'object');
    return Object.fromEntries(settings.map((r) => [r.attribute.slice(prefix.length), make(r)]));
  }

  /** A setting as the resource declares it: unset means unmanaged, an object's attributes each so, a list as a whole. */
  function unmanaged(row: Row): Attribute {
    const attribute = unmanagedWhenUnsetAttribute(plain(row), { children: false });
    if (row.shape !== 'object') return attribute;
    return { ...attribute, attributes: settingsOf(`${row.attribute}.`, unmanaged) } as Attribute;
  }

  /** The identifier and the attributes that steer the resource (on_destroy). */
  function other(row: Row): Attribute {
    if (row.identifier) return stringAttribute({ computed: true, planModifiers: [useStateForUnknown()], description: description(row) });
    return stringAttribute({
      optional: true,
      computed: true,
      ...(row.default !== undefined ? { default: row.default } : {}),
      description: description(row),
      ...(row.valueWords ? { validators: [oneOf(...Object.keys(row.valueWords))] } : {}),
    });
  }

  const topLevel = rowsUnder('');
  return {
    resource: Object.fromEntries(topLevel.map((r) => [r.attribute, r.fact !== undefined || r.shape === 'object' ? unmanaged(r) : other(r)])),
    settings: settingsOf('', plain),
  };
}

/**
 * The resource's attributes, in the table's order: the identifier, every setting as "unset means unmanaged", the rest.
 * Typed attribute by attribute from the rows' literal types (account-settings-schema-types.ts) when the table is
 * declared `as const`; the cast is the one place the runtime builder and those types meet, and a test holds them to
 * each other (test/provider/account-settings-schema-types.test.ts).
 */
export function resourceAttributes<const Rows extends readonly AttributeEntry[]>(rows: Rows, options: TableSchemaOptions = {}): ResourceAttributesOf<Rows[number]> {
  return tableAttributes(rows, options).resource as unknown as ResourceAttributesOf<Rows[number]>;
}

/** The settings alone as read-only outputs: a data source's; typed as resourceAttributes is. */
export function settingsOutputs<const Rows extends readonly AttributeEntry[]>(rows: Rows, options: TableSchemaOptions = {}): SettingsOutputsOf<Rows[number]> {
  return computedOnly(tableAttributes(rows, options).settings) as unknown as SettingsOutputsOf<Rows[number]>;
}
