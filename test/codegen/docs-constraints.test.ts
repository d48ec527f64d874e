/**
 * Validator and plan-modifier descriptions reach the generated docs: which
 * attributes get which texts (schemaConstraints, on a small schema built from
 * the framework's real validators and modifiers), and that every one of them
 * appears on its attribute's line in the rendered pages of the zendesk
 * provider, including nested schemas.
 */
import { join } from 'node:path';
import { providerConstraints, schemaConstraints } from '../../src/codegen/docs-constraints';
import { renderDocs } from '../../src/codegen/docs';
import { zendeskSchemaDocument } from '../../src/codegen/generate';
import { requiresReplace, useStateForUnknown } from '../../src/framework/planmodifiers/builtin';
import { unmanagedWhenUnsetAttribute } from '../../src/framework/schema/derive';
import { int64Attribute, listAttribute, listNestedAttribute, stringAttribute } from '../../src/framework/schema/attribute';
import type { Schema } from '../../src/framework/schema/schema';
import { between, lengthBetween, oneOf, sizeAtMost } from '../../src/framework/validators/builtin';
import { PROVIDER_ADDRESS, PROVIDER_TYPE } from '../../src/provider/address';
import { ZendeskPluginProvider } from '../../src/provider/provider';

const ROOT = join(__dirname, '..', '..');

describe('schemaConstraints', () => {
  const schema: Schema = {
    description: 'A widget.',
    attributes: {
      id: stringAttribute({ description: 'The id.', computed: true, planModifiers: [useStateForUnknown()] }),
      kind: stringAttribute({ description: 'The kind.', required: true, validators: [oneOf('a', 'b')], planModifiers: [requiresReplace()] }),
      size: int64Attribute({ description: 'The size.', optional: true, validators: [between(1, 9)] }),
      ports: listAttribute({ description: 'Ports.', optional: true, element: 'int64' }),
      readOnlyCount: int64Attribute({ description: 'A count Zendesk keeps.', computed: true, validators: [between(0, 5)] }),
      note: unmanagedWhenUnsetAttribute(stringAttribute({ description: 'A note.', validators: [lengthBetween(1, 10)] })),
      rules: listNestedAttribute({
        description: 'Rules.',
        optional: true,
        validators: [sizeAtMost(2)],
        attributes: { name: stringAttribute({ description: 'Rule name.', required: true, validators: [lengthBetween(1, 5), lengthBetween(1, 5)] }) },
      }),
    },
    blocks: {
      settings: {
        kind: 'block',
        nesting: 'single',
        description: 'Settings.',
        attributes: { mode: stringAttribute({ description: 'Mode.', optional: true, validators: [oneOf('x')] }) },
      },
    },
  };

  it('lists each attribute’s validator and plan-modifier descriptions under its dotted path', () => {
    expect(Object.fromEntries(schemaConstraints(schema))).toEqual({
      id: ['Keeps the value from state once it is known.'],
      kind: ['Must be one of: "a", "b".', 'Changing this value replaces the resource.'],
      // The framework's own whole-number check of int64 values comes first, then the declared validators.
      size: ['Must be a whole number.', 'Must be between 1 and 9.'],
      ports: ['Must be a whole number.'],
      // Not repeated: unmanagedWhenUnsetAttribute already put its modifier's description into the attribute's.
      note: ['Must be between 1 and 10 characters long.'],
      rules: ['At most 2 elements.'],
      'rules.name': ['Must be between 1 and 5 characters long.'],
      'settings.mode': ['Must be one of: "x".'],
      // readOnlyCount: validators never run on a value no configuration sets, so the docs do not list them.
    });
  });
});

describe('generated docs of the zendesk provider', () => {
  const provider = new ZendeskPluginProvider({});
  const constraints = providerConstraints(provider);
  const pages = renderDocs({
    providerName: PROVIDER_TYPE,
    schema: zendeskSchemaDocument().provider_schemas[PROVIDER_ADDRESS],
    constraints,
    examplesDir: join(ROOT, 'examples'),
  });
  const short = (type: string) => type.replace(`${PROVIDER_TYPE}_`, '');
  const schemas = [
    { page: 'index.md', found: constraints.provider },
    ...Object.entries(constraints.resources).map(([type, found]) => ({ page: `resources/${short(type)}.md`, found })),
    ...Object.entries(constraints.dataSources).map(([type, found]) => ({ page: `data-sources/${short(type)}.md`, found })),
  ];

  /** The line documenting `path` on a page: in the top-level schema, or in the nested schema of its parent. */
  function lineOf(page: string, path: string): string | undefined {
    const text = pages.get(page) ?? '';
    const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : undefined;
    const name = path.slice(path.lastIndexOf('.') + 1);
    const start = parent ? text.indexOf(`### Nested Schema for \`${parent}\``) : text.indexOf('## Schema');
    if (start < 0) return undefined;
    const next = text.indexOf('### Nested Schema for', start + 1);
    const section = text.slice(start, next < 0 ? undefined : next);
    return section.split('\n').find((l) => l.startsWith(`- \`${name}\` `));
  }

  it('renders every validator and plan-modifier description on its attribute’s line', () => {
    const missing: string[] = [];
    let rendered = 0;
    for (const { page, found } of schemas) {
      for (const [path, texts] of found) {
        const line = lineOf(page, path) ?? '';
        for (const text of texts) {
          if (line.includes(text)) rendered++;
          else missing.push(`${page} ${path}: ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(rendered).toBeGreaterThan(10);
  });

  it('takes the texts from the validators the resources declare', () => {
    const settings = provider.resources().map((f) => f()).find((r) => r.typeName === 'zendesk_messaging_settings')!;
    const onDestroy = settings.schema().attributes.on_destroy;
    expect(onDestroy.validators?.length).toBeGreaterThan(0);
    for (const validator of onDestroy.validators ?? []) {
      expect(lineOf('resources/messaging_settings.md', 'on_destroy')).toContain(validator.description);
    }
  });
});
