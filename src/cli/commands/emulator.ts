import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import type { AssumptionOverrides, OAuthClient } from '../../emulator';
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_API_TOKEN, DEFAULT_OAUTH_CLIENT } from '../../emulator/defaults';
import { collect, wholeNumber } from '../options';

/** `--assumptions FILE`: a JSON object renaming what the emulator assumes, e.g. {"subjects": {"statusCategory": "…"}}. */
function readAssumptions(file: string | undefined): AssumptionOverrides | undefined {
  if (file === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`--assumptions ${file}: ${(err as Error).message}`);
  }
  const sections = ['subjects', 'values', 'nativeMessagingVia'];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(parsed) || Object.entries(parsed).some(([k, v]) => !sections.includes(k) || !isObject(v) || Object.values(v).some((x) => typeof x !== 'string'))) {
    throw new Error(`--assumptions ${file}: expected a JSON object with "subjects", "values" or "nativeMessagingVia", each mapping names to strings`);
  }
  return parsed as AssumptionOverrides;
}

/** `--legacy acme --legacy beta,gamma`: each occurrence names one account or a comma-separated list of them. */
const collectAccounts = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((name) => name.trim()).filter(Boolean)];

function parseClient(spec: string): OAuthClient {
  const at = spec.indexOf(':');
  if (at <= 0 || at === spec.length - 1) throw new Error(`--oauth-client expects ID:SECRET, got "${spec}"`);
  return { id: spec.slice(0, at), secret: spec.slice(at + 1) };
}

export function registerEmulatorCommand(program: Command): void {
  program
    .command('emulator')
    .description('Run the local Zendesk admin API emulator (accounts live under http://127.0.0.1:PORT/<account>).')
    .option('--port <n>', 'port to listen on (0 = any free port)', wholeNumber(0, 65535), 8080)
    .option('--data <dir>', 'persist accounts in this directory (atomic writes; survives kill -9)')
    // Secrets from the environment too, so that they need not show in `ps`.
    .addOption(new Option('--api-token <token>', 'accept this API token (repeatable)').env('ZENDESK_EMULATOR_API_TOKEN').argParser(collect))
    .addOption(
      new Option('--oauth-client <id:secret>', 'accept this OAuth client for the client credentials grant (repeatable)').env('ZENDESK_EMULATOR_OAUTH_CLIENT').argParser(collect),
    )
    .option('--token-ttl <seconds>', 'lifetime of OAuth access tokens whose grant asks for none (Zendesk: 1800)', wholeNumber(1), DEFAULT_ACCESS_TOKEN_TTL_SECONDS)
    .option('--rate-limit <perMinute>', 'requests per minute per account before 429', wholeNumber(1), 700)
    .option('--rate-limit-window <seconds>', 'length of a rate-limit window (Zendesk: 60; shorter for tests and benchmarks)', wholeNumber(1), 60)
    .option('--sandbox-account <name>', 'make this account a sandbox: GET /api/v2/account answers sandbox: true (repeatable; others are production)', collect)
    .option('--assumptions <file>', "JSON renaming the API names the emulator assumes where no recording shows Zendesk's (messaging subjects and values, Status category, the messaging via id)")
    .option('--without-audit-logs <account>', 'answer as a non-Enterprise account: its audit-log API is refused with 403 (repeatable)', collect)
    .option(
      '--legacy <accounts>',
      'create these accounts as legacy ones: messaging enabled before agents could end sessions, so agents cannot end sessions until ' +
        'messaging_end_session is turned on (repeatable, or a comma-separated list; applies when an account is first created, ' +
        'not to one the --data directory already holds)',
      collectAccounts,
    )
    .action(async (opts: { port: number; data?: string; apiToken?: string[]; oauthClient?: string[]; tokenTtl: number; rateLimit: number; rateLimitWindow: number; sandboxAccount?: string[]; assumptions?: string; withoutAuditLogs?: string[]; legacy?: string[] }) => {
      const oauthClients = (opts.oauthClient ?? []).map(parseClient);
      const { startEmulator } = await import('../../emulator');
      const emulator = await startEmulator({
        port: opts.port,
        dataDir: opts.data,
        apiTokens: opts.apiToken,
        oauthClients,
        accessTokenTtlSeconds: opts.tokenTtl,
        rateLimitPerMinute: opts.rateLimit,
        rateLimitWindowMs: opts.rateLimitWindow * 1000,
        assumptions: readAssumptions(opts.assumptions),
        sandboxAccounts: opts.sandboxAccount,
        accountsWithoutAuditLogs: opts.withoutAuditLogs,
        legacyAccounts: opts.legacy,
        log: (line) => process.stderr.write(`${line}\n`),
      });
      const defaults = !opts.apiToken?.length && !oauthClients.length;
      const lines = [
        `Zendesk admin API emulator listening on ${emulator.url}`,
        `  account API root: ${emulator.accountUrl('acme')} (any account name works; created on first use)`,
        defaults
          ? `  credentials: OAuth client ${DEFAULT_OAUTH_CLIENT.id} / ${DEFAULT_OAUTH_CLIENT.secret}, or API token ${DEFAULT_API_TOKEN} with any email`
          : `  credentials: ${[...(opts.apiToken ?? []).map(() => 'API token (as given)'), ...oauthClients.map((c) => `OAuth client ${c.id}`)].join(', ')}`,
        `  data: ${opts.data ?? 'in memory'}`,
        ...(opts.sandboxAccount?.length ? [`  sandbox accounts: ${opts.sandboxAccount.join(', ')} (every other account is production)`] : []),
        ...(opts.legacy?.length ? [`  legacy accounts: ${opts.legacy.join(', ')} (agents cannot end sessions until messaging_end_session is on)`] : []),
        `  control API: ${emulator.url}/__emulator/ (loopback only)`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      const stop = () => {
        emulator.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
