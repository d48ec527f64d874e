import { execFile } from 'node:child_process';

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs a command to completion; never throws for a non-zero exit (the demo decides what a code means). */
export function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(new Error(`${command} could not be started: ${error.message}`));
      resolve({ code: error ? (error.code as number) : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** Fails the demo with terraform's own words when a step did not end as expected. */
export function expectCode(result: CommandResult, expected: number[], what: string): CommandResult {
  if (!expected.includes(result.code)) throw new Error(`${what} exited with ${result.code}:\n${result.output}`);
  return result;
}
