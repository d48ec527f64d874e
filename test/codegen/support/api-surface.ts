import * as ts from 'typescript';

/**
 * The public API surface of a generated TypeScript file, as sorted one-line
 * signatures: exported classes (public and static members, constructor
 * parameters, declared types), interfaces (properties, optionality, types),
 * functions (parameters and return type) and namespace re-exports. Private
 * and protected members, bodies, comments and formatting are left out, so two
 * generators can be compared on what users can call.
 */
export function apiSurface(source: string, fileName = 'file.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const text = (node: ts.Node | undefined) => (node ? node.getText(file).replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')') : '');
  const params = (ps: ts.NodeArray<ts.ParameterDeclaration>) =>
    ps.map((p) => `${text(p.name)}${p.questionToken ? '?' : ''}: ${text(p.type)}`).join(', ');
  const modifiers = (node: ts.Node) => (ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : []);
  const has = (node: ts.Node, kind: ts.SyntaxKind) => modifiers(node).some((m) => m.kind === kind);
  const exported = (node: ts.Node) => has(node, ts.SyntaxKind.ExportKeyword);
  const out: string[] = [];

  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) {
      out.push(`export ${text(statement.exportClause) || '*'} from ${text(statement.moduleSpecifier)}`);
    } else if (ts.isFunctionDeclaration(statement) && exported(statement)) {
      out.push(`function ${statement.name?.text}(${params(statement.parameters)}): ${text(statement.type)}`);
    } else if (ts.isInterfaceDeclaration(statement) && exported(statement)) {
      const name = statement.name.text;
      out.push(`interface ${name}${statement.heritageClauses ? ` ${text(statement.heritageClauses[0])}` : ''}`);
      for (const m of statement.members) {
        if (ts.isPropertySignature(m)) out.push(`interface ${name}.${text(m.name)}${m.questionToken ? '?' : ''}: ${text(m.type)}`);
      }
    } else if (ts.isClassDeclaration(statement) && exported(statement)) {
      const name = statement.name?.text;
      out.push(`class ${name}${statement.heritageClauses ? ` ${text(statement.heritageClauses[0])}` : ''}`);
      for (const m of statement.members) {
        if (has(m, ts.SyntaxKind.PrivateKeyword) || has(m, ts.SyntaxKind.ProtectedKeyword)) continue;
        const prefix = `class ${name}.${has(m, ts.SyntaxKind.StaticKeyword) ? 'static ' : ''}`;
        if (ts.isConstructorDeclaration(m)) out.push(`${prefix}constructor(${params(m.parameters)})`);
        else if (ts.isMethodDeclaration(m)) out.push(`${prefix}${text(m.name)}(${params(m.parameters)})${m.type ? `: ${text(m.type)}` : ''}`);
        else if (ts.isGetAccessorDeclaration(m)) out.push(`${prefix}get ${text(m.name)}${m.type ? `: ${text(m.type)}` : ''}`);
        else if (ts.isSetAccessorDeclaration(m)) out.push(`${prefix}set ${text(m.name)}(${params(m.parameters)})`);
        else if (ts.isPropertyDeclaration(m)) out.push(`${prefix}${has(m, ts.SyntaxKind.ReadonlyKeyword) ? 'readonly ' : ''}${text(m.name)}${m.questionToken ? '?' : ''}${m.type ? `: ${text(m.type)}` : ''}`);
      }
    }
  }
  return out.sort();
}
