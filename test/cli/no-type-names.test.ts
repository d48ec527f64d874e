/**
 * The CLI never names a resource type: what it says and does per type comes from the resource descriptors
 * (src/provider/descriptors.ts), so adding a resource adds no branch here. This fails when a file under src/cli/
 * holds a resource type name in a string or template literal ('zendesk_messaging_settings', "zendesk_trigger.x",
 * `zendesk_…`) or as an object key (comments and data sources' addresses are fine), or imports a resource's
 * own module (src/provider/<resource>/…) instead of the registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '..', '..', 'src');
const CLI = join(SRC, 'cli');
const PROVIDER = join(SRC, 'provider');

/**
 * A resource type name in a literal: `zendesk_` and a lower-case type (not ZENDESK_API_TOKEN), not part of a longer
 * word, and not a data source's address (`data.zendesk_trigger.csat`).
 */
const TYPE_NAME = /(?<![\w.])zendesk_[a-z][a-z0-9_]*/;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Where a file's text names a resource type, and which resource modules it imports: `file:line: what`. */
function findings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const at = (node: ts.Node) => `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0].text
          : undefined;
    if (specifier?.startsWith('.')) {
      const target = relative(PROVIDER, resolve(file, '..', specifier));
      // src/provider/<resource>/… : a folder of one resource (the top-level files and the registry are shared).
      if (!target.startsWith('..') && target.includes('/')) out.push(`${at(node)}: imports ${specifier} (ask src/provider/descriptors instead)`);
      return;
    }
    // A type as an object key (`{ zendesk_trigger: … }`) is a table keyed by type: the registry's job.
    if ((ts.isPropertyAssignment(node) || ts.isPropertySignature(node)) && ts.isIdentifier(node.name) && /^zendesk_[a-z]/.test(node.name.text)) {
      out.push(`${at(node)}: names the resource type ${node.name.text}`);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const name = TYPE_NAME.exec(node.text)?.[0];
      if (name) out.push(`${at(node)}: names the resource type ${name}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the CLI names no resource type', () => {
  it('holds no resource type name in a literal, and imports no resource module, in any file under src/cli/', () => {
    const files = filesUnder(CLI);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => findings(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it.each([
    ["if (rc.type !== 'zendesk_messaging_settings') return;", 'names the resource type zendesk_messaging_settings'],
    ['const t = "zendesk_trigger";', 'names the resource type zendesk_trigger'],
    ['const a = `zendesk_trigger.${name}`;', 'names the resource type zendesk_trigger'],
    ['const a = `${x} and zendesk_ticket_form`;', 'names the resource type zendesk_ticket_form'],
    ["const hcl = 'resource \"zendesk_trigger\" \"t\" {}';", 'names the resource type zendesk_trigger'],
    ["const word = 'my_zendesk_thing';", undefined],
    ['const KINDS = { zendesk_trigger: { kind: "Trigger" } };', 'names the resource type zendesk_trigger'],
    ["import { TYPE_NAME } from '../../provider/messaging-settings/attribute-map';", 'imports ../../provider/messaging-settings/attribute-map'],
    ["const m = await import('../../provider/trigger/titles');", 'imports ../../provider/trigger/titles'],
    ["import { descriptorFor } from '../../provider/descriptors';", undefined],
    ["const env = 'ZENDESK_API_TOKEN'; // a comment may say zendesk_trigger", undefined],
    ["const address = 'data.zendesk_trigger.csat';", undefined],
  ])('tells %s', (line, found) => {
    const result = findings(join(CLI, 'drift', 'example.ts'), line);
    if (found) expect(result).toEqual([expect.stringContaining(found)]);
    else expect(result).toEqual([]);
  });
});
