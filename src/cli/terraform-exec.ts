import { execFile } from 'node:child_process';

export interface TerraformResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real terraform binary (never throws for an exit code: callers decide what it means). */
export function terraform(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<TerraformResult> {
  return new Promise((resolve) => {
    execFile(
      'terraform',
      args,
      { cwd, env: { ...env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
        resolve({ code, stdout, stderr: code === 127 && !stderr ? `terraform could not be started: ${error?.message}` : stderr });
      },
    );
  });
}

/** The end of terraform's error output: what a reader needs, without pages of log. */
export function errorTail(result: TerraformResult, lines = 12): string {
  const text = (result.stderr.trim() || result.stdout.trim()).split('\n').filter((l) => l.trim() !== '');
  return text.slice(-lines).join('\n');
}
