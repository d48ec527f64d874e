import type { EmulatorControl } from '../../src/emulator';

/** Requests the emulator saw for one account, method and path below the account root (failed ones included). */
export async function countOf(control: EmulatorControl, account: string, method: string, path: string): Promise<number> {
  return (await control.requests()).counts
    .filter((c) => c.account === account && c.method.toUpperCase() === method && c.path.replace(/\.json$/, '') === path)
    .reduce((sum, c) => sum + c.count, 0);
}
