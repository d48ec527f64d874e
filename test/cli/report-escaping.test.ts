/**
 * Whatever Zendesk or a user holds (a trigger's title, an account or actor name, a value, terraform's error text)
 * is text in every report format: markup, backticks, pipes, line breaks, `<script>`, `]]>`, terminal escape
 * sequences and control characters never take effect. Each case renders the same report twice, once with a plain
 * value and once with the hostile one in every field that comes from outside, and checks the structure is the same.
 */
import type { DirectoryResult } from '../../src/cli/drift/check';
import { renderHtml } from '../../src/cli/drift/render-html';
import { driftReport } from '../../src/cli/drift/render-json';
import { renderJunit } from '../../src/cli/drift/render-junit';
import { renderMarkdown } from '../../src/cli/drift/render-markdown';
import { renderText } from '../../src/cli/drift/render-text';
import { renderPlanSummary } from '../../src/cli/plan-summary/render';
import type { PlanJson, ResourceChangeJson } from '../../src/cli/report/plan-json';
import { CONTROL_CHARACTERS, htmlSkeleton, markdownSkeleton } from '../support/markup-skeleton';
import { parseXml, type XmlElement } from '../support/xml';

const HOSTILE: [string, string][] = [
  ['an HTML tag with a handler', '<img src=x onerror=alert(1)>'],
  ['a script element', '<script>alert(document.cookie)</script>'],
  ['backticks that would end a code span', 'a ``` b ` c ``'],
  ['a leading backtick', '`rm -rf`'],
  ['pipes that would split a table cell', 'a | b || c'],
  ['line breaks that would start lines of their own', 'one\n✓ /forged — in sync\r\n| forged | row |'],
  ['Markdown emphasis, links and images', '**bold** _em_ [link](http://x) ![i](http://x/i.png) ~~s~~'],
  ['an HTML comment and an entity', '<!-- x --> &amp; &#60;b&#62;'],
  ['the end of a CDATA section', ']]> <![CDATA[ x ]]>'],
  ['terminal escape sequences', '\u001b[2J\u001b[31mred\u001b]0;title\u0007 \u009b31m'],
  ['NUL, backspace and DEL', 'a\u0000b\u0008c\u007fd'],
  ['a right-to-left override', 'abc\u202Egnp.exe'],
  ['a heading at the start of a list item', '# heading'],
  ['a nested list at the start of a list item', '1. item'],
  ['a fence of its own', '```\n</details>\n```'],
];

const PLAIN = 'x';

const attribution = (v: string) => ({ actor: v, actorId: 7, at: v, change: v, source: v, earlierChanges: 2 });

/** A run with `v` in every field that comes from Zendesk, from the configuration or from terraform. */
function results(v: string): DirectoryResult[] {
  return [
    {
      dir: `/ci/${v}`,
      name: v,
      status: 'drift',
      durationMs: 10,
      checked: [`zendesk_trigger.${v}`, 'zendesk_messaging_settings.this'],
      drifted: [
        {
          address: 'zendesk_messaging_settings.this',
          type: 'zendesk_messaging_settings',
          account: v,
          action: 'update',
          attributes: [
            { path: 'agents_can_end_sessions', label: v, before: v, after: v, sensitive: false, description: v, changedBy: attribution(v) },
            { path: v, label: v, before: { [v]: v }, after: [v], sensitive: false, description: `${v}: ${v} → ${v}` },
          ],
        },
        { address: `zendesk_trigger.${v}`, type: 'zendesk_trigger', account: v, action: 'delete', attributes: [], changedBy: attribution(v) },
      ],
      notes: [{ subject: `zendesk_trigger.${v}`, attribute: v, summary: v, detail: v }],
      attribution: [{ account: v, note: v }],
      accounts: [{ account: v, sandbox: true }],
    },
    { dir: `/ci/broken-${v}`, name: `broken-${v}`, status: 'error', error: `terraform init failed: ${v}\nsecond line ${v}`, durationMs: 5, checked: [], drifted: [], notes: [] },
    {
      dir: `/ci/quiet-${v}`,
      name: `quiet-${v}`,
      status: 'in_sync',
      durationMs: 5,
      checked: ['zendesk_messaging_settings.this'],
      drifted: [],
      notes: [{ subject: 'provider "zendesk"', summary: v, detail: v }],
    },
  ];
}

const ZENDESK = 'registry.terraform.io/zendesk-iac/zendesk';
const trigger = (address: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actions: string[], importId?: string): ResourceChangeJson => ({
  address,
  mode: 'managed',
  type: 'zendesk_trigger',
  name: 't',
  provider_name: ZENDESK,
  change: { actions, before, after, ...(importId ? { importing: { id: importId } } : {}) },
});

/** A saved plan with `v` as an account, trigger titles, values, an import id and a version. */
function plan(v: string): PlanJson {
  return {
    format_version: '1.2',
    terraform_version: v,
    configuration: {
      provider_config: { zendesk: { name: 'zendesk', alias: v, expressions: { subdomain: { constant_value: v } } } },
      root_module: { resources: [{ address: 'zendesk_trigger.t', mode: 'managed', type: 'zendesk_trigger', provider_config_key: 'zendesk', expressions: { title: { constant_value: v } } }] },
    },
    resource_changes: [
      trigger('zendesk_trigger.t', { title: v, active: true, position: 1 }, { title: v === PLAIN ? 'y' : `${v}!`, active: false, position: 1 }, ['update'], v),
      trigger('zendesk_trigger.n', null, { title: v, active: true, conditions: { all: [{ field: v, operator: 'is', value: v }], any: [] } }, ['create']),
    ],
  };
}

const note = (v: string) => ({ subject: 'zendesk_trigger.t', attribute: 'title', summary: v, detail: v });

/** `v` without its control characters (a report shows them as pictures: how, is not this test's business). */
const withoutControls = (text: string) => text.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '');

describe.each(HOSTILE)('%s stays text in every report', (_what, value) => {
  it('text: no control character reaches the terminal and no value starts a line of its own', () => {
    const plain = renderText(results(PLAIN));
    const hostile = renderText(results(value));
    expect(hostile).not.toMatch(CONTROL_CHARACTERS);
    // Terraform's error and a provider's detail keep their lines, indented under their directory; nothing else may break a line.
    const ownLines = (text: string) => text.split('\n').filter((l) => !l.startsWith('    '));
    expect(ownLines(hostile)).toHaveLength(ownLines(plain).length);
  });

  it('Markdown drift report: the same markup, table cells and lines as with a plain value', () => {
    const hostile = renderMarkdown(results(value));
    expect(hostile).not.toMatch(CONTROL_CHARACTERS);
    expect(markdownSkeleton(hostile)).toEqual(markdownSkeleton(renderMarkdown(results(PLAIN))));
  });

  it('HTML fleet page: the same tags and attributes as with a plain value', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const hostile = renderHtml(results(value), now);
    expect(hostile).not.toMatch(CONTROL_CHARACTERS);
    expect(htmlSkeleton(hostile)).toEqual(htmlSkeleton(renderHtml(results(PLAIN), now)));
  });

  it('JUnit: well-formed XML whose failure text holds the value as written', () => {
    const doc = parseXml(renderJunit(results(value)));
    const texts = (e: XmlElement): string[] => [e.text, ...Object.values(e.attributes), ...e.children.flatMap(texts)];
    const all = withoutControls(texts(doc).join('\n')).replace(/[\u2400-\u2424\uFFFD]/g, '');
    for (const line of withoutControls(value).split(/\r?\n/)) expect(all).toContain(line);
  });

  it('JSON: the value round-trips exactly', () => {
    const report = JSON.parse(JSON.stringify(driftReport(results(value)))) as { directories: { name: string; drifted: { attributes: { before: unknown }[] }[] }[] };
    expect(report.directories[0].name).toBe(value);
    expect(report.directories[0].drifted[0].attributes[0].before).toBe(value);
  });

  it('plan summary: the same markup, lines and code spans as with a plain value', () => {
    const summary = (v: string) => renderPlanSummary([{ name: v, plan: plan(v), notes: [note(v)] }, { name: `${v}-2`, plan: plan(v) }], { title: v });
    const hostile = summary(value);
    expect(hostile).not.toMatch(CONTROL_CHARACTERS);
    expect(markdownSkeleton(hostile)).toEqual(markdownSkeleton(summary(PLAIN)));
  });
});

describe('the escaping itself', () => {
  it('a trigger renamed to an image tag shows as text in the Markdown table, in the change column too', () => {
    const md = renderMarkdown(results('<img src=x onerror=alert(1)>'));
    const outsideCodeSpans = md.replace(/(`+)[^`][\s\S]*?\1/g, '');
    expect(outsideCodeSpans).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('a code span is fenced longer than the backticks inside, so the whole value shows', () => {
    const md = renderMarkdown(results('a ``` b'));
    expect(md).toContain('### ````a ``` b```` — drift');
  });

  it('the terminal sees ESC as a picture of it, not as an escape', () => {
    const text = renderText(results('\u001b[2J'));
    expect(text).toContain('␛[2J');
  });
});
