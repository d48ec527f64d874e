/**
 * The plan summary is Markdown for a pull-request comment; in the demo's terminal the same words read without the
 * markup: headings as lines of their own, no **bold**, `code` spans as their text, <sub> notes as plain lines, and
 * no HTML comments (the summary's marker).
 */
export function markdownForTerminal(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .split('\n')
    .map((line) => {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      const text = (heading ? heading[2] : line)
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/<\/?sub>/g, '');
      return heading && heading[1].length <= 2 ? `${text}\n${'─'.repeat(text.length)}` : text;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
