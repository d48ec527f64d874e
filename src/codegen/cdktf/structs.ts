import { attributeMemberNames, emitAttribute, emitHclBody, emitJsonBody } from './attributes';
import {
  type AttributeModel,
  type ResourceModel,
  type StructModel,
  assignableAttributes,
  getterType,
  inputType,
  isAssignable,
  setterType,
  structAssignable,
} from './model';
import { lowerFirst } from './names';
import { assertNoClash, COMPLEX_OBJECT_MEMBERS } from './reserved';
import type { CodeWriter } from './writer';

/**
 * A nested type (nested attribute, object type or block) becomes: an input
 * interface, `…ToTerraform` / `…ToHclTerraform` mapper functions, and (outside
 * the provider) an `…OutputReference` class for references and partial
 * updates, plus a `…List` / `…Map` class when it is repeated.
 */

/** The doc comment of one config property: the schema's description and the registry link. */
function propertyDoc(w: CodeWriter, entity: ResourceModel, a: AttributeModel): void {
  const link = `Docs at Terraform Registry: {@link ${entity.linkToDocs}#${a.terraformName} ${entity.className}#${a.terraformName}}`;
  const paragraphs = a.description ? [a.description, '', link] : [link];
  if (a.deprecated) paragraphs.push('', '@deprecated');
  w.doc(...paragraphs);
}

/** `export interface X { readonly a?: string; … }` with the attributes users can set. */
export function emitInterface(w: CodeWriter, entity: ResourceModel, name: string, attributes: AttributeModel[], extendsClause = ''): void {
  const members = assignableAttributes(attributes);
  const head = `export interface ${name}${extendsClause}`;
  if (members.length === 0) {
    w.line(`${head} {}`);
    return;
  }
  w.block(head, () => {
    for (const a of members) {
      propertyDoc(w, entity, a);
      w.line(`readonly ${a.name}${a.optional ? '?' : ''}: ${inputType(a.type)};`);
    }
  });
}

/** The parameter type of the mapper functions. */
function mapperInput(s: StructModel): string {
  const outputReference = s.isSingleItem && !s.isProvider ? `${s.name}OutputReference | ` : '';
  return `${outputReference}${s.name}${s.isClass ? '' : ' | cdktf.IResolvable'}`;
}

function emitMapperGuards(w: CodeWriter): void {
  // Tokens (references, variables) pass through unvalidated; Terraform checks them at plan time.
  w.block('if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct))', () => w.line('return struct;'));
  w.block('if (cdktf.isComplexElement(struct))', () => {
    w.line(
      "throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');",
    );
  });
}

function emitMappers(w: CodeWriter, s: StructModel): void {
  const members = assignableAttributes(s.attributes);
  w.line();
  w.block(`export function ${lowerFirst(s.name)}ToTerraform(struct?: ${mapperInput(s)}): any`, () => {
    emitMapperGuards(w);
    emitJsonBody(w, members, true);
  });
  w.line();
  w.block(`export function ${lowerFirst(s.name)}ToHclTerraform(struct?: ${mapperInput(s)}): any`, () => {
    emitMapperGuards(w);
    emitHclBody(w, members, true);
  });
}

const HOLDER_DOC = ['@param terraformResource The parent resource', '@param terraformAttribute The attribute on the parent resource this class is referencing'];
const WRAPS_SET_DOC = '@param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)';

/** The OutputReference constructor differs by how the object is addressed: directly, by index or by key. */
function emitOutputReferenceConstructor(w: CodeWriter, s: StructModel): void {
  const head = 'public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string';
  if (s.isSingleItem) {
    w.doc(...HOLDER_DOC);
    w.block(`${head})`, () => w.line('super(terraformResource, terraformAttribute, false, 0);'));
  } else if (s.nestingMode === 'single' || s.nestingMode === 'object') {
    w.doc(...HOLDER_DOC);
    w.block(`${head})`, () => w.line('super(terraformResource, terraformAttribute, false);'));
  } else if (s.nestingMode.startsWith('map')) {
    w.doc(...HOLDER_DOC, '@param complexObjectKey the key of this item in the map');
    // cdktf's generator passes the key as is, so references read `attr[prod]`, which Terraform rejects;
    // the key must be a quoted string: `attr["prod"]`.
    w.block(`${head}, complexObjectKey: string)`, () =>
      w.line('super(terraformResource, terraformAttribute, false, JSON.stringify(complexObjectKey));'),
    );
  } else {
    w.doc(
      ...HOLDER_DOC,
      '@param complexObjectIndex the index of this item in the list',
      '@param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)',
    );
    w.block(`${head}, complexObjectIndex: number, complexObjectIsFromSet: boolean)`, () =>
      w.line('super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);'),
    );
  }
}

/** `internalValue` collects what was set on the reference, or the token it was set to. */
function emitInternalValue(w: CodeWriter, s: StructModel): void {
  const resolvable = s.isClass ? '' : ' | cdktf.IResolvable';
  const stored = s.attributes.filter(isAssignable);
  w.block(`public get internalValue(): ${s.name}${resolvable} | undefined`, () => {
    if (!s.isClass) w.block('if (this.resolvableValue)', () => w.line('return this.resolvableValue;'));
    w.line(`${stored.length ? 'let' : 'const'} hasAnyValues = this.isEmptyObject;`);
    w.line('const internalValueResult: any = {};');
    for (const a of stored) {
      const value = getterType(a) === 'stored_class' ? `this.${a.storageName}?.internalValue` : `this.${a.storageName}`;
      w.block(`if (${value} !== undefined)`, () => {
        w.line('hasAnyValues = true;');
        w.line(`internalValueResult.${a.name} = ${value};`);
      });
    }
    w.line('return hasAnyValues ? internalValueResult : undefined;');
  });
  w.line();
  const assign = (from: (a: AttributeModel) => string) => {
    for (const a of stored) {
      const setter = setterType(a);
      if (setter === 'stored_class') w.line(`this.${a.storageName}.internalValue = ${from(a)};`);
      else if (setter !== 'none') w.line(`this.${a.storageName} = ${from(a)};`);
    }
  };
  w.block(`public set internalValue(value: ${s.name}${resolvable} | undefined)`, () => {
    w.line('if (value === undefined) {');
    w.indent(() => {
      w.line('this.isEmptyObject = false;');
      if (!s.isClass) w.line('this.resolvableValue = undefined;');
      assign(() => 'undefined');
    });
    if (!s.isClass) {
      w.line('} else if (cdktf.Tokenization.isResolvable(value)) {');
      w.indent(() => {
        w.line('this.isEmptyObject = false;');
        w.line('this.resolvableValue = value;');
      });
    }
    w.line('} else {');
    w.indent(() => {
      w.line('this.isEmptyObject = Object.keys(value).length === 0;');
      if (!s.isClass) w.line('this.resolvableValue = undefined;');
      assign((a) => `value.${a.name}`);
    });
    w.line('}');
  });
}

function emitOutputReference(w: CodeWriter, s: StructModel): void {
  assertNoClash(s.name, s.attributes.flatMap((a) => attributeMemberNames(a, s.attributes)), COMPLEX_OBJECT_MEMBERS);
  w.line();
  w.block(`export class ${s.name}OutputReference extends cdktf.ComplexObject`, () => {
    w.line('private isEmptyObject = false;');
    if (!s.isClass) w.line('private resolvableValue?: cdktf.IResolvable;');
    w.line();
    emitOutputReferenceConstructor(w, s);
    w.line();
    emitInternalValue(w, s);
    for (const a of s.attributes) emitAttribute(w, a, s.attributes);
  });
}

/**
 * `…List`: item access by index for a list or set of objects. Unlike cdktf's
 * generator, the constructor does not redeclare the protected members as
 * parameter properties: the base class already has them.
 */
function emitList(w: CodeWriter, s: StructModel): void {
  w.line();
  w.block(`export class ${s.name}List extends cdktf.ComplexList`, () => {
    if (structAssignable(s)) {
      w.line(`public internalValue?: ${s.name}[] | cdktf.IResolvable;`);
      w.line();
    }
    w.doc(...HOLDER_DOC, WRAPS_SET_DOC);
    w.block('constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean)', () =>
      w.line('super(terraformResource, terraformAttribute, wrapsSet);'),
    );
    w.line();
    w.doc('@param index the index of the item to return');
    w.block(`public get(index: number): ${s.name}OutputReference`, () =>
      w.line(`return new ${s.name}OutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);`),
    );
  });
}

/** `…Map`: item access by key for a map of objects. */
function emitMap(w: CodeWriter, s: StructModel): void {
  w.line();
  w.block(`export class ${s.name}Map extends cdktf.ComplexMap`, () => {
    if (structAssignable(s)) {
      w.line(`public internalValue?: { [key: string]: ${s.name} } | cdktf.IResolvable;`);
      w.line();
    }
    w.doc(...HOLDER_DOC);
    w.block('constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string)', () =>
      w.line('super(terraformResource, terraformAttribute);'),
    );
    w.line();
    w.doc('@param key the key of the item to return');
    w.block(`public get(key: string): ${s.name}OutputReference`, () =>
      w.line(`return new ${s.name}OutputReference(this.terraformResource, this.terraformAttribute, key);`),
    );
  });
}

export function emitStruct(w: CodeWriter, entity: ResourceModel, s: StructModel): void {
  w.line();
  emitInterface(w, entity, s.name, s.attributes);
  emitMappers(w, s);
  if (s.isProvider) return;
  emitOutputReference(w, s);
  if (!s.isSingleItem && (s.nestingMode === 'list' || s.nestingMode === 'set')) emitList(w, s);
  else if (s.nestingMode === 'map') emitMap(w, s);
  else if (!s.isSingleItem && s.nestingMode !== 'single' && s.nestingMode !== 'object') {
    // cdktf emits MapList/ListMap/ListList holders for objects inside two collections; no schema of ours has them.
    throw new Error(`struct ${s.name}: objects nested in two collections ("${s.nestingMode}") are not supported`);
  }
}
