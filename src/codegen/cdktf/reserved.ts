/**
 * Public and protected members of the cdktf base classes the bindings extend
 * (cdktf 0.21 / cdktn 0.24). A generated member with one of these names would
 * silently replace the base member (or fail to compile), so the generator
 * stops with an error instead; cdktf's own generator renames a few known
 * cases (see escapeAttributeName), which we do too.
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
