import { formatValue } from '../report/labels';
import type { DirectoryResult } from './check';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export type DriftFormat = 'text' | 'markdown' | 'json' | 'junit';

function summary(results: DirectoryResult[]) {
  const count = (s: string) => results.filter((r) => r.status === s).length;
  const drifted = results.flatMap((r) => r.drifted);
  return {
    directories: results.length,
    inSync: count('in_sync'),
    drifted: count('drift'),
    errors: count('error'),
    resources: drifted.length,
    attributes: drifted.reduce((n, r) => n + r.attributes.length, 0),
  };
}

const overall = (results: DirectoryResult[]) =>
  results.some((r) => r.status === 'error') ? 'error' : results.some((r) => r.status === 'drift') ? 'drift' : 'in_sync';

export function renderText(results: DirectoryResult[]): string {
  const s = summary(results);
  const lines = [
    `drift: ${s.drifted} of ${plural(s.directories, 'directory', 'directories')} drifted, ${s.errors} failed ` +
      `(${plural(s.resources, 'resource')}, ${plural(s.attributes, 'attribute')} changed outside Terraform)`,
  ];
  for (const r of results) {
    const mark = r.status === 'in_sync' ? '✓' : r.status === 'drift' ? '✗' : '!';
    lines.push(`${mark} ${r.dir} — ${r.status === 'in_sync' ? 'in sync' : r.status}`);
    if (r.error) lines.push(...r.error.split('\n').map((l) => `    ${l}`));
    for (const res of r.drifted) {
      lines.push(`  ${res.address} (account ${res.account})${res.action === 'delete' ? ': deleted outside Terraform' : ''}`);
      for (const a of res.attributes) lines.push(`    ${a.description}   [${a.path}: ${formatValue(a.before)} → ${formatValue(a.after)}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(results: DirectoryResult[]): string {
  const s = summary(results);
  const head = overall(results) === 'in_sync' ? '## ✅ Zendesk messaging settings are in sync' : overall(results) === 'drift' ? '## ⚠️ Drift in Zendesk messaging settings' : '## ❌ Drift check failed';
  const out = [head, '', `${s.directories} directories checked: ${s.inSync} in sync, ${s.drifted} drifted, ${s.errors} failed.`, ''];
  for (const r of results) {
    out.push(`### \`${r.dir}\` — ${r.status === 'in_sync' ? 'in sync' : r.status}`, '');
    if (r.error) out.push('```', r.error, '```', '');
    if (r.drifted.length) {
      out.push('| Account | Resource | Change (outside Terraform) |', '|---|---|---|');
      for (const res of r.drifted) {
        if (res.action === 'delete') out.push(`| ${cell(res.account)} | \`${res.address}\` | deleted outside Terraform |`);
        for (const a of res.attributes) out.push(`| ${cell(res.account)} | \`${res.address}\` | ${cell(a.description)} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

/** A stable, documented report: version 1 (see README "Drift reports"). */
export function renderJson(results: DirectoryResult[]): string {
  return `${JSON.stringify({ version: 1, status: overall(results), summary: summary(results), directories: results }, null, 2)}\n`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** JUnit XML: a testsuite per directory, a testcase per managed resource; drift is a failure, a failed check an error. */
export function renderJunit(results: DirectoryResult[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const s = summary(results);
  const cases = results.reduce((n, r) => n + Math.max(r.checked.length, 1), 0);
  out.push(`<testsuites name="zendesk-messaging drift" tests="${cases}" failures="${s.resources}" errors="${s.errors}">`);
  for (const r of results) {
    const seconds = (r.durationMs / 1000).toFixed(3);
    if (r.status === 'error') {
      out.push(`  <testsuite name="${xml(r.dir)}" tests="1" failures="0" errors="1" time="${seconds}">`);
      out.push(`    <testcase classname="${xml(r.dir)}" name="drift check"><error message="${xml(r.error!.split('\n')[0])}">${xml(r.error!)}</error></testcase>`);
      out.push('  </testsuite>');
      continue;
    }
    const addresses = [...new Set([...r.checked, ...r.drifted.map((d) => d.address)])];
    out.push(`  <testsuite name="${xml(r.dir)}" tests="${addresses.length}" failures="${r.drifted.length}" errors="0" time="${seconds}">`);
    for (const address of addresses) {
      const drift = r.drifted.find((d) => d.address === address);
      if (!drift) {
        out.push(`    <testcase classname="${xml(r.dir)}" name="${xml(address)}"/>`);
        continue;
      }
      const message = drift.action === 'delete' ? 'deleted outside Terraform' : `${plural(drift.attributes.length, 'attribute')} changed outside Terraform`;
      const body = drift.action === 'delete' ? message : drift.attributes.map((a) => a.description).join('\n');
      out.push(`    <testcase classname="${xml(r.dir)}" name="${xml(address)}"><failure message="${xml(message)}">${xml(`account ${drift.account}\n${body}`)}</failure></testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

export const RENDERERS: Record<DriftFormat, (results: DirectoryResult[]) => string> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
  junit: renderJunit,
};
