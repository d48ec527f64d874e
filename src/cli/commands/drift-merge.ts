import { type Command, Option } from 'commander';
import { DRIFT_FORMATS as FORMATS, type DriftFormat as Format, reportSpec } from '../drift/formats';
import { wholeNumber } from '../options';
import { writeReport } from '../report/write-report';

interface MergeOptions {
  format: Format;
  out?: string;
  report?: { format: Format; file: string }[];
  expect?: number;
}

export function registerDriftMergeCommand(program: Command): void {
  program
    .command('drift-merge')
    .description('Combine the JSON reports of a sharded drift run (drift --shard K/N) into one report, with one exit code: 0 in sync, 2 drift, 1 error.')
    .argument('<reports...>', 'JSON drift reports (drift --format json --out FILE), one per shard')
    .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('text'))
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--report <format=file>', 'also write the merged report as FORMAT to FILE, e.g. markdown=drift.md (repeatable)', reportSpec)
    .option('--expect <n>', 'the number of shards: fewer reports (a shard that failed before it could report) is an error', wholeNumber(1))
    .action(async (files: string[], opts: MergeOptions) => {
      if (opts.expect !== undefined && files.length !== opts.expect) {
        throw new Error(
          `expected ${opts.expect} shard reports, got ${files.length} (${files.join(', ')}): a shard that failed before it ` +
            'could report leaves stacks unchecked; see that shard\'s job.',
        );
      }
      const { mergeReports } = await import('../drift/merge');
      const { RENDERERS } = await import('../drift/render');
      const { exitCodeFor } = await import('../drift/summary');
      const { readJsonFile } = await import('../report/read-input');
      const reports = files.map((file) => ({ source: file, report: readJsonFile(file, 'a JSON drift report (drift --format json --out FILE)') }));
      const results = mergeReports(reports);
      const rendered = RENDERERS[opts.format](results);
      if (opts.out) writeReport(opts.out, rendered, '--out');
      else process.stdout.write(rendered);
      for (const extra of opts.report ?? []) writeReport(extra.file, RENDERERS[extra.format](results), `--report ${extra.format}=…`);
      process.exitCode = exitCodeFor(results);
    });
}
