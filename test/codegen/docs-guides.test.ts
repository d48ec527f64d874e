/**
 * Guides in the docs: hand-written pages copied as they are, and templates whose tfplugindocs file functions
 * embed repository files (the HCL a guide shows is then a file that tests apply), failing on what they cannot render.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocs } from '../../src/codegen/docs';
import type { ProviderSchemaJSON } from '../../src/framework/schema-json';
import { makeTempDir } from '../support/temp';

const SCHEMA: ProviderSchemaJSON = {
  provider: { version: 0, block: { description_kind: 'plain' } },
  resource_schemas: {},
  data_source_schemas: {},
};

describe('docs guides', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('guides');
    mkdirSync(join(temp.dir, 'guides'));
    mkdirSync(join(temp.dir, 'examples'));
    writeFileSync(join(temp.dir, 'examples', 'a.tf'), 'resource "x" "y" {\n  title = "{{ticket.id}}"\n}\n\n');
    writeFileSync(join(temp.dir, 'examples', 'run.sh'), 'terraform plan\n');
  });
  afterEach(() => temp.cleanup());

  const render = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(temp.dir, 'guides', name), text);
    return renderDocs({ providerName: 'demo', schema: SCHEMA, examplesDir: join(temp.dir, 'examples'), guidesDir: join(temp.dir, 'guides'), rootDir: temp.dir });
  };

  it('copies .md guides and renders .md.tmpl ones, embedding files as code blocks', () => {
    const pages = render({
      'plain.md': '# Plain {{tffile "not/rendered.tf"}}\n',
      'embedded.md.tmpl': '# Embedded\n\nUse {{ticket.id}} in subjects.\n\n{{tffile "examples/a.tf"}}\n\n{{ codefile "shell" "examples/run.sh" }}\n',
    });
    expect(pages.get('guides/plain.md')).toBe('# Plain {{tffile "not/rendered.tf"}}\n');
    expect(pages.get('guides/embedded.md')).toBe(
      '# Embedded\n\nUse {{ticket.id}} in subjects.\n\n```terraform\nresource "x" "y" {\n  title = "{{ticket.id}}"\n}\n```\n\n```shell\nterraform plan\n```\n',
    );
    expect(pages.has('guides/embedded.md.tmpl')).toBe(false);
  });

  it('fails on a missing file, a wrong argument count and an unknown function, naming the template', () => {
    expect(() => render({ 'g.md.tmpl': '{{tffile "examples/missing.tf"}}' })).toThrow('g.md.tmpl: {{tffile "examples/missing.tf"}}: examples/missing.tf does not exist');
    expect(() => render({ 'g.md.tmpl': '{{codefile "examples/a.tf"}}' })).toThrow('tffile takes a path, codefile a language and a path');
    expect(() => render({ 'g.md.tmpl': '{{tffile "shell" "examples/a.tf"}}' })).toThrow('tffile takes a path, codefile a language and a path');
    expect(() => render({ 'g.md.tmpl': '{{ include "examples/a.tf" }}' })).toThrow('g.md.tmpl: unknown template call {{ include "examples/a.tf" }}');
  });
});
