import { runProcess } from '../terraform-exec';

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs a command to completion; never throws for a non-zero exit (the demo decides what a code means). */
export async function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const { code, stdout, stderr, startError } = await runProcess(command, args, cwd, env);
  if (startError) throw new Error(`${command} could not be started: ${startError}`);
  return { code, output: `${stdout}${stderr}` };
}

/** Fails the demo with terraform's own words when a step did not end as expected. */
export function expectCode(result: CommandResult, expected: number[], what: string): CommandResult {
  if (!expected.includes(result.code)) throw new Error(`${what} exited with ${result.code}:\n${result.output}`);
  return result;
}
