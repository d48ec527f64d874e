import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Relative links in our markdown pages, and whether they lead somewhere: a file or folder that exists and, for
 * `page.md#anchor`, a heading of that page. Links to other sites (http, https, mailto) are not followed.
 */

/** The text outside fenced code blocks, with code spans blanked: a `[x](y)` inside code is not a link. */
function proseLines(markdown: string): { line: number; text: string }[] {
  let inFence = false;
  return markdown.split('\n').flatMap((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) {
      inFence = !inFence;
      return [];
    }
    return inFence ? [] : [{ line: i + 1, text: text.replace(/(`+)[^`]*?\1/g, '') }];
  });
}

/** GitHub's anchor for a heading: markup and punctuation dropped, lower case, spaces as hyphens; repeats get -1, -2. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  why: string;
}

/** Every relative link of `file` that leads nowhere, with why. */
export function brokenLinks(file: string): BrokenLink[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: BrokenLink[] = [];
  for (const { line, text } of proseLines(markdown)) {
    for (const [, rawTarget] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(rawTarget)) continue; // another site
      const [path, anchor] = rawTarget.split('#', 2);
      const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
      const report = (why: string) => broken.push({ file, line, target: rawTarget, why });
      if (!existsSync(target)) {
        report('no such file or folder');
        continue;
      }
      if (anchor === undefined || !target.endsWith('.md') || statSync(target).isDirectory()) continue;
      if (!headingAnchors(readFileSync(target, 'utf8')).has(anchor)) report(`no heading with the anchor #${anchor}`);
    }
  }
  return broken;
}
