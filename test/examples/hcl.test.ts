/** examples/hcl, as checked in, against the emulator with the real terraform. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ASSUMPTIONS } from '../../src/emulator/recorded/assumptions';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import type { TerraformWorkspace } from '../support/terraform';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'hcl');

describe('examples/hcl', () => {
  // The example's credentials are its own variables: the workspace's environment holds no other.
  const env = emulatorWithWorkspaces({}, { env: {} });
  let ws: TerraformWorkspace;

  beforeAll(async () => {
    const files = Object.fromEntries(readdirSync(EXAMPLE).filter((f) => f.endsWith('.tf')).map((f) => [f, readFileSync(join(EXAMPLE, f), 'utf8')]));
    ws = await env.workspace(files, {
      TF_VAR_api_root: env.emulator.url,
      TF_VAR_oauth_client_id: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      TF_VAR_globex_oauth_client_secret: 'emulator-secret',
    });
  });

  it('plans: two settings to create, the CSAT trigger to import and edit', async () => {
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 1 to import, 2 to add, 1 to change, 0 to destroy.');
  });

  const CSAT = 'Request customer satisfaction rating (messaging)';
  type Trigger = { id: number; title: string; conditions: { all: unknown[]; any: unknown[] } };
  let original: Trigger;
  const csatTriggers = async () => ((await env.emulator.control.triggers('acme')) as Trigger[]).filter((t) => t.title === CSAT);
  const sorted = (items: unknown[]) => items.map((i) => JSON.stringify(i)).sort();

  it('applies (the standard CSAT trigger adopted, edited per the recipe, not duplicated), then plans no changes', async () => {
    [original] = await csatTriggers();
    await ws.applyOrThrow();
    const [adopted, ...duplicates] = await csatTriggers();
    expect(duplicates).toEqual([]);
    expect(adopted.id).toBe(original.id);
    // The emulator's assumed names for "Status category" and "Messaging session ended reason: Ended by agent".
    const { subjects, values } = DEFAULT_ASSUMPTIONS;
    expect(sorted(adopted.conditions.all)).toEqual(sorted(original.conditions.all.filter((c) => (c as { field: string }).field !== subjects.statusCategory)));
    expect(sorted(adopted.conditions.any)).toEqual(
      sorted([
        { field: subjects.statusCategory, operator: 'value', value: 'solved' },
        { field: subjects.messagingSessionEndedReason, operator: 'value', value: values.endedByAgent },
      ]),
    );
    expect((await env.emulator.control.settings('acme')).routing.transform_to_email_enabled).toBe(true);
    expect((await env.emulator.control.settings('globex')).routing.transform_to_email_enabled).toBe(false);
    expect((await ws.plan()).code).toBe(0);
  });

  it('detects a change made in Admin Center and heals it', async () => {
    await env.emulator.control.changeSettings('globex', { messaging: { messaging_end_session: false } });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ agents_can_end_sessions\s+= false -> true/);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  });

  it('destroys: settings retained, the adopted trigger restored', async () => {
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    const [restored] = await csatTriggers();
    expect(restored.id).toBe(original.id);
    expect(restored.conditions).toEqual(original.conditions);
    expect((await env.emulator.control.settings('acme')).routing.transform_to_email_enabled).toBe(true);
  });
});
