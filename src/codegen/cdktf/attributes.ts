import {
  type AttributeModel,
  type TypeModel,
  getterType,
  inputType,
  isAssignable,
  isComplex,
  setterType,
  storedClassType,
  structOf,
  toTerraformFunction,
} from './model';
import { upperFirst } from './names';
import { type CodeWriter, quote } from './writer';

/**
 * What one attribute contributes to a class (resource, provider or
 * OutputReference): backing field, getter, setter or put method, reset method,
 * `…Input` getter, and its entries in the synthesis functions.
 */

/** The attribute reference a plain getter returns, e.g. `this.getStringAttribute('id')`. */
function getterExpression(a: AttributeModel): string {
  if (a.provider) return `this.${a.storageName}`;
  const n = quote(a.terraformName);
  const t = a.type;
  switch (t.kind) {
    case 'simple':
      return `this.get${upperFirst(t.type)}Attribute(${n})`;
    case 'struct':
      return `this.interpolationForAttribute(${n})`;
    case 'list':
      if (storedClassType(t.element) === 'string') return `this.getListAttribute(${n})`;
      if (storedClassType(t.element) === 'number') return `this.getNumberListAttribute(${n})`;
      return `this.interpolationForAttribute(${n})`;
    case 'set':
      // A set has no index: tolist() makes its elements addressable. Token.asAny keeps listMapper from
      // iterating over the list token when the value is passed to another resource.
      if (storedClassType(t.element) === 'string') return `cdktf.Fn.tolist(this.getListAttribute(${n}))`;
      if (storedClassType(t.element) === 'number') return `cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute(${n})))`;
      return `cdktf.Token.asAny(cdktf.Fn.tolist(this.interpolationForAttribute(${n})))`;
    case 'map':
      if (!isComplex(t) && t.element.kind !== 'simple') return `this.interpolationForAttribute(${n})`;
      return `this.get${upperFirst(storedClassType(t))}Attribute(${n})`;
  }
}

/** The OutputReference, List or Map object a `stored_class` getter returns. */
function storedClassInit(a: AttributeModel): string {
  const n = quote(a.terraformName);
  const t: TypeModel = a.type;
  switch (t.kind) {
    case 'struct':
      return `new ${t.struct.name}OutputReference(this, ${n})`;
    case 'list':
    case 'set': {
      const wrapsSet = t.kind === 'set';
      if (t.singleItem) return `new ${storedClassType(t.element)}OutputReference(this, ${n})`;
      if (isComplex(t)) return `new ${storedClassType(t)}(this, ${n}, ${wrapsSet})`;
      return `new cdktf.${upperFirst(storedClassType(t))}(this, ${n}, ${wrapsSet})`;
    }
    case 'map':
      if (isComplex(t)) return `new ${storedClassType(t)}(this, ${n})`;
      return `new cdktf.${upperFirst(storedClassType(t))}(this, ${n})`;
    case 'simple':
      throw new Error(`attribute ${a.terraformName}: a simple type has no stored class`);
  }
}

/** `reset…`/`…Input` are renamed when the schema has attributes named `reset_x` / `x_input` as well. */
function memberNames(a: AttributeModel, siblings: AttributeModel[]) {
  const escapeReset = siblings.some((s) => s.terraformName === `reset_${a.terraformName}`);
  const escapeInput = siblings.some((s) => s.terraformName === `${a.terraformName}_input`);
  return {
    reset: escapeReset ? `resetTf${upperFirst(a.name)}` : `reset${upperFirst(a.name)}`,
    input: escapeInput ? `${a.name}TfInput` : `${a.name}Input`,
    put: `put${upperFirst(a.name)}`,
  };
}

/** Public member names an attribute adds to its class (used to detect clashes with base classes). */
export function attributeMemberNames(a: AttributeModel, siblings: AttributeModel[]): string[] {
  const names = memberNames(a, siblings);
  const setter = setterType(a);
  const stored = isAssignable(a) && setter !== 'none';
  return [
    a.name,
    ...(setter === 'stored_class' ? [names.put] : []),
    ...(stored && !a.required ? [names.reset] : []),
    ...(stored ? [names.input] : []),
  ];
}

/** `overrides`: member names that intentionally override the base class (the provider's `alias`). */
export function emitAttribute(w: CodeWriter, a: AttributeModel, siblings: AttributeModel[], overrides: ReadonlySet<string> = new Set()): void {
  const names = memberNames(a, siblings);
  const getter = getterType(a);
  const setter = setterType(a);
  const stored = isAssignable(a);
  const override = overrides.has(a.name) ? 'override ' : '';
  const type = inputType(a.type);

  w.line();
  w.line(`// ${a.terraformName} - computed: ${a.computed}, optional: ${a.optional}, required: ${a.required}`);
  if (getter === 'stored_class') w.line(`private ${a.storageName} = ${storedClassInit(a)};`);
  else if (stored) w.line(`private ${a.storageName}?: ${type};`);

  w.block(`public ${override}get ${a.name}()`, () => {
    w.line(`return ${getter === 'stored_class' ? `this.${a.storageName}` : getterExpression(a)};`);
  });
  if (setter === 'set') {
    w.block(`public ${override}set ${a.name}(value: ${type}${a.provider ? ' | undefined' : ''})`, () => {
      w.line(`this.${a.storageName} = value;`);
    });
  } else if (setter === 'stored_class') {
    w.block(`public ${names.put}(value: ${type})`, () => w.line(`this.${a.storageName}.internalValue = value;`));
  }
  if (stored && setter !== 'none' && !a.required) {
    w.block(`public ${names.reset}()`, () => {
      w.line(setter === 'stored_class' ? `this.${a.storageName}.internalValue = undefined;` : `this.${a.storageName} = undefined;`);
    });
  }
  if (stored && setter !== 'none') {
    w.line('// Temporarily expose input value. Use with caution.');
    w.block(`public get ${names.input}()`, () => {
      w.line(`return this.${a.storageName}${setter === 'stored_class' ? '.internalValue' : ''};`);
    });
  }
}

/** The value handed to the mapper: a struct field in …ToTerraform(struct), else the backing field. */
function reference(a: AttributeModel, inStruct: boolean): string {
  if (inStruct) return `struct!.${a.name}`;
  const struct = structOf(a.type);
  const internal = isComplex(a.type) && !a.provider && (struct?.isClass || getterType(a) === 'stored_class');
  return `this.${a.storageName}${internal ? '.internalValue' : ''}`;
}

/** The body of synthesizeAttributes / …ToTerraform: one `name: mapper(value)` entry per attribute. */
export function emitJsonBody(w: CodeWriter, attributes: AttributeModel[], inStruct: boolean): void {
  if (attributes.length === 0) w.line('return {};');
  else w.wrap('return {', () => attributes.forEach((a) => emitToTerraform(w, a, inStruct)), '};');
}

/** The body of synthesizeHclAttributes / …ToHclTerraform, dropping attributes without a value (as cdktf get does). */
export function emitHclBody(w: CodeWriter, attributes: AttributeModel[], inStruct: boolean): void {
  if (attributes.length === 0) {
    w.line('return {};');
    return;
  }
  w.wrap('const attrs = {', () => attributes.forEach((a) => emitToHclTerraform(w, a, inStruct)), '};');
  w.line();
  w.line('// remove undefined attributes');
  w.line('return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));');
}

/** One `name: mapper(value),` line of synthesizeAttributes / …ToTerraform. */
export function emitToTerraform(w: CodeWriter, a: AttributeModel, inStruct: boolean): void {
  w.line(`${a.terraformName}: ${toTerraformFunction(a.type)}(${reference(a, inStruct)}),`);
}

/**
 * One entry of synthesizeHclAttributes / …ToHclTerraform: the value plus how
 * cdktf's HCL renderer should print it. Blocks render as blocks. cdktf's own
 * generator marks every object-valued attribute as a block too, which yields
 * `inactivity { … }` where Terraform requires `inactivity = { … }`; we describe
 * nested attributes (and object-typed attributes) so that the renderer writes
 * them as attribute values:
 * - one object: type "list" with a non-array value, rendered as `name = { … }`;
 * - a list or set of objects: type "list"/"set" without isBlock, `name = [{ … }, …]`;
 * - anything deeper (a map of objects, a list of lists): its plain JSON value
 *   with type "any", which the renderer prints as an HCL expression (cdktf's
 *   generator renders a list of lists of strings as `[{ 0 = "a" }]`).
 */
export function emitToHclTerraform(w: CodeWriter, a: AttributeModel, inStruct: boolean): void {
  const t = a.type;
  const ref = reference(a, inStruct);
  let value = `${toTerraformFunction(t, true)}(${ref})`;
  let isBlock = false;
  let type: string = t.kind;
  if (a.origin === 'block') {
    isBlock = isComplex(t);
  } else if (t.kind === 'struct') {
    type = 'list';
  } else if (t.kind !== 'simple' && t.element.kind !== 'simple' && !((t.kind === 'list' || t.kind === 'set') && t.element.kind === 'struct')) {
    // Maps of objects and collections of collections: the renderer has no typed form for them.
    type = 'any';
    value = `${toTerraformFunction(t)}(${ref})`;
  }
  w.wrap(`${a.terraformName}: {`, () => {
    w.line(`value: ${value},`);
    w.line(`isBlock: ${isBlock},`);
    w.line(`type: ${quote(type)},`);
    w.line(`storageClassType: ${quote(storedClassType(t))},`);
  }, '},');
}
