import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DRIFT_FORMATS as FORMATS, type DriftFormat as Format, FLEET_FORMATS, reportSpec } from '../drift/formats';
import { parseShard } from '../drift/shard';
import { collect, wholeNumber } from '../options';
import { writeReport } from '../report/write-report';

/** `--shard K/N`, checked while parsing so a typo fails before any terraform runs. */
function shardOption(value: string): string {
  try {
    parseShard(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
  return value;
}

/** How far back attribution looks by default: a nightly run's window with room for a missed night or a weekend. */
const DEFAULT_SINCE_DAYS = 7;

/** The start of the default attribution window (`--since 7d`), for drift and the demo alike. */
export const defaultAttributionSince = (now = Date.now()) => new Date(now - DEFAULT_SINCE_DAYS * 86_400_000);

/** `--since 7d` (d, h or m ago) or an ISO 8601 time: the start of the audit-log window attribution looks in. */
export function sinceOption(value: string, now = Date.now()): Date {
  const ago = /^(\d+)([dhm])$/.exec(value.trim());
  if (ago) return new Date(now - Number(ago[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[ago[2] as 'd' | 'h' | 'm']);
  const at = Date.parse(value);
  if (Number.isNaN(at) || !/^\d{4}-\d\d-\d\d/.test(value)) throw new InvalidArgumentError(`expected a duration such as 7d, 24h or 30m, or an ISO 8601 time, got "${value}"`);
  if (at > now) throw new InvalidArgumentError(`${value} is in the future`);
  return new Date(at);
}

interface DriftOptions {
  dir?: string[];
  format: Format;
  out?: string;
  report?: { format: Format; file: string }[];
  parallel: number;
  jsonSchema?: boolean;
  /** commander's `--no-host`: false when given. */
  host: boolean;
  shard?: string;
  since?: Date;
  /** commander's `--no-attribution`: false when given. */
  attribution: boolean;
  accounts?: boolean;
}

export function registerDriftCommand(program: Command): void {
  program
    .command('drift')
    .description(
      'Detect drift: a plan of each Terraform working directory (or synthesized CDKTF stack) with the real terraform, ' +
        'reporting exactly what it would change, and whether Zendesk or the configuration changed it. ' +
        'Exit 0 = in sync, 2 = drift, 1 = error.',
    )
    .option('--dir <dir>', 'a Terraform working directory, a cdktf.out/stacks/<stack>, or a CDKTF app directory (all its stacks); repeatable', collect)
    .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('text'))
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--report <format=file>', 'also write the same run as FORMAT to FILE, e.g. markdown=drift.md (repeatable)', reportSpec)
    .option('--parallel <n>', 'directories checked at the same time', wholeNumber(1), 4)
    .option('--no-host', 'start a provider process per terraform command instead of one warm provider host for the run')
    .option('--shard <k/n>', 'check only the K-th of N stable shares of the directories (a CI matrix); merge the JSON reports with drift-merge', shardOption)
    .option('--since <when>', "look in Zendesk's audit log for who made each drift from this time on: 7d, 24h, 30m or an ISO 8601 time (default 7d)", (v) => sinceOption(v))
    .option('--no-attribution', "do not read Zendesk's audit log (Enterprise) for who made each drift")
    .option('--accounts', 'look up every account (GET /api/v2/account: sandbox or production) for the fleet view, also for json reports that drift-merge renders later (on with markdown and html; off with --no-attribution)')
    .option('--json-schema', 'print the JSON Schema of --format json and exit')
    .addHelpText(
      'after',
      '\nTerraform runs with the environment as given: its CLI configuration, plugin cache,\n' +
        'credentials, and e.g. TF_CLI_ARGS_plan="-lock-timeout=5m" to wait for a state lock held by another run.',
    )
    .action(async (opts: DriftOptions) => {
      if (opts.jsonSchema) {
        const { DRIFT_REPORT_SCHEMA } = await import('../drift/render-json');
        process.stdout.write(`${JSON.stringify(DRIFT_REPORT_SCHEMA, null, 2)}\n`);
        return;
      }
      if (!opts.dir?.length) throw new Error('give at least one --dir (a Terraform working directory, a synthesized CDKTF stack or a CDKTF app)');
      const { expandDirectories } = await import('../drift/directories');
      const { checkAll } = await import('../drift/pool');
      const { exitCodeFor } = await import('../drift/summary');
      const { RENDERERS } = await import('../drift/render');
      const { progressReporter } = await import('../drift/progress');
      const { inShard } = await import('../drift/shard');
      const all = expandDirectories(opts.dir.map((d) => resolve(d)));
      const dirs = opts.shard ? inShard(all, parseShard(opts.shard)) : all;
      // One warm provider for every terraform command of the run (see provider-host.ts); --no-host: normal starts.
      const host = opts.host ? await (await import('../provider-host')).startProviderHost(process.env) : undefined;
      let results;
      try {
        const attributionSince = opts.attribution ? (opts.since ?? defaultAttributionSince()) : undefined;
        // The fleet view names every account and marks sandboxes: one more terraform command per in-sync directory, so only when asked for.
        const fleet = [opts.format, ...(opts.report ?? []).map((r) => r.format)].some((f) => FLEET_FORMATS.includes(f));
        const accountDetails = opts.attribution && (opts.accounts === true || fleet);
        results = await checkAll(dirs, opts.parallel, progressReporter(), process.env, { reattach: host?.env, attributionSince, accountDetails });
      } finally {
        const died = host?.exit;
        await host?.stop();
        if (died) process.stderr.write(`zendesk-messaging drift: ${host!.describeExit()}; the checks it served failed (run with --no-host to avoid it).\n`);
      }
      const main = RENDERERS[opts.format](results);
      if (opts.out) writeReport(opts.out, main, '--out');
      else process.stdout.write(main);
      for (const extra of opts.report ?? []) writeReport(extra.file, RENDERERS[extra.format](results), `--report ${extra.format}=${extra.file}`);
      process.exitCode = exitCodeFor(results);
    });
}
