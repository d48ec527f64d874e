/**
 * Every drift format says what the plan does to each resource: the actions of version 5 (create, destroy, replace)
 * in words, and an action this version does not know (a later report's, read by drift-merge) by its name, never
 * dropped and never taken for an update.
 */
import type { DirectoryResult } from '../../src/cli/drift/check';
import { renderHtml } from '../../src/cli/drift/render-html';
import { renderJunit } from '../../src/cli/drift/render-junit';
import { renderMarkdown } from '../../src/cli/drift/render-markdown';
import { renderText } from '../../src/cli/drift/render-text';
import { parseXml } from '../support/xml';

const attribute = { path: 'title', label: 'Trigger title', before: 'A', after: 'B', sensitive: false, description: 'Trigger title: "A" → "B"' };

function run(action: string): DirectoryResult[] {
  return [
    {
      dir: '/ci/acme',
      name: 'acme',
      status: 'drift',
      durationMs: 1,
      checked: ['zendesk_trigger.t'],
      drifted: [{ address: 'zendesk_trigger.t', type: 'zendesk_trigger', account: 'acme', action: action as 'update', attributes: [attribute] }],
      notes: [],
    },
  ];
}

describe.each([
  ['create', 'not in Zendesk yet: the plan creates it'],
  ['destroy', 'no longer in the configuration: the plan deletes it'],
  ['replace', 'the plan deletes it and creates it again'],
  ['teleport', 'teleport'],
])('the action %s', (action, words) => {
  it('text: on the resource line, with its attributes under it', () => {
    const text = renderText(run(action));
    expect(text).toContain(`  zendesk_trigger.t (account acme): ${words}\n    Trigger title: "A" → "B"`);
  });

  it('Markdown: a row of its own, then the attribute rows', () => {
    const md = renderMarkdown(run(action));
    expect(md).toContain(`| acme | \`zendesk_trigger.t\` | | ${words} |`);
    expect(md).toContain('| acme | `zendesk_trigger.t` | `title` |');
  });

  it('HTML: a row of its own with as many cells as the header', () => {
    const page = renderHtml(run(action));
    const row = page.split('\n').find((l) => l.includes(`<tr><td>${words}<div`));
    expect(row).toBeDefined();
    expect(row!.match(/<td>/g)).toHaveLength(5);
    expect(page).toContain('Trigger title: &quot;A&quot; → &quot;B&quot;');
  });

  it('JUnit: the failure message says it', () => {
    const failure = parseXml(renderJunit(run(action))).children[0].children[0].children[0];
    expect(failure.name).toBe('failure');
    expect(failure.attributes.message).toBe(`${words}; 1 attribute changed outside Terraform`);
  });
});
