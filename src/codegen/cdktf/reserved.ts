/**
 * Names the bindings cannot use as they are. First the public and protected
 * members of the cdktf base classes the bindings extend (cdktf 0.21 / cdktn
 * 0.24): a generated member with one of these names would silently replace
 * the base member (or fail to compile), so the generator stops with an error
 * instead. Then the renames cdktf's own generator makes, which we make too so
 * the public names stay the same: known clashing property names
 * (escapeAttributeName) and reserved resource names (sanitizeBaseName).
 */

const CONSTRUCT = ['node', 'toString', 'with'];
const ELEMENT = [
  ...CONSTRUCT,
  'cdktfStack',
  'fqn',
  'friendlyUniqueId',
  'overrideLogicalId',
  'resetOverrideLogicalId',
  'addOverride',
  'rawOverrides',
  'constructNodeMetadata',
  'toTerraform',
  'toHclTerraform',
  'toMetadata',
  'synthesizeAttributes',
  'synthesizeHclAttributes',
  'terraformResourceType',
  'terraformGeneratorMetadata',
];
const ATTRIBUTE_GETTERS = [
  'getStringAttribute',
  'getNumberAttribute',
  'getListAttribute',
  'getBooleanAttribute',
  'getNumberListAttribute',
  'getStringMapAttribute',
  'getNumberMapAttribute',
  'getBooleanMapAttribute',
  'getAnyMapAttribute',
  'interpolationForAttribute',
];

export const RESOURCE_MEMBERS: ReadonlySet<string> = new Set([
  ...ELEMENT,
  ...ATTRIBUTE_GETTERS,
  'dependsOn',
  'count',
  'provider',
  'lifecycle',
  'forEach',
  'connection',
  'provisioners',
  'terraformMetaArguments',
  'hasResourceMove',
  'importFrom',
  'moveTo',
  'addMoveTarget',
  'moveToId',
  'moveFromId',
  'markWriteOnlyAttribute',
  'registerProviderFeatureUsage',
]);

export const PROVIDER_MEMBERS: ReadonlySet<string> = new Set([...ELEMENT, 'terraformProviderSource', 'metaAttributes', 'alias']);

export const COMPLEX_OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  ...ATTRIBUTE_GETTERS,
  'creationStack',
  'fqn',
  'resolve',
  'toString',
  'computeFqn',
  'interpolationAsList',
  'terraformResource',
  'terraformAttribute',
  'complexObjectIsFromSet',
  'complexObjectIndex',
  'internalValue',
  'isEmptyObject',
  'resolvableValue',
]);

/** Throws when a generated member would clash with a base class member; `allowed` lists intended overrides. */
export function assertNoClash(className: string, members: string[], reserved: ReadonlySet<string>, allowed: string[] = []): void {
  const clashes = members.filter((m) => reserved.has(m) && !allowed.includes(m));
  if (clashes.length > 0) {
    throw new Error(
      `${className}: generated member(s) ${clashes.join(', ')} would override a member of the cdktf base class; ` +
        'rename the attribute in the schema or extend escapeAttributeName.',
    );
  }
}

/** Names that would break the namespace export or collide in Go packages; cdktf appends `_resource`. */
const RESERVED_NAMES = new Set(
  ['string', 'object', 'function']
    .concat(['implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield', 'await'])
    .concat(['license', 'version']),
);

/** Property names cdktf renames because they clash with jsii, target languages or the construct base classes. */
export function escapeAttributeName(name: string): string {
  if (name === 'self' || name === 'build') return `${name}Attribute`;
  if (/^get[A-Za-z]+/.test(name)) return name.replace('get', 'fetch');
  if (name === 'equals') return 'equalTo';
  if (name === 'node') return 'nodeAttribute';
  if (name === 'system') return 'systemAttribute';
  if (['tfResourceType', 'importFrom', 'moveTo', 'software'].includes(name)) return `${name}Attribute`;
  return name;
}

/** A resource or data source base name that cdktf would not use as is (a reserved word, or `provider`) gets `_resource`. */
export function sanitizeBaseName(baseName: string, isProvider: boolean): string {
  const resourceNamedProvider = !isProvider && baseName === 'provider';
  return RESERVED_NAMES.has(baseName.toLowerCase()) || resourceNamedProvider ? `${baseName}_resource` : baseName;
}
