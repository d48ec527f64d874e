/**
 * Real Zendesk status ids are 13-digit integers (8001424138749): above 2^32, so
 * they travel as msgpack uint64, yet far below 2^53, so they are exact. Such an
 * id must plan, apply and read back with no diff, with the real terraform.
 */
import { PENDING_STATUS_ID, SOLVED_STATUS_ID } from '../../src/emulator/settings/defaults';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import type { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

describe('zendesk_messaging_settings with Zendesk-sized ids (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  let ws: TerraformWorkspace;

  beforeAll(async () => {
    ws = await env.workspace({
      'main.tf':
        REQUIRED_PROVIDERS +
        providerBlock({ baseUrl: env.emulator.accountUrl('acme'), extra: ['oauth_client_id = "emulator-client"'] }) +
        settingsResource('acme', [
          'inactivity = {',
          `  ticket_status_id = ${SOLVED_STATUS_ID}`,
          `  reminders = [{ message = "Still there?" }, { message = "Closing soon", timeout_seconds = 60, ticket_status_id = ${PENDING_STATUS_ID} }]`,
          '}',
        ]),
    });
  });

  it('plans the exact ids, applies them, and plans no changes afterwards', async () => {
    expect(SOLVED_STATUS_ID).toBeGreaterThan(2 ** 32);
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain(`+ ticket_status_id = ${SOLVED_STATUS_ID}`);
    expect(plan.stdout).toContain(`+ ticket_status_id = ${PENDING_STATUS_ID}`);

    await ws.applyOrThrow();
    const inactivity = (await env.emulator.control.settings('acme')).messaging_inactivity;
    expect(inactivity.ticket_status_id).toBe(SOLVED_STATUS_ID);
    expect((inactivity.reminders as unknown[])[1]).toMatchObject({ timeout: 60, ticket_status_id: PENDING_STATUS_ID });

    const again = await ws.plan();
    expect(again.output).toContain('No changes.');
    expect(again.code).toBe(0);
  });
});
