/**
 * Control characters from outside (a value, a name, an error) made visible and harmless in every report format: a
 * terminal acts on ESC and C1 sequences (colours, cursor moves, a repainted screen), XML 1.0 cannot hold most C0
 * characters even escaped, and Markdown and HTML readers drop or mangle them. Each becomes a character that shows
 * what was there (docs/design/report-escaping.md).
 */

// C0 controls but tab and line feed (callers split lines first where a line feed matters), DEL, C1 controls, and the
// bidirectional overrides and isolates that make text read in another order than it is stored.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** NUL → ␀, ESC → ␛, CR → ␍, DEL → ␡ (Unicode's control pictures); C1 and bidirectional controls → �. */
export const controlPictures = (s: string) =>
  s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });

/** One line of terminal text: control characters and line breaks made visible, so a value can neither repaint the terminal nor forge a line. */
export const terminalLine = (s: string) => controlPictures(s.replace(/\r\n|\n/g, '\u2424'));
