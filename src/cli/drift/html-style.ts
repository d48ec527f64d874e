/**
 * The fleet page's stylesheet, inline in the page (render-html.ts). System fonts only; the marks are ✓ ✗ !,
 * which every common font has (a headless or offline browser has no colour-emoji font); colour is never the only
 * signal: every cell also says its state in words or marks.
 */
export const HTML_STYLE = `
:root { --ok: #1a7f37; --ok-bg: #dafbe1; --drift: #9a6700; --drift-bg: #fff8c5; --error: #cf222e; --error-bg: #ffebe9; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif; color: #1f2328; margin: 0 24px 32px; }
header { margin: 0 -24px 16px; padding: 14px 24px; border-bottom: 4px solid var(--line); }
header.in_sync { border-color: var(--ok); } header.drift { border-color: var(--drift); background: #fffdf0; } header.error { border-color: var(--error); background: #fff8f7; }
h1 { font-size: 24px; margin: 0 0 2px; } h2 { font-size: 19px; margin: 26px 0 8px; } h3 { font-size: 16px; margin: 0 0 4px; }
.stack { font-weight: 400; font-size: 12px; }
header p, .dir, .stack, .when, .more, caption, footer, .path { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; min-width: 120px; }
.card .n { font-size: 26px; font-weight: 700; }
.card.ok .n { color: var(--ok); } .card.drift .n { color: var(--drift); } .card.error .n { color: var(--error); } .card.sandbox .n { color: #8250df; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
caption { text-align: left; padding: 4px 0 8px; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; }
.matrix thead th { position: sticky; top: 0; background: #f6f8fa; font-size: 13px; font-weight: 600; text-align: left; min-width: 110px; max-width: 170px; }
.matrix tbody th { text-align: left; font-weight: 600; white-space: nowrap; background: #fff; }
.matrix td { font-size: 13px; min-width: 110px; }
.matrix td a { color: inherit; text-decoration: none; display: block; }
.count { color: var(--drift); font-weight: 600; }
td.ok { background: var(--ok-bg); color: var(--ok); text-align: center; }
td.na { color: #6e7781; text-align: center; }
td.drift { background: var(--drift-bg); color: #4d3800; } td.drift .mark { color: var(--drift); font-weight: 700; }
td.error { background: var(--error-bg); color: var(--error); font-weight: 600; }
.mark { font-weight: 700; } .who { font-weight: 600; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 10px; padding: 1px 7px; margin-left: 6px; vertical-align: 2px; }
.badge.sandbox { background: #fbefff; color: #8250df; border: 1px solid #d8b9ff; }
.badge.failed { background: var(--error-bg); color: var(--error); border: 1px solid #ffcecb; }
details { margin: 18px 0; } summary { cursor: pointer; font-weight: 600; }
section.account { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin: 12px 0; }
.details { width: 100%; font-size: 14px; table-layout: fixed; }
.details th:nth-child(1) { width: 31%; } .details th:nth-child(2) { width: 14%; } .details th:nth-child(3) { width: 12%; } .details th:nth-child(4) { width: 17%; }
.details th { text-align: left; font-size: 13px; color: var(--muted); border-bottom: 2px solid var(--line); padding: 4px 8px; }
.details td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
.path { font-size: 12px; } code { font: 12.5px "DejaVu Sans Mono", "Liberation Mono", monospace; word-break: break-all; }
.none { color: var(--muted); font-style: italic; }
.note { background: #f6f8fa; border-left: 3px solid var(--line); padding: 6px 10px; margin: 8px 0 0; }
pre { background: #f6f8fa; padding: 10px; overflow-x: auto; white-space: pre-wrap; font-size: 12.5px; }
.all-ok { font-size: 17px; color: var(--ok); }
footer { margin-top: 28px; font-size: 12px; }
`.trim();
