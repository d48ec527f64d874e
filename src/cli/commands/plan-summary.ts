import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeReport } from '../report/write-report';
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

const PLAN_JSON = 'the output of `terraform show -json PLANFILE`';
const PLAN_LOG = 'the output of `terraform plan -json -out=PLANFILE` (one JSON message a line)';

/** A `terraform show -json` document, checked field by field (validate-plan-json.ts); `source` names where it came from. */
async function parsePlan(json: string, source: string): Promise<PlanJson> {
  const { parseJsonText } = await import('../report/read-input');
  const { readPlanJson } = await import('../report/validate-plan-json');
  return readPlanJson(parseJsonText(json, source, PLAN_JSON), source);
}

/** A plan's `-json` log: every line terraform writes there is a JSON object with a "type"; a file with none is another file. */
async function readPlanLog(file: string): Promise<string> {
  const { InputError } = await import('../report/input-shape');
  const { readInputFile } = await import('../report/read-input');
  const log = readInputFile(file, PLAN_LOG);
  const isMessage = (line: string) => {
    try {
      const message: unknown = JSON.parse(line);
      return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
    } catch {
      return false;
    }
  };
  if (!log.split('\n').some((line) => line.startsWith('{') && isMessage(line))) {
    throw new InputError(`--plan-log ${file} is ${log.trim() ? 'not' : 'empty, not'} ${PLAN_LOG}: save it with \`terraform plan -json -out=PLANFILE > plan.log\`.`);
  }
  return log;
}

const nameOf = (file: string) => basename(file).replace(/\.json$/, '').replace(/\.tfplan$/, '');

/** Short names (file or directory names) unless two are the same; then the paths as given. */
function named(sources: string[], short: (s: string) => string): string[] {
  const names = sources.map(short);
  return new Set(names).size === names.length ? names : sources;
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
  const { readInputFile } = await import('../report/read-input');
  const notesOf = async (log: string | undefined) => (log === undefined ? undefined : providerNotes(parseDiagnostics(await readPlanLog(log))));
  if (opts.plan?.length) {
    const names = named(opts.plan, nameOf);
    const logs = logsFor(opts.plan, opts.planLog ?? []);
    const plans: NamedPlan[] = [];
    for (const [i, file] of opts.plan.entries()) plans.push({ name: names[i], plan: await parsePlan(readInputFile(file, PLAN_JSON), file), notes: await notesOf(logs[i]) });
    return plans;
  }
  if (opts.dir?.length && opts.planFile) {
    const { errorTail, installHint, terraform } = await import('../terraform-exec');
    const planFile = opts.planFile;
    const logs = opts.planLog ?? [];
    if (logs.length && logs.length !== opts.dir.length) {
      throw new Error(`give one --plan-log per --dir, in the same order (${opts.dir.length} --dir, ${logs.length} --plan-log)`);
    }
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
        // Like every path on the command line, a log is relative to where the command runs (not to --dir); one per --dir, in order.
        const log = logs[i] === undefined ? undefined : resolve(logs[i]);
        return { name: names[i], plan: await parsePlan(shown.stdout, `terraform show -json ${planFile} in ${dir}`), notes: await notesOf(log) };
      }),
    ).finally(() => host?.stop());
  }
  throw new Error('give --plan FILE (the output of `terraform show -json PLANFILE`), or --dir DIR with --plan-file PLANFILE');
}

/**
 * The summary; should a checked plan still hold a value the wording cannot describe, the answer names the plan, not
 * the JavaScript error (which would mean nothing to the reader of a workflow log).
 */
function summaryOf(render: typeof import('../plan-summary/render').renderPlanSummary, plans: NamedPlan[], title: string | undefined): string {
  try {
    return render(plans, { title });
  } catch {
    const failing = plans.filter((p) => {
      try {
        render([p]);
        return false;
      } catch {
        return true;
      }
    });
    throw new Error(
      `cannot summarize ${failing.map((p) => p.name).join(', ') || 'these plans'}: a value in it has a shape zendesk-messaging does not describe. ` +
        'Give the unchanged output of `terraform show -json PLANFILE`; if it is unchanged, please report it with the plan (without secrets).',
    );
  }
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
        'which a saved plan does not keep: paired with --plan files by name (acme.json ↔ acme.log), or with --dir one per directory in order; paths are relative to the current directory',
    )
    .option('--no-host', 'with --dir: let terraform start a provider per `terraform show` instead of one warm provider host')
    .option('--title <text>', 'the comment heading')
    .option('--out <file>', 'write the Markdown to a file instead of stdout')
    .action(async (opts: PlanSummaryOptions) => {
      const { renderPlanSummary } = await import('../plan-summary/render');
      const plans = await loadPlans(opts);
      const markdown = summaryOf(renderPlanSummary, plans, opts.title);
      if (opts.out) writeReport(opts.out, markdown, '--out');
      else process.stdout.write(markdown);
    });
}
