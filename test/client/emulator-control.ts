import { type EmulatorControl, type EmulatorHandle, startEmulator } from '../../src/emulator';

/** Requests the emulator saw for one account, method and path below the account root (failed ones included). */
export async function countOf(control: EmulatorControl, account: string, method: string, path: string): Promise<number> {
  return (await control.requests()).counts
    .filter((c) => c.account === account && c.method.toUpperCase() === method && c.path.replace(/\.json$/, '') === path)
    .reduce((sum, c) => sum + c.count, 0);
}

/**
 * One in-process emulator for a test file, with faults and accounts reset
 * before each test. Its fields are set in beforeAll, so read them in tests.
 */
export function sharedEmulator(): { emu: EmulatorHandle; control: EmulatorControl } {
  const shared = {} as { emu: EmulatorHandle; control: EmulatorControl };
  beforeAll(async () => {
    shared.emu = await startEmulator({ port: 0 });
    shared.control = shared.emu.control;
  });
  afterAll(() => shared.emu.close());
  beforeEach(async () => {
    await shared.control.clearFaults();
    await shared.control.reset();
  });
  return shared;
}
