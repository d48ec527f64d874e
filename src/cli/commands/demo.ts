import type { Command } from 'commander';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Run the whole story against the local emulator: plan, apply, out-of-band change, drift, heal, in sync.')
    .action(async () => {
      const { runDemo } = await import('../demo/demo');
      await runDemo();
    });
}
