import { attributeMemberNames, emitAttribute, emitHclBody, emitJsonBody } from './attributes';
import { type ProviderModel, type ResourceModel, allOptional, assignableAttributes, setterType } from './model';
import { assertNoClash, PROVIDER_MEMBERS, RESOURCE_MEMBERS } from './reserved';
import { banner, type CodeWriter, quote } from './writer';

/**
 * The construct class of a resource, data source or provider, in the section
 * layout of cdktf's generated classes (see the NULL anchor): static
 * properties, static methods, initializer, attributes, synthesis.
 */

const baseClass = (e: ResourceModel) =>
  e.kind === 'provider' ? 'TerraformProvider' : e.kind === 'data_source' ? 'TerraformDataSource' : 'TerraformResource';

export function emitResourceClass(w: CodeWriter, provider: ProviderModel, e: ResourceModel): void {
  const isProvider = e.kind === 'provider';
  const members = e.attributes.flatMap((a) => attributeMemberNames(a, e.attributes));
  assertNoClash(e.className, members, isProvider ? PROVIDER_MEMBERS : RESOURCE_MEMBERS, isProvider ? ['alias'] : []);

  w.line();
  w.doc(`Represents a {@link ${e.linkToDocs} ${e.terraformResourceType}}`);
  w.block(`export class ${e.className} extends cdktf.${baseClass(e)}`, () => {
    banner(w, 'STATIC PROPERTIES');
    w.line(`public static readonly tfResourceType = ${quote(e.terraformResourceType)};`);

    banner(w, 'STATIC Methods');
    emitGenerateConfigForImport(w, e);

    banner(w, 'INITIALIZER');
    emitConstructor(w, provider, e);

    banner(w, 'ATTRIBUTES');
    // The provider's alias overrides TerraformProvider's accessor, which synthesizes the `alias` meta-argument.
    const overrides = new Set(isProvider ? ['alias'] : []);
    for (const a of e.attributes) emitAttribute(w, a, e.attributes, overrides);

    banner(w, 'SYNTHESIS');
    emitSynthesis(w, e);
  });
}

function emitGenerateConfigForImport(w: CodeWriter, e: ResourceModel): void {
  w.doc(
    `Generates CDKTF code for importing a ${e.className} resource upon running "cdktf plan <stack-name>"`,
    '@param scope The scope in which to define this construct',
    `@param importToId The construct id used in the generated config for the ${e.className} to import`,
    `@param importFromId The id of the existing ${e.className} that should be imported. Refer to the {@link ${e.linkToDocs}#import import section} in the documentation of this resource for the id to use`,
    `@param provider? Optional instance of the provider where the ${e.className} to import is found`,
  );
  w.block(
    'public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider)',
    () => {
      w.line(
        `return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: ${quote(e.terraformResourceType)}, importId: importFromId, provider });`,
      );
    },
  );
}

function emitConstructor(w: CodeWriter, provider: ProviderModel, e: ResourceModel): void {
  const configType = `${e.configStructName}${allOptional(e.attributes) ? ' = {}' : ''}`;
  w.line();
  w.doc(
    `Create a new {@link ${e.linkToDocs} ${e.terraformResourceType}} ${e.kind === 'data_source' ? 'Data Source' : 'Resource'}`,
    '',
    '@param scope The scope in which to define this construct',
    '@param id The scoped construct ID. Must be unique amongst siblings in the same scope',
    `@param options ${configType}`,
  );
  w.block(`public constructor(scope: Construct, id: string, config: ${configType})`, () => {
    w.wrap(
      'super(scope, id, {',
      () => {
        w.line(`terraformResourceType: ${quote(e.terraformResourceType)},`);
        // Written into required_providers (version) and used by cdktf's provider-presence validation (name).
        w.wrap(
          'terraformGeneratorMetadata: {',
          () => {
            w.line(`providerName: ${quote(provider.name)},`);
            w.line(`providerVersion: ${quote(provider.version)},`);
            if (provider.versionConstraint) w.line(`providerVersionConstraint: ${quote(provider.versionConstraint)},`);
          },
          '},',
        );
        if (e.kind === 'provider') {
          w.line(`terraformProviderSource: ${quote(provider.source)},`);
        } else {
          for (const meta of ['provider', 'dependsOn', 'count', 'lifecycle', 'provisioners', 'connection', 'forEach']) {
            w.line(`${meta}: config.${meta},`);
          }
        }
      },
      '});',
    );
    for (const a of assignableAttributes(e.attributes)) {
      const internal = setterType(a) === 'stored_class' ? '.internalValue' : '';
      w.line(`this.${a.storageName}${internal} = config.${a.name};`);
    }
  });
}

function emitSynthesis(w: CodeWriter, e: ResourceModel): void {
  const synthesizable = assignableAttributes(e.attributes);
  w.line();
  w.block('protected override synthesizeAttributes(): { [name: string]: any }', () => emitJsonBody(w, synthesizable, false));
  w.line();
  w.block('protected override synthesizeHclAttributes(): { [name: string]: any }', () => emitHclBody(w, synthesizable, false));
}
