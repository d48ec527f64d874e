/**
 * Text in a Markdown table cell of a drift report. Names and descriptions that come from Zendesk (an actor's name,
 * a change description, an account name) are escaped so that GitHub shows them as written: no emphasis, code, link
 * or HTML of theirs takes effect in the nightly issue. Our own words keep their line breaks as <br>.
 */
export const tableCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export const outsideText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[*_`<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
