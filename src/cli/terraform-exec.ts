import { execFile } from 'node:child_process';

export interface TerraformResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ProcessResult extends TerraformResult {
  /** Set when the command could not be started at all (not on PATH, not executable); code is then 127. */
  startError?: string;
}

/** Runs a command to completion; never throws for an exit code (callers decide what it means). */
export function runProcess(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<ProcessResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') resolve({ code: 127, stdout, stderr, startError: error.message });
      else resolve({ code: error ? (error.code as unknown as number) : 0, stdout, stderr });
    });
  });
}

/** Runs the real terraform binary (never throws for an exit code: callers decide what it means). */
export async function terraform(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<TerraformResult> {
  const { code, stdout, stderr, startError } = await runProcess('terraform', args, cwd, { ...env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' });
  return { code, stdout, stderr: startError ? `terraform could not be started (${startError}): install Terraform and put it on PATH.` : stderr };
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * What a reader needs from terraform's failure output: its diagnostics from
 * the first "Error:" on (the lock holder, the API's message, …), without the
 * box drawing and pages of log; the last lines when there is no diagnostic.
 */
export function errorTail(result: TerraformResult, maxLines = 20): string {
  const lines = (result.stderr.trim() || result.stdout.trim())
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.replace(/^[│╷╵]\s?/, '').trimEnd())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
  const first = lines.findIndex((l) => /^Error: /.test(l));
  const picked = first === -1 ? lines.slice(-12) : lines.slice(first, first + maxLines);
  const hint = installHint(lines.join('\n'));
  return [picked.join('\n').trim(), ...(hint ? [hint] : [])].join('\n');
}

/**
 * Terraform looks for zendesk-iac/zendesk on the public registry, where it is not published: it must come from a
 * filesystem mirror (`install-provider`'s, or a packed one of `package`'s zips). Terraform's errors say only that the
 * registry failed, or that nothing is installed, so we say what to do. Each pattern is an error terraform 1.11 prints
 * for our provider (another provider's failure gets no hint about ours).
 */
const INSTALL_HINTS: { when: RegExp; hint: string }[] = [
  {
    // `terraform providers lock` / `providers mirror`: they ask the origin registry and ignore the CLI config's mirrors.
    when: /(Could not retrieve providers for locking|Provider not available)[\s\S]*zendesk-iac\/zendesk/,
    hint:
      '`terraform providers lock` and `terraform providers mirror` fetch zendesk-iac/zendesk from its origin registry, which does not have it, ' +
      'whatever the CLI config says. Lock from a mirror instead: `terraform providers lock -fs-mirror=DIR`, DIR being the mirror ' +
      '`npx zendesk-messaging install-provider` writes, or a packed mirror of the zips `zendesk-messaging package` writes.',
  },
  {
    // Initialised elsewhere (a plan or .terraform.lock.hcl from another job), never here.
    when: /there is no package for registry\.terraform\.io\/zendesk-iac\/zendesk \S+ cached in \.terraform\/providers/,
    hint:
      'The zendesk-iac/zendesk provider is not installed in this working directory (nothing in .terraform/providers). Run ' +
      '`npx zendesk-messaging install-provider` and do what it prints (on a CI runner, `--out DIR` and TF_CLI_CONFIG_FILE=DIR/terraformrc), then terraform init there.',
  },
  {
    when: /(Failed to query available provider packages|Failed to install provider|Required plugins are not installed|Inconsistent dependency lock file)[\s\S]*zendesk-iac\/zendesk/,
    hint:
      'terraform cannot install the zendesk-iac/zendesk provider (it is not on the public registry). Run ' +
      '`npx zendesk-messaging install-provider` and do what it prints (on a CI runner, `--out DIR` and TF_CLI_CONFIG_FILE=DIR/terraformrc), then terraform init.',
  },
];

export function installHint(terraformOutput: string): string | undefined {
  const text = terraformOutput.replace(ANSI, '');
  const found = INSTALL_HINTS.find(({ when }) => when.test(text));
  return found && `Hint: ${found.hint}`;
}
