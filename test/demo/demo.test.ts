/** `npm run demo` is the README's main command: it must run end to end and end "in sync". */
import { join } from 'node:path';
import { run } from '../support/terraform';

it('runs the demo end to end against the emulator and ends in sync', async () => {
  const cli = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
  const result = await run(process.execPath, [cli, 'demo'], join(__dirname, '..', '..'), { ...process.env, TF_CLI_CONFIG_FILE: undefined });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  // The plan summary in terminal words: no Markdown markers.
  expect(result.stdout).toContain('Zendesk messaging: plan summary\n  ───');
  expect(result.stdout).not.toMatch(/\*\*|<sub>|^\s*##/m);
  expect(result.stdout).toContain('(adopted, not duplicated), ANY conditions: 2');
  expect(result.stdout).toContain('drift: 1 of 1 directory drifted');
  expect(result.stdout).toContain('Tickets of agent-ended sessions are routed as: email tickets → messaging tickets');
  expect(result.stdout).toContain('exit code 2: drift');
  // Who drifted it, from the emulator's audit log of the admin's change.
  expect(result.stdout).toMatch(/changed by Dana Admin at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: Disabled/);
  expect(result.stdout).toContain('Effect: Tickets of sessions an agent ends will be routed as email tickets');
  // The heal says what it wrote back.
  expect(result.stdout).toContain('Tickets of agent-ended sessions are routed as: messaging tickets → email tickets again');
  expect(result.stdout).toContain('API writes: 1× PUT /api/v2/account/settings');
  expect(result.stdout).toMatch(/✔ in sync \(\d+\.\d s\)\n$/);
}, 120_000);
