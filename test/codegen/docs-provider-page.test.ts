/**
 * The provider page (docs/index.md, what a registry shows first) carries the hand-written sections of
 * templates/index-sections.md.tmpl between its example and its schema; and ours says what the provider needs on each
 * platform and how to lock it for all of them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_PAGE_SECTIONS, renderDocs } from '../../src/codegen/docs';
import type { ProviderSchemaJSON } from '../../src/framework/schema-json';
import { makeTempDir } from '../support/temp';

const SCHEMA: ProviderSchemaJSON = {
  provider: { version: 0, block: { description_kind: 'plain', description: 'Demo.', attributes: { a: { type: 'string', optional: true, description_kind: 'plain' } } } },
  resource_schemas: {},
  data_source_schemas: {},
};

describe('the provider page', () => {
  const temp = makeTempDir('provider-page');
  afterAll(() => temp.cleanup());

  it('puts the hand-written sections between the example and the schema, rendering their file functions', () => {
    mkdirSync(join(temp.dir, 'examples', 'provider'), { recursive: true });
    mkdirSync(join(temp.dir, 'templates'));
    writeFileSync(join(temp.dir, 'examples', 'provider', 'provider.tf'), 'provider "demo" {}\n');
    writeFileSync(join(temp.dir, 'examples', 'lock.sh'), 'terraform providers lock\n');
    writeFileSync(join(temp.dir, PROVIDER_PAGE_SECTIONS), '## Requirements\n\nNothing.\n\n{{codefile "sh" "examples/lock.sh"}}\n');
    const page = renderDocs({ providerName: 'demo', schema: SCHEMA, examplesDir: join(temp.dir, 'examples'), rootDir: temp.dir }).get('index.md')!;
    expect(page).toContain('```terraform\nprovider "demo" {}\n```\n\n## Requirements\n\nNothing.\n\n```sh\nterraform providers lock\n```\n\n## Schema\n');
  });

  it('has none without the template', () => {
    const page = renderDocs({ providerName: 'demo', schema: SCHEMA, examplesDir: join(temp.dir, 'nothing') }).get('index.md')!;
    expect(page).not.toContain('## Requirements');
  });

  it('docs/index.md says what each platform needs and how to lock every platform', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'index.md'), 'utf8');
    expect(page).toContain('| Linux (`linux_amd64`, `linux_arm64`) and Windows (`windows_amd64`) | Nothing: a self-contained executable');
    expect(page).toContain('| macOS (`darwin_amd64`, `darwin_arm64`) | Node.js 20 or later on the `PATH` terraform runs with');
    expect(page).toMatch(/terraform providers lock -fs-mirror=\S+ \\\n {2}-platform=linux_amd64 -platform=linux_arm64 -platform=darwin_arm64 -platform=darwin_amd64 -platform=windows_amd64/);
    expect(page.indexOf('## Lock files')).toBeLessThan(page.indexOf('## Schema'));
  });
});
