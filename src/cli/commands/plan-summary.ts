import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeOutput } from '../options';
import type { PlanJson } from '../report/plan-json';

interface PlanSummaryOptions {
  plan?: string[];
  dir?: string[];
  planFile?: string;
  title?: string;
  out?: string;
}

/** Reads `terraform show -json` output, saying what is wrong with a file that is not one. */
function parsePlan(json: string, source: string): PlanJson {
  let plan: PlanJson;
  try {
    plan = JSON.parse(json) as PlanJson;
  } catch (err) {
    throw new Error(`${source} is not JSON (${(err as Error).message}): give the output of \`terraform show -json PLANFILE\`.`);
  }
  if (typeof plan !== 'object' || plan === null || typeof plan.format_version !== 'string') {
    throw new Error(`${source} is not \`terraform show -json\` output (no format_version).`);
  }
  if (plan.values !== undefined && plan.planned_values === undefined) {
    throw new Error(`${source} is a state, not a plan: save the plan with \`terraform plan -out=tfplan\` and give \`terraform show -json tfplan\`.`);
  }
  return plan;
}

const nameOf = (file: string) => basename(file).replace(/\.json$/, '').replace(/\.tfplan$/, '');

/** Short names (file or directory names) unless two are the same; then the paths as given. */
function named(sources: string[], short: (s: string) => string): string[] {
  const names = sources.map(short);
  return new Set(names).size === names.length ? names : sources;
}

async function loadPlans(opts: PlanSummaryOptions): Promise<{ name: string; plan: PlanJson }[]> {
  if (opts.plan?.length) {
    const names = named(opts.plan, nameOf);
    return opts.plan.map((file, i) => {
      let text: string;
      try {
        text = readFileSync(resolve(file), 'utf8');
      } catch (err) {
        throw new Error(`cannot read --plan ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      return { name: names[i], plan: parsePlan(text, file) };
    });
  }
  if (opts.dir?.length && opts.planFile) {
    const { errorTail, terraform } = await import('../terraform-exec');
    const planFile = opts.planFile;
    const names = named(opts.dir, (d) => basename(resolve(d)));
    return Promise.all(
      opts.dir.map(async (dir, i) => {
        const shown = await terraform(['show', '-json', planFile], resolve(dir));
        if (shown.code !== 0) throw new Error(`terraform show -json ${planFile} failed in ${dir}:\n${errorTail(shown)}`);
        return { name: names[i], plan: parsePlan(shown.stdout, `terraform show -json ${planFile} in ${dir}`) };
      }),
    );
  }
  throw new Error('give --plan FILE (the output of `terraform show -json PLANFILE`), or --dir DIR with --plan-file PLANFILE');
}

export function registerPlanSummaryCommand(program: Command): void {
  program
    .command('plan-summary')
    .description('Render saved plans as one Markdown pull-request comment: what changes, per Zendesk account and setting, in plain words.')
    .option('--plan <files...>', 'the output of `terraform show -json PLANFILE`; several files (one per stack) make one comment')
    .option('--dir <dirs...>', 'Terraform working directories (with --plan-file): runs `terraform show -json` itself')
    .option('--plan-file <file>', 'the saved plan (terraform plan -out=FILE) inside each --dir')
    .option('--title <text>', 'the comment heading')
    .option('--out <file>', 'write the Markdown to a file instead of stdout')
    .action(async (opts: PlanSummaryOptions) => {
      const { renderPlanSummary } = await import('../plan-summary/render');
      const plans = await loadPlans(opts);
      const markdown = renderPlanSummary(plans.length === 1 ? plans[0].plan : plans, { title: opts.title });
      if (opts.out) writeOutput(opts.out, markdown);
      else process.stdout.write(markdown);
    });
}
