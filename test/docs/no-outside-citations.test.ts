/**
 * The facts the code relies on live in the repository (docs/design/zendesk-api.md, docs/design/terraform-plugin.md):
 * no file under src/, test/, scripts/ or bench/ may cite a research document that whoever clones the repository
 * cannot open, nor carry the old evidence tags (DOC, OBS or INF in square brackets) that pointed into one; and every
 * `docs/design/<file>.md#<anchor>` a file cites must be a heading of that file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED_DIRS = ['src', 'test', 'scripts', 'bench'];
const TEXT_FILE = /\.(ts|js|mjs|cjs|json|md|sh|ya?ml|txt)$/;

// Spelled in pieces so that this file does not cite what it forbids.
const OUTSIDE_DOCUMENTS = [['ZENDESK', 'API', 'NOTES'], ['TERRAFORM', 'PLUGIN', 'NOTES']].map((words) => words.join('-'));
const OUTSIDE_CITATION = new RegExp(
  [
    ...OUTSIDE_DOCUMENTS,
    ['CONTRACT', 'md'].join('\\.'),
    // "../shared" as a place to read, not a module path in quotes ('../shared' or '../shared/x').
    `\\.\\./${'shared'}(?![/'"\\w])`,
    `\\.\\./${'shared'}/[\\w.-]+\\.md`,
    `/work/${'shared'}`,
    // The old evidence tags and the short names of the documents they pointed into.
    `\\[(${['DOC', 'OBS', 'INF'].join('|')})\\b`,
    `\\[\\?\\?\\]`,
    `\\b(${['AS', 'TR', 'TC'].map((s) => `${s}-DOC`).join('|')})\\b`,
  ].join('|'),
);
const DESIGN_CITATION = /docs\/design\/([\w.-]+\.md)#([\w-]+)/g;

export function outsideCitations(text: string): string[] {
  return text.split('\n').flatMap((line, i) => (OUTSIDE_CITATION.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2, … */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1].toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

export function designCitations(text: string): { file: string; anchor: string }[] {
  return [...text.matchAll(DESIGN_CITATION)].map(([, file, anchor]) => ({ file, anchor }));
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
    return TEXT_FILE.test(entry.name) ? [full] : [];
  });
}

const scanned = SCANNED_DIRS.flatMap((dir) => filesUnder(path.join(ROOT, dir))).map((file) => ({
  name: path.relative(ROOT, file),
  text: fs.readFileSync(file, 'utf8'),
}));

describe('the facts the code relies on are cited inside the repository', () => {
  it('finds the citations it forbids and the anchors a page has (the checks can fail)', () => {
    const outside = OUTSIDE_DOCUMENTS[0];
    const oldTag = `[${'DOC'} HC 123]`;
    expect(outsideCitations(`// see ${outside} §1\nconst x = 1;\n// ${oldTag}`)).toEqual([`1: // see ${outside} §1`, `3: // ${oldTag}`]);
    expect(outsideCitations(`/** ${['CONTRACT', 'md'].join('.')} */\n// [${'??'}] open`)).toHaveLength(2);
    expect(outsideCitations("import { x } from '../shared';\n// [documented: docs/design/zendesk-api.md#pagination]")).toEqual([]);
    expect(headingAnchors('# Title\n## Errors, headers and rate limits\n```\n# not a heading\n```\n### Errors, headers and rate limits')).toEqual(
      new Set(['title', 'errors-headers-and-rate-limits', 'errors-headers-and-rate-limits-1']),
    );
    expect(designCitations('[observed: docs/design/zendesk-api.md#error-bodies]')).toEqual([{ file: 'zendesk-api.md', anchor: 'error-bodies' }]);
  });

  it('no file under src/, test/, scripts/ or bench/ cites a document outside the repository', () => {
    const offenders = scanned.flatMap(({ name, text }) => outsideCitations(text).map((line) => `${name}:${line}`));
    expect(offenders).toEqual([]);
  });

  it('every docs/design/*.md#anchor cited is a heading of that page', () => {
    const anchorsOf = new Map<string, Set<string> | undefined>();
    const broken = scanned.flatMap(({ name, text }) =>
      designCitations(text).flatMap(({ file, anchor }) => {
        if (!anchorsOf.has(file)) {
          const page = path.join(ROOT, 'docs/design', file);
          anchorsOf.set(file, fs.existsSync(page) ? headingAnchors(fs.readFileSync(page, 'utf8')) : undefined);
        }
        const anchors = anchorsOf.get(file);
        return anchors?.has(anchor) ? [] : [`${name}: docs/design/${file}#${anchor}${anchors ? '' : ' (no such page)'}`];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('the facts pages cite their sources by full URL or public repository', () => {
    for (const page of ['zendesk-api.md', 'terraform-plugin.md']) {
      const text = fs.readFileSync(path.join(ROOT, 'docs/design', page), 'utf8');
      expect(outsideCitations(text)).toEqual([]);
      expect(text).toMatch(/https:\/\//);
    }
  });
});
