/**
 * The registry-layout examples (examples/resources/<type>/, examples/data-sources/<type>/, examples/provider/), which
 * the generated docs show: each directory, as checked in, passes `terraform validate` with the real terraform against
 * the built provider's schema, and every resource and data source of the provider has one.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS } from '../support/hcl';
import { RESOURCE_DESCRIPTORS } from '../../src/provider/descriptors';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const DOCS = join(__dirname, '..', '..', 'docs');
const dirsOf = (kind: string) => readdirSync(join(EXAMPLES, kind), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${kind}/${e.name}`);
const EXAMPLE_DIRS = [...dirsOf('resources'), ...dirsOf('data-sources'), 'provider'];
const tfFiles = (dir: string) => readdirSync(join(EXAMPLES, dir)).filter((f) => f.endsWith('.tf'));

describe('the registry examples', () => {
  let ws: TerraformWorkspace;
  beforeAll(async () => {
    ws = new TerraformWorkspace().write({ 'versions.tf': REQUIRED_PROVIDERS });
    await ws.init();
  });
  afterAll(() => ws?.cleanup());

  // One initialised workspace, its .tf files swapped per example: every example needs only the zendesk provider.
  it.each(EXAMPLE_DIRS)('%s passes terraform validate', async (dir) => {
    for (const f of readdirSync(ws.dir).filter((name) => name.endsWith('.tf') && name !== 'versions.tf')) rmSync(join(ws.dir, f));
    const files = tfFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    ws.write(Object.fromEntries(files.map((f) => [`example-${f}`, readFileSync(join(EXAMPLES, dir, f), 'utf8')])));
    // The provider example's own required_providers block stands in for ours.
    if (files.some((f) => readFileSync(join(EXAMPLES, dir, f), 'utf8').includes('required_providers'))) rmSync(join(ws.dir, 'versions.tf'));
    const validate = await ws.terraform(['validate', '-no-color']);
    ws.write({ 'versions.tf': REQUIRED_PROVIDERS });
    expect(validate.output).toContain('Success! The configuration is valid.');
    expect(validate.code).toBe(0);
  });

  // The README's HCL, as a reader copies it: its blocks together, with the variables it refers to declared.
  it('README.md: the HCL blocks pass terraform validate', async () => {
    for (const f of readdirSync(ws.dir).filter((name) => name.endsWith('.tf'))) rmSync(join(ws.dir, f));
    const blocks = [...readFileSync(join(EXAMPLES, '..', 'README.md'), 'utf8').matchAll(/^```hcl\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(1);
    const variables = [...new Set(blocks.join('\n').match(/\bvar\.\w+/g) ?? [])].map((v) => `variable "${v.slice(4)}" {}`);
    ws.write({ 'readme.tf': blocks.join('\n'), 'variables.tf': variables.join('\n') });
    const validate = await ws.terraform(['validate', '-no-color']);
    rmSync(join(ws.dir, 'readme.tf'));
    rmSync(join(ws.dir, 'variables.tf'));
    ws.write({ 'versions.tf': REQUIRED_PROVIDERS });
    expect(validate.output).toContain('Success! The configuration is valid.');
    expect(validate.code).toBe(0);
  });

  it('has an example for every resource of the provider', () => {
    const types = RESOURCE_DESCRIPTORS.map((d) => d.typeName).sort();
    expect(types.filter((t) => !EXAMPLE_DIRS.includes(`resources/${t}`))).toEqual([]);
  });

  it('has an example for every data source the generated docs list', () => {
    const pages = readdirSync(join(DOCS, 'data-sources')).filter((f) => f.endsWith('.md')).map((f) => `data-sources/zendesk_${f.replace(/\.md$/, '')}`);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.filter((p) => !EXAMPLE_DIRS.includes(p))).toEqual([]);
  });
});
