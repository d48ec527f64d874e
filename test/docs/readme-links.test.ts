/**
 * The README is a user's page and the pages it leads to must exist: every relative link of README.md,
 * CONTRIBUTING.md and docs/design/*.md resolves (file, folder, and heading where a link names one), and the README
 * stays short (design and measurements belong in docs/design/).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brokenLinks, headingAnchors } from '../support/markdown-links';
import { makeTempDir } from '../support/temp';

const ROOT = resolve(__dirname, '../..');
const DESIGN = join(ROOT, 'docs', 'design');
const PAGES = [
  join(ROOT, 'README.md'),
  join(ROOT, 'CONTRIBUTING.md'),
  ...readdirSync(DESIGN)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(DESIGN, name)),
];
const README_MAX_LINES = 260;

describe('links of our markdown pages', () => {
  it.each(PAGES.map((page) => [page.slice(ROOT.length + 1), page]))('%s: every relative link resolves', (_name, page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it(`README.md stays under ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThan(README_MAX_LINES);
  });

  it('README.md keeps the two commands a newcomer needs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm run demo');
    expect(readme).toContain('npm test');
  });
});

describe('the link checker', () => {
  const temp = makeTempDir('links');
  afterAll(() => temp.cleanup());

  it('finds a missing file, a missing heading, and ignores code, fences and other sites', () => {
    writeFileSync(join(temp.dir, 'other.md'), '# Other page\n\n## The `exec` command, again\n');
    const page = join(temp.dir, 'page.md');
    writeFileSync(
      page,
      [
        '# Page',
        '[ok](other.md) [ok too](other.md#the-exec-command-again) [self](#page) [site](https://example.com/x.md)',
        '[gone](missing.md) [bad anchor](other.md#nowhere)',
        '`[in code](missing-in-code.md)`',
        '```',
        '[in a fence](missing-in-fence.md)',
        '```',
      ].join('\n'),
    );
    expect(brokenLinks(page).map(({ line, target, why }) => ({ line, target, why }))).toEqual([
      { line: 3, target: 'missing.md', why: 'no such file or folder' },
      { line: 3, target: 'other.md#nowhere', why: 'no heading with the anchor #nowhere' },
    ]);
  });

  it("spells anchors as GitHub does: punctuation dropped, repeats numbered", () => {
    expect([...headingAnchors('# A `b.c` (d)\n## A b.c d\n```\n# not a heading\n```\n')]).toEqual(['a-bc-d', 'a-bc-d-1']);
  });
});
