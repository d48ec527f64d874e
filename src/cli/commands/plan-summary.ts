import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';

export function registerPlanSummaryCommand(program: Command): void {
  program
    .command('plan-summary')
    .description('Render a saved plan as a Markdown pull-request comment: what changes, per account and setting, in plain words.')
    .option('--plan <file>', 'the output of `terraform show -json <planfile>`')
    .option('--dir <dir>', 'a Terraform working directory (with --plan-file): runs `terraform show -json` itself')
    .option('--plan-file <file>', 'a saved plan (terraform plan -out) in --dir')
    .option('--out <file>', 'write the Markdown to a file instead of stdout')
    .action(async (opts: { plan?: string; dir?: string; planFile?: string; out?: string }) => {
      const { renderPlanSummary } = await import('../plan-summary/render');
      let json: string;
      if (opts.plan) json = readFileSync(resolve(opts.plan), 'utf8');
      else if (opts.dir && opts.planFile) {
        const { errorTail, terraform } = await import('../terraform-exec');
        const shown = await terraform(['show', '-json', opts.planFile], resolve(opts.dir));
        if (shown.code !== 0) throw new Error(`terraform show -json failed:\n${errorTail(shown)}`);
        json = shown.stdout;
      } else throw new Error('give --plan FILE (terraform show -json output), or --dir DIR with --plan-file PLAN');
      const markdown = renderPlanSummary(JSON.parse(json));
      if (opts.out) writeFileSync(opts.out, markdown);
      else process.stdout.write(markdown);
    });
}
