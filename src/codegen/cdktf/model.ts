import { lowerFirst } from './names';

/**
 * The intermediate model between a provider schema document and the emitted
 * TypeScript: what `cdktf get` calls resource, struct, attribute and
 * attribute-type models, reduced to plain data. The parser (parse.ts) decides
 * names and flags once; the emitters only print.
 */

export type SimpleTypeName = 'string' | 'number' | 'boolean' | 'any';

export type TypeModel =
  | { kind: 'simple'; type: SimpleTypeName }
  | { kind: 'struct'; struct: StructModel }
  /** `singleItem`: a list/set block with max_items = 1, exposed as one object. `isBlock`: it came from a block type. */
  | { kind: 'list' | 'set'; element: TypeModel; singleItem: boolean; isBlock: boolean }
  | { kind: 'map'; element: TypeModel };

/** Where an attribute model came from; decides `isBlock` in HCL synthesis. */
export type Origin = 'attribute' | 'block';

export interface AttributeModel {
  /** Property name: camelCase, escaped where it would clash (see escapeAttributeName). */
  name: string;
  /** Backing field: `_` + the unescaped camelCase name. */
  storageName: string;
  terraformName: string;
  description?: string;
  deprecated: boolean;
  /** The flags `cdktf get` derives (nested-type children inherit `computed` from their parent). */
  computed: boolean;
  optional: boolean;
  required: boolean;
  /** Provider attributes are plain fields: a provider block has no attribute references. */
  provider: boolean;
  origin: Origin;
  type: TypeModel;
}

export interface StructModel {
  name: string;
  attributes: AttributeModel[];
  /** Computed-only (output) struct: no IResolvable input, no resolvableValue. */
  isClass: boolean;
  isSingleItem: boolean;
  /** 'single' | 'list' | 'set' | 'map' | 'object', or two collection kinds for collections of collections of objects. */
  nestingMode: string;
  /** Structs of the provider block get only an interface and the mapper functions. */
  isProvider: boolean;
}

export type EntityKind = 'provider' | 'resource' | 'data_source';

export interface ResourceModel {
  kind: EntityKind;
  /** `zendesk_messaging_settings` (resources and data sources) or the provider's local name. */
  terraformResourceType: string;
  className: string;
  configStructName: string;
  /** Folder under the output root, e.g. `messaging-settings`. */
  folder: string;
  /** `messagingSettings`: the namespace name in the generated index.ts. */
  namespace: string;
  attributes: AttributeModel[];
  /** Nested structs in emission order: children before the struct that holds them. */
  structs: StructModel[];
  /** Terraform Registry page of this resource, data source or provider. */
  linkToDocs: string;
}

export interface ProviderModel {
  /** The provider's local name, e.g. `zendesk`. */
  name: string;
  /** `terraformProviderSource`, e.g. `zendesk-iac/zendesk`. */
  source: string;
  version: string;
  versionConstraint?: string;
  /** Resources, then data sources (each sorted by type name), then the provider. */
  entities: ResourceModel[];
}

// ---------------------------------------------------------------------------
// Derived properties of attribute types, as cdktf's generator defines them.
// ---------------------------------------------------------------------------

export const structOf = (t: TypeModel): StructModel | undefined =>
  t.kind === 'struct' ? t.struct : t.kind === 'simple' ? undefined : structOf(t.element);

/** A struct, or a collection of structs. */
export const isComplex = (t: TypeModel): boolean =>
  t.kind === 'struct' ? true : t.kind === 'simple' ? false : isComplex(t.element);

/** The name of the class that stores this type: `string`, `stringList`, `MessagingSettingsInactivity`, … */
export function storedClassType(t: TypeModel): string {
  switch (t.kind) {
    case 'simple':
      return t.type;
    case 'struct':
      return t.struct.name;
    case 'list':
    case 'set':
      return `${storedClassType(t.element)}List`;
    case 'map':
      return `${storedClassType(t.element)}Map`;
  }
}

/** Has an OutputReference/List/Map class of its own (attribute getters return that class). */
export function hasReferenceClass(t: TypeModel): boolean {
  switch (t.kind) {
    case 'simple':
      return false;
    case 'struct':
      return true;
    case 'list':
    case 'set':
      return t.singleItem || isComplex(t.element);
    case 'map':
      return isComplex(t.element);
  }
}

/** Can be returned as a token of its own TypeScript type (string, number, string[], …). */
export function isTokenizable(t: TypeModel): boolean {
  const element = t.kind === 'list' || t.kind === 'set' || t.kind === 'map' ? storedClassType(t.element) : undefined;
  switch (t.kind) {
    case 'simple':
      return true;
    case 'struct':
      return false;
    case 'list':
    case 'set':
      return element === 'string' || element === 'number';
    case 'map':
      return element === 'string' || element === 'number' || element === 'boolean' || element === 'any';
  }
}

/** The TypeScript type users pass in (config property, setter, put method). */
export function inputType(t: TypeModel): string {
  switch (t.kind) {
    case 'simple':
      return t.type === 'boolean' ? 'boolean | cdktf.IResolvable' : t.type;
    case 'struct':
      return t.struct.name;
    case 'list':
    case 'set': {
      const element = t.element;
      if (t.singleItem) return inputType(element);
      if (storedClassType(element) === 'boolean') return 'Array<boolean | cdktf.IResolvable> | cdktf.IResolvable';
      if (isComplex(t)) return `${storedClassType(element)}[] | cdktf.IResolvable`;
      if (element.kind !== 'simple') return `${inputType(element)}[] | cdktf.IResolvable`;
      return `${inputType(element)}[]`;
    }
    case 'map': {
      const element = t.element;
      if (storedClassType(element) === 'boolean') return '{ [key: string]: (boolean | cdktf.IResolvable) }';
      if (isComplex(t)) return `{ [key: string]: ${storedClassType(element)} } | cdktf.IResolvable`;
      if (element.kind !== 'simple') return `{ [key: string]: ${inputType(element)} } | cdktf.IResolvable`;
      return `{ [key: string]: ${storedClassType(element)} }`;
    }
  }
}

/** The mapper expression for this type: `cdktf.stringToTerraform`, `cdktf.listMapper(…)`, … (`hcl`: the …ToHclTerraform twin). */
export function toTerraformFunction(t: TypeModel, hcl = false): string {
  const suffix = hcl ? 'ToHclTerraform' : 'ToTerraform';
  switch (t.kind) {
    case 'simple':
      return `cdktf.${t.type}${suffix}`;
    case 'struct':
      return `${lowerFirst(t.struct.name)}${suffix}`;
    case 'list':
    case 'set':
      if (t.singleItem) return toTerraformFunction(t.element, hcl);
      return `cdktf.${hcl ? 'listMapperHcl' : 'listMapper'}(${toTerraformFunction(t.element, hcl)}, ${t.isBlock})`;
    case 'map':
      return `cdktf.${hcl ? 'hashMapperHcl' : 'hashMapper'}(${toTerraformFunction(t.element, hcl)})`;
  }
}

export const isAssignable = (a: AttributeModel): boolean => a.required || a.optional;

/**
 * How the getter reads the attribute: `plain` (an attribute reference such as
 * getStringAttribute), or `stored_class` (a field holding an OutputReference,
 * List or Map object that both stores the input and builds references).
 */
export function getterType(a: AttributeModel): 'plain' | 'stored_class' {
  if (a.provider) return 'plain';
  if (hasReferenceClass(a.type)) return 'stored_class';
  if (a.computed && !isAssignable(a) && (!isTokenizable(a.type) || a.type.kind === 'map')) return 'stored_class';
  return 'plain';
}

/** `none` (computed only: no setter), `set` (property setter) or `stored_class` (put method). */
export function setterType(a: AttributeModel): 'none' | 'set' | 'stored_class' {
  if (!isAssignable(a)) return 'none';
  return getterType(a) === 'stored_class' ? 'stored_class' : 'set';
}

export const assignableAttributes = (attributes: AttributeModel[]): AttributeModel[] => attributes.filter(isAssignable);

/** A struct class whose List/Map holder also accepts input. */
export const structAssignable = (s: StructModel): boolean => !s.isClass || assignableAttributes(s.attributes).length > 0;

/** Every attribute may be left out, so the constructor's config defaults to `{}`. */
export const allOptional = (attributes: AttributeModel[]): boolean => attributes.every((a) => a.optional || a.computed);
