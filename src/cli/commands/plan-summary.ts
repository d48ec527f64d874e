import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeOutput } from '../options';
import type { NamedPlan } from '../plan-summary/render';
import type { PlanJson } from '../report/plan-json';

interface PlanSummaryOptions {
  plan?: string[];
  dir?: string[];
  planFile?: string;
  planLog?: string[];
  /** commander's `--no-host`. */
  host: boolean;
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

function readFile(file: string, option: string): string {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${option} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

const stemOf = (file: string) => basename(file).replace(/\.(json|jsonl|log|tfplan)$/, '');

/**
 * Which `terraform plan -json` log belongs to which plan: the one with the same
 * file name stem (`acme.json` ↔ `acme.log`); with one plan, its only log.
 */
function logsFor(plans: string[], logs: string[]): (string | undefined)[] {
  if (plans.length === 1 && logs.length === 1) return logs;
  const unmatched = logs.filter((log) => !plans.some((p) => stemOf(p) === stemOf(log)));
  if (unmatched.length) throw new Error(`--plan-log ${unmatched[0]} matches no --plan file by name (e.g. acme.json and acme.log belong together)`);
  return plans.map((p) => logs.find((log) => stemOf(log) === stemOf(p)));
}

async function loadPlans(opts: PlanSummaryOptions): Promise<NamedPlan[]> {
  const { parseDiagnostics, providerNotes } = await import('../report/terraform-log');
  const notesOf = (log: string | undefined, option: string) => (log === undefined ? undefined : providerNotes(parseDiagnostics(readFile(log, option))));
  if (opts.plan?.length) {
    const names = named(opts.plan, nameOf);
    const logs = logsFor(opts.plan, opts.planLog ?? []);
    return opts.plan.map((file, i) => ({ name: names[i], plan: parsePlan(readFile(file, '--plan'), file), notes: notesOf(logs[i], '--plan-log') }));
  }
  if (opts.dir?.length && opts.planFile) {
    const { errorTail, installHint, terraform } = await import('../terraform-exec');
    const planFile = opts.planFile;
    const names = named(opts.dir, (d) => basename(resolve(d)));
    // `terraform show` starts the provider for its schema: one warm host serves every directory's (--no-host: normal starts).
    const host = opts.host ? await (await import('../provider-host')).startProviderHost(process.env) : undefined;
    const env = { ...process.env, ...host?.env };
    return Promise.all(
      opts.dir.map(async (dir, i) => {
        const shown = await terraform(['show', '-json', planFile], resolve(dir), env);
        if (shown.code !== 0) {
          // With the host, terraform installs nothing for `show` (a reattached provider), so a plan from another job works as it is.
          const instead = !host && installHint(shown.stderr) ? '\nOr leave out --no-host: plan-summary\'s provider host needs no provider installed.' : '';
          throw new Error(`terraform show -json ${planFile} failed in ${dir}:\n${errorTail(shown)}${instead}`);
        }
        const log = opts.planLog?.[0] === undefined ? undefined : resolve(dir, opts.planLog[0]);
        return { name: names[i], plan: parsePlan(shown.stdout, `terraform show -json ${planFile} in ${dir}`), notes: notesOf(log, '--plan-log') };
      }),
    ).finally(() => host?.stop());
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
    .option(
      '--plan-log <files...>',
      'the output of `terraform plan -json -out=…` for the same plans, for the provider\'s warnings (e.g. a dormant setting), ' +
        'which a saved plan does not keep: paired with --plan files by name (acme.json ↔ acme.log), or a file name inside each --dir',
    )
    .option('--no-host', 'with --dir: let terraform start a provider per `terraform show` instead of one warm provider host')
    .option('--title <text>', 'the comment heading')
    .option('--out <file>', 'write the Markdown to a file instead of stdout')
    .action(async (opts: PlanSummaryOptions) => {
      const { renderPlanSummary } = await import('../plan-summary/render');
      const plans = await loadPlans(opts);
      const markdown = renderPlanSummary(plans, { title: opts.title });
      if (opts.out) writeOutput(opts.out, markdown);
      else process.stdout.write(markdown);
    });
}
