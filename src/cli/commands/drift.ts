import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerDriftCommand(program: Command): void {
  program
    .command('drift')
    .description(
      'Detect drift: a refresh-only plan of each Terraform working directory (or synthesized CDKTF stack) with the real ' +
        'terraform. Exit 0 = in sync, 2 = drift, 1 = error.',
    )
    .requiredOption('--dir <dir>', 'a Terraform working directory, a cdktf.out/stacks/<stack>, or a CDKTF app directory (repeatable)', collect)
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'markdown', 'json', 'junit']).default('text'))
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--parallel <n>', 'directories checked at the same time', (v) => Math.max(1, Number(v) || 1), 4)
    .action(async (opts: { dir: string[]; format: 'text' | 'markdown' | 'json' | 'junit'; out?: string; parallel: number }) => {
      const { checkAll, exitCodeFor, expandDirectories } = await import('../drift/check');
      const { RENDERERS } = await import('../drift/render');
      const { progressReporter } = await import('../drift/progress');
      const dirs = expandDirectories(opts.dir.map((d) => resolve(d)));
      const results = await checkAll(dirs, opts.parallel, progressReporter());
      const report = RENDERERS[opts.format](results);
      if (opts.out) writeFileSync(opts.out, report);
      else process.stdout.write(report);
      process.exitCode = exitCodeFor(results);
    });
}
