import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AttributeJSON, BlockJSON, BlockTypeJSON, ProviderSchemaJSON, SchemaJSON } from '../framework/schema-json';
import type { Constraints, ProviderConstraints } from './docs-constraints';

/**
 * Renders Terraform Registry style docs (the tfplugindocs layout) from the
 * provider's schema document and the example files under examples/, with
 * each attribute's validator and plan-modifier descriptions after its own
 * (docs-constraints.ts). Nothing in docs/ is written by hand: CI regenerates
 * and fails on any difference.
 */
export interface DocsInput {
  providerName: string;
  schema: ProviderSchemaJSON;
  /** Validator and plan-modifier descriptions, from the framework schema; without it the docs have none. */
  constraints?: ProviderConstraints;
  examplesDir: string;
  /**
   * Hand-written guides (tfplugindocs' `templates/guides/`): `*.md` are copied to docs/guides/; `*.md.tmpl` are
   * rendered there (see renderGuide), so the HCL a guide shows can be files that tests apply.
   */
  guidesDir?: string;
  /** What the paths in guide templates are relative to (tfplugindocs: the provider's root directory). */
  rootDir?: string;
}

/**
 * Hand-written sections of the provider page (what the provider needs on each platform, lock files), between its
 * example and its schema: the page a registry shows first is where a new user looks. Rendered as a guide template.
 */
export const PROVIDER_PAGE_SECTIONS = join('templates', 'index-sections.md.tmpl');

export function renderDocs(input: DocsInput): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('index.md', providerPage(input));
  for (const [type, schema] of Object.entries(input.schema.resource_schemas)) {
    pages.set(`resources/${shortName(type, input.providerName)}.md`, entityPage(input, type, schema, 'Resource', input.constraints?.resources[type]));
  }
  for (const [type, schema] of Object.entries(input.schema.data_source_schemas)) {
    pages.set(`data-sources/${shortName(type, input.providerName)}.md`, entityPage(input, type, schema, 'Data Source', input.constraints?.dataSources[type]));
  }
  if (input.guidesDir && existsSync(input.guidesDir)) {
    for (const file of readdirSync(input.guidesDir).sort()) {
      const text = () => readFileSync(join(input.guidesDir!, file), 'utf8');
      if (file.endsWith('.md')) pages.set(`guides/${file}`, text());
      else if (file.endsWith('.md.tmpl')) pages.set(`guides/${file.slice(0, -'.tmpl'.length)}`, renderGuide(text(), input.rootDir ?? '.', file));
    }
  }
  return pages;
}

/**
 * tfplugindocs' two file functions, the only template syntax a guide needs:
 * `{{tffile "path"}}` becomes a terraform code block holding that file,
 * `{{codefile "lang" "path"}}` a code block of that language. A missing file or
 * a call of any other function fails the generator, so a guide never ships an unrendered call.
 */
function renderGuide(template: string, rootDir: string, name: string): string {
  const FUNCTION = /\{\{\s*(tffile|codefile)\s+(?:"([^"]+)"\s+)?"([^"]+)"\s*\}\}/g;
  const rendered = template.replace(FUNCTION, (call, fn: string, language: string | undefined, path: string) => {
    if ((fn === 'codefile') !== (language !== undefined)) throw new Error(`${name}: ${call}: tffile takes a path, codefile a language and a path`);
    const file = resolve(rootDir, path);
    if (!existsSync(file)) throw new Error(`${name}: ${call}: ${path} does not exist`);
    return codeBlock(language ?? 'terraform', readFileSync(file, 'utf8').trimEnd());
  });
  // A call of another function ({{name "…"}}); Zendesk placeholders such as {{ticket.id}} are text.
  const leftover = /\{\{\s*\w+\s+"[^}]*\}\}/.exec(rendered);
  if (leftover) throw new Error(`${name}: unknown template call ${leftover[0]} (only tffile and codefile are supported)`);
  return rendered;
}

const shortName = (type: string, provider: string) => type.replace(new RegExp(`^${provider}_`), '');

function example(input: DocsInput, ...path: string[]): string | undefined {
  const file = join(input.examplesDir, ...path);
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd() : undefined;
}

function frontMatter(title: string, description: string): string {
  const indented = description.split('\n').map((l) => `  ${l}`).join('\n');
  return `---\npage_title: ${JSON.stringify(title)}\nsubcategory: ""\ndescription: |-\n${indented}\n---\n`;
}

function codeBlock(language: string, code: string): string {
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

function providerPage(input: DocsInput): string {
  const { providerName, schema } = input;
  const parts = [
    frontMatter(`${providerName} Provider`, schema.provider.block.description ?? ''),
    `# ${providerName} Provider\n`,
    `${schema.provider.block.description ?? ''}\n`,
  ];
  const usage = example(input, 'provider', 'provider.tf');
  if (usage) parts.push(`## Example Usage\n\n${codeBlock('terraform', usage)}\n`);
  const sections = join(input.rootDir ?? '.', PROVIDER_PAGE_SECTIONS);
  if (input.rootDir && existsSync(sections)) parts.push(`${renderGuide(readFileSync(sections, 'utf8'), input.rootDir, PROVIDER_PAGE_SECTIONS).trimEnd()}\n`);
  parts.push(schemaSection(schema.provider.block, input.constraints?.provider));
  return parts.join('\n').trimEnd() + '\n';
}

function entityPage(input: DocsInput, type: string, schema: SchemaJSON, kind: 'Resource' | 'Data Source', constraints?: Constraints): string {
  const folder = kind === 'Resource' ? 'resources' : 'data-sources';
  const file = kind === 'Resource' ? 'resource.tf' : 'data-source.tf';
  const description = schema.block.description ?? '';
  const parts = [frontMatter(`${type} ${kind} - ${input.providerName}`, description), `# ${type} (${kind})\n`, `${description}\n`];
  const usage = example(input, folder, type, file);
  if (usage) parts.push(`## Example Usage\n\n${codeBlock('terraform', usage)}\n`);
  parts.push(schemaSection(schema.block, constraints));
  if (kind === 'Resource') {
    const importShell = example(input, folder, type, 'import.sh');
    const importBlock = example(input, folder, type, 'import.tf');
    if (importShell || importBlock) {
      parts.push('## Import\n');
      if (importBlock) parts.push(`In Terraform 1.5 and later, use an \`import\` block:\n\n${codeBlock('terraform', importBlock)}\n`);
      if (importShell) parts.push(`Or use \`terraform import\`:\n\n${codeBlock('shell', importShell)}\n`);
    }
  }
  return parts.join('\n').trimEnd() + '\n';
}

interface Nested {
  anchor: string;
  title: string;
  block: BlockJSON;
}

function typeLabel(attribute: AttributeJSON): string {
  if (attribute.nested_type) {
    const mode = attribute.nested_type.nesting_mode;
    return mode === 'single' ? 'Attributes' : `Attributes ${capitalize(mode)}`;
  }
  return ctyLabel(attribute.type);
}

function ctyLabel(type: unknown): string {
  if (typeof type === 'string') return capitalize(type === 'bool' ? 'boolean' : type);
  if (Array.isArray(type)) return `${capitalize(String(type[0]))} of ${ctyLabel(type[1])}`;
  return 'Dynamic';
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const oneLine = (s: string | undefined) => (s ?? '').replace(/\s*\n\s*/g, ' ').trim();

function schemaSection(root: BlockJSON, constraints: Constraints = new Map()): string {
  const out: string[] = ['## Schema\n'];
  const queue: Nested[] = [];
  renderBlock(root, '', queue, out, constraints);
  for (let i = 0; i < queue.length; i++) {
    const nested = queue[i];
    out.push(`<a id="${nested.anchor}"></a>\n### Nested Schema for \`${nested.title}\`\n`);
    renderBlock(nested.block, nested.title, queue, out, constraints, 4);
  }
  return out.join('\n');
}

/** Groups members as tfplugindocs does: Required, Optional, Read-Only; nested schemas follow below with anchors. */
function renderBlock(block: BlockJSON, prefix: string, queue: Nested[], out: string[], constraints: Constraints, level = 3): void {
  const groups: Record<string, string[]> = { Required: [], Optional: [], 'Read-Only': [] };
  const hashes = '#'.repeat(level);
  const members: [string, AttributeJSON | BlockTypeJSON][] = [
    ...Object.entries(block.attributes ?? {}),
    ...Object.entries(block.block_types ?? {}),
  ];
  // Code-point order, as Terraform sorts: localeCompare would make the docs depend on the machine's locale.
  for (const [name, member] of members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const title = prefix ? `${prefix}.${name}` : name;
    const isBlock = 'block' in member;
    const anchor = `${isBlock ? 'nestedblock' : 'nestedatt'}--${title.replace(/\./g, '--')}`;
    const constrained = (constraints.get(title) ?? []).map((text) => ` ${text}`).join('');
    let line: string;
    let group: string;
    if (isBlock) {
      const limits = member.max_items === 1 ? 'Block' : `Block ${capitalize(member.nesting_mode)}`;
      const bounds = [member.min_items ? `Min: ${member.min_items}` : '', member.max_items ? `Max: ${member.max_items}` : '']
        .filter(Boolean)
        .join(', ');
      line = `- \`${name}\` (${limits}${bounds ? `, ${bounds}` : ''}) ${oneLine(member.block.description)}${constrained} (see [below for nested schema](#${anchor}))`;
      group = member.min_items ? 'Required' : 'Optional';
      queue.push({ anchor, title, block: member.block });
    } else {
      const flags = [member.sensitive ? 'Sensitive' : '', member.deprecated ? 'Deprecated' : ''].filter(Boolean);
      const label = [typeLabel(member), ...flags].join(', ');
      const nestedRef = member.nested_type ? ` (see [below for nested schema](#${anchor}))` : '';
      line = `- \`${name}\` (${label}) ${oneLine(member.description)}${constrained}${nestedRef}`;
      group = member.required ? 'Required' : member.optional ? 'Optional' : 'Read-Only';
      if (member.nested_type) {
        queue.push({ anchor, title, block: { attributes: member.nested_type.attributes, description_kind: 'plain' } });
      }
    }
    groups[group].push(line.trimEnd());
  }
  for (const [name, lines] of Object.entries(groups)) {
    if (lines.length) out.push(`${hashes} ${name}\n\n${lines.join('\n')}\n`);
  }
}
