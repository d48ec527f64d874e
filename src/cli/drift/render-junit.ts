import { rawChange } from '../report/describe';
import { whereWords } from '../report/labels';
import type { DirectoryResult } from './check';
import { controlPictures } from './safe-text';
import { actionWords, attributesByCause, changedByWords, noteSubject } from './summary';

// Characters XML 1.0 cannot hold at all, even escaped (terraform output may carry control characters).
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text from outside as XML text or an attribute value: control characters made visible as in every format, then entities. */
export const xml = (s: string) =>
  controlPictures(s)
    .replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function suite(r: DirectoryResult): string[] {
  const head = (tests: number, failures: number, errors: number) =>
    `  <testsuite name="${xml(r.dir)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(r.durationMs)}">`;
  if (r.status === 'error') {
    const error = r.error ?? 'the drift check failed';
    return [head(1, 0, 1), `    <testcase classname="${xml(r.name)}" name="drift check"><error message="${xml(error.split('\n')[0])}">${xml(error)}</error></testcase>`, '  </testsuite>'];
  }
  // A drifted resource is a failing test case even if the report does not list it as checked (a hand-made report).
  const addresses = [...new Set([...r.checked, ...r.drifted.map((d) => d.address)])];
  const out = [head(addresses.length, r.drifted.length, 0)];
  // Notes are not failures: they go to the resource's (or, for the provider block, the suite's) system-out.
  const notesText = (notes: DirectoryResult['notes']) => notes.map((n) => `note: ${noteSubject(n)}: ${n.summary}\n  ${n.detail}`).join('\n');
  const systemOut = (notes: DirectoryResult['notes']) => (notes.length ? `<system-out>${xml(notesText(notes))}</system-out>` : '');
  for (const address of addresses) {
    const drift = r.drifted.find((d) => d.address === address);
    const notes = systemOut(r.notes.filter((n) => n.subject === address));
    if (!drift) {
      out.push(notes ? `    <testcase classname="${xml(r.name)}" name="${xml(address)}">${notes}</testcase>` : `    <testcase classname="${xml(r.name)}" name="${xml(address)}"/>`);
      continue;
    }
    const words = actionWords(drift.action);
    const changed = attributesByCause(drift.attributes);
    const message = drift.action === 'delete' ? 'deleted outside Terraform' : words ? `${words}${drift.attributes.length ? `; ${changed}` : ''}` : changed;
    const details = drift.attributes.map((a) => {
      const where = whereWords(drift.type, a.path);
      return (
        `${a.description}\n  [${a.path}: ${rawChange({ ...a, unknown: false })}]` +
        (a.changedBy ? `\n  ${changedByWords(a.changedBy)}` : '') +
        (where ? `\n  ${where}` : '')
      );
    });
    const deleted = [message, ...(drift.changedBy ? [`  ${changedByWords(drift.changedBy)}`] : [])];
    const body = [`account ${drift.account}`, ...(drift.action === 'delete' ? deleted : details)].join('\n');
    out.push(`    <testcase classname="${xml(r.name)}" name="${xml(address)}"><failure message="${xml(message)}" type="drift">${xml(body)}</failure>${notes}</testcase>`);
  }
  const attribution = (r.attribution ?? []).map((n) => `attribution: account ${n.account}: ${n.note}`);
  const suiteText = [notesText(r.notes.filter((n) => !addresses.includes(n.subject))), ...attribution].filter(Boolean).join('\n');
  if (suiteText) out.push(`    <system-out>${xml(suiteText)}</system-out>`);
  out.push('  </testsuite>');
  return out;
}

/**
 * JUnit XML for CI test reports: one testsuite per directory, one testcase
 * per managed resource; drift is a <failure>, a check that could not run is
 * an <error>. Totals on <testsuites> are the sums of the suites.
 */
export function renderJunit(results: DirectoryResult[]): string {
  const tests = results.reduce((n, r) => n + (r.status === 'error' ? 1 : new Set([...r.checked, ...r.drifted.map((d) => d.address)]).size), 0);
  const failures = results.reduce((n, r) => n + r.drifted.length, 0);
  const errors = results.filter((r) => r.status === 'error').length;
  const time = seconds(results.reduce((n, r) => n + r.durationMs, 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="zendesk-messaging drift" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">`,
    ...results.flatMap(suite),
    '</testsuites>',
    '',
  ].join('\n');
}
