import { readFileSync } from 'node:fs';

/**
 * The doc comments of an exported interface's props, read from the TypeScript source: what a construct's users see
 * in their editor (and in the generated .d.ts), so tests can hold it to the facts the code derives from.
 */
export function propDocs(file: string, interfaceName: string): Map<string, string> {
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf(`export interface ${interfaceName} `);
  if (start < 0) throw new Error(`${file} has no exported interface ${interfaceName}`);
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('\n}', start));
  const docs = new Map<string, string>();
  for (const match of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*readonly (\w+)\??:/g)) {
    docs.set(match[2], match[1].replace(/^\s*\*\s?/gm, '').replace(/\s+/g, ' ').trim());
  }
  return docs;
}
