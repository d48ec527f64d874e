/** drift --shard K/N and drift-merge: stable shares of a fleet, merged back into one report with one exit code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectoryResult } from '../../src/cli/drift/check';
import { mergeReports } from '../../src/cli/drift/merge';
import { DRIFT_REPORT_SCHEMA, driftReport } from '../../src/cli/drift/render-json';
import { inShard, parseShard } from '../../src/cli/drift/shard';
import { validate } from '../support/json-schema';
import { makeTempDir } from '../support/temp';
import { run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const fleet = (n: number, base = '/repo') => Array.from({ length: n }, (_, i) => `${base}/accounts/acct-${String(i).padStart(3, '0')}`);

describe('drift --shard K/N', () => {
  it.each([['1/1'], ['2/4'], [' 3/3 ']])('reads %j', (value) => {
    expect(parseShard(value).count).toBeGreaterThan(0);
  });
  it.each([['0/4'], ['5/4'], ['1/0'], ['2'], ['a/b'], ['1/2/3']])('refuses %j', (value) => {
    expect(() => parseShard(value)).toThrow('expected K/N with 1 ≤ K ≤ N');
  });

  it('splits a fleet into disjoint shares that cover it, roughly evenly', () => {
    const dirs = fleet(200);
    const shares = [1, 2, 3, 4].map((index) => inShard(dirs, { index, count: 4 }, '/repo'));
    expect(shares.flat().sort()).toEqual(dirs);
    for (const share of shares) expect(share.length).toBeGreaterThan(30);
  });

  it('is stable: the same share wherever the repository is checked out, and adding directories moves no other', () => {
    const here = inShard(fleet(50, '/home/runner/work/a'), { index: 2, count: 3 }, '/home/runner/work/a');
    const there = inShard(fleet(50, '/tmp/b'), { index: 2, count: 3 }, '/tmp/b');
    expect(here.map((d) => d.slice('/home/runner/work/a'.length))).toEqual(there.map((d) => d.slice('/tmp/b'.length)));
    const grown = inShard(fleet(80), { index: 2, count: 3 }, '/repo');
    expect(grown.filter((d) => fleet(50).includes(d))).toEqual(inShard(fleet(50), { index: 2, count: 3 }, '/repo'));
  });
});

describe('drift-merge', () => {
  const temp = makeTempDir('merge');
  afterAll(() => temp.cleanup());
  const result = (dir: string, status: DirectoryResult['status'], extra: Partial<DirectoryResult> = {}): DirectoryResult => ({
    dir,
    name: dir.split('/').pop()!,
    status,
    durationMs: 10,
    checked: ['zendesk_messaging_settings.this'],
    drifted: [],
    notes: [],
    ...extra,
  });
  const drifted = result('/repo/b', 'drift', {
    drifted: [{ address: 'zendesk_messaging_settings.this', type: 'zendesk_messaging_settings', account: 'b', action: 'update', attributes: [{ path: 'agents_can_end_sessions', label: 'Agents can end messaging sessions', before: true, after: false, sensitive: false, description: 'Agents can end messaging sessions: on → off' }] }],
    notes: [{ subject: 'zendesk_messaging_settings.this', attribute: 'agent_ended_session_routing', summary: 'Routing treatment has no effect', detail: 'why' }],
  });
  const write = (name: string, results: DirectoryResult[]) => {
    const file = join(temp.dir, name);
    writeFileSync(file, JSON.stringify(driftReport(results)));
    return file;
  };

  it('merges shards into one report: every directory once, one status and one exit code, in any format', async () => {
    const a = write('shard-1.json', [result('/repo/a', 'in_sync')]);
    const b = write('shard-2.json', [drifted, result('/repo/c', 'in_sync')]);
    const json = await run(process.execPath, [CLI, 'drift-merge', a, b, '--format', 'json'], temp.dir, process.env);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(validate(DRIFT_REPORT_SCHEMA, report)).toEqual([]);
    expect(report.summary).toEqual({ directories: 3, inSync: 2, drifted: 1, errors: 0, resources: 1, attributes: 1 });
    expect(report.directories.map((d: { dir: string }) => d.dir)).toEqual(['/repo/a', '/repo/b', '/repo/c']);
    expect(report.directories[1].notes[0].attribute).toBe('agent_ended_session_routing');
    const text = await run(process.execPath, [CLI, 'drift-merge', a, b], temp.dir, process.env);
    expect(text.stdout).toContain('drift: 1 of 3 directories drifted, 0 failed');
    const failed = write('shard-3.json', [result('/repo/d', 'error', { error: 'terraform init failed in /repo/d: …', checked: [] })]);
    expect((await run(process.execPath, [CLI, 'drift-merge', a, b, failed, '--format', 'junit'], temp.dir, process.env)).code).toBe(1);
    expect((await run(process.execPath, [CLI, 'drift-merge', a], temp.dir, process.env)).code).toBe(0);
  });

  it('refuses overlapping shards and files that are not drift reports', async () => {
    const a = write('again-1.json', [result('/repo/a', 'in_sync')]);
    const b = write('again-2.json', [result('/repo/a', 'in_sync')]);
    expect(() => mergeReports([{ source: a, report: JSON.parse(JSON.stringify(driftReport([result('/repo/a', 'in_sync')]))) }, { source: b, report: driftReport([result('/repo/a', 'in_sync')]) }])).toThrow(
      '/repo/a is in two reports',
    );
    writeFileSync(join(temp.dir, 'other.json'), '{"kind":"something-else"}');
    const other = await run(process.execPath, [CLI, 'drift-merge', join(temp.dir, 'other.json')], temp.dir, process.env);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('is not a zendesk-messaging drift report');
    const missing = await run(process.execPath, [CLI, 'drift-merge', join(temp.dir, 'nope.json')], temp.dir, process.env);
    expect(missing.stderr).toContain('cannot read');
    const short = await run(process.execPath, [CLI, 'drift-merge', a, '--expect', '2'], temp.dir, process.env);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('expected 2 shard reports, got 1');
  });
});
