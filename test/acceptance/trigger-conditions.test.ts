/**
 * zendesk_trigger's ALL conditions are a set, with the real terraform against the emulator: removing the 2nd of 4
 * conditions plans as that condition removed, in terraform's own text and in `zendesk-messaging plan-summary`
 * (a list block showed every later condition changed into the next: `field = "status_category" -> "via_id"`);
 * applied, the next plan has no changes, and Zendesk answering the conditions in another order is not drift.
 */
import { join } from 'node:path';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const ACCOUNT = 'trigger-conditions';
type Condition = { field: string; operator: string; value: string };
const FOUR: Condition[] = [
  { field: 'status_category', operator: 'is', value: 'open' },
  { field: 'via_id', operator: 'is', value: '74' },
  { field: 'current_tags', operator: 'includes', value: 'vip' },
  { field: 'priority', operator: 'is', value: 'high' },
];

const trigger = (conditions: Condition[]) => `
resource "zendesk_trigger" "vip" {
  title = "VIP over WhatsApp"
  conditions {
${conditions.map((c) => `    all {\n      field    = "${c.field}"\n      operator = "${c.operator}"\n      value    = "${c.value}"\n    }`).join('\n')}
  }
  actions {
    field = "priority"
    value = "urgent"
  }
}
`;

describe('zendesk_trigger conditions as a set (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  const main = (conditions: Condition[]) => ({
    'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(ACCOUNT), extra: ['oauth_client_id = "emulator-client"'] }) + trigger(conditions),
  });

  it('plans a condition removed from the middle as removed, applies it, and takes another order in Zendesk as no change', async () => {
    const ws = await env.workspace(main(FOUR));
    await ws.applyOrThrow();
    // An admin has dragged the conditions into an order of their own; an update keeps it for those that stay.
    const created = ((await env.emulator.control.triggers(ACCOUNT)) as { id: number; title: string }[]).find((t) => t.title === 'VIP over WhatsApp')!;
    const adminOrder = [FOUR[3], FOUR[1], FOUR[2], FOUR[0]];
    await env.emulator.control.changeTrigger(ACCOUNT, created.id, { conditions: { all: adminOrder, any: [] } });

    ws.write(main([FOUR[0], FOUR[2], FOUR[3]]));
    const plan = await ws.terraform(['plan', '-no-color', '-out=tfplan']);
    expect(plan.code).toBe(0);
    // Terraform's text: the one block removed, the other three unchanged; no condition turned into another.
    expect(plan.stdout).toMatch(/- all {\s+- field += "via_id" -> null\s+- operator = "is" -> null\s+- value += "74" -> null\s+}/);
    expect(plan.stdout).toContain('# (3 unchanged blocks hidden)');
    expect(plan.stdout).not.toMatch(/~ field +=/);
    const summary = await run(process.execPath, [CLI, 'plan-summary', '--dir', ws.dir, '--plan-file', 'tfplan'], ws.dir, ws.env);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('  - Conditions (meet ALL): removed Via id is 74\n');
    expect(summary.stdout).not.toMatch(/added|Status category|Current tags|Priority is/);

    await ws.applyOrThrow(['tfplan']);
    const mine = async () => ((await env.emulator.control.triggers(ACCOUNT)) as { id: number; title: string; conditions: { all: Condition[] } }[]).find((t) => t.title === 'VIP over WhatsApp')!;
    const held = await mine();
    expect(held.conditions.all.map((c) => c.field)).toEqual(['priority', 'current_tags', 'status_category']);
    expect((await ws.plan()).code).toBe(0);

    // An admin drags the conditions into another order in Admin Center: the trigger fires alike, so no drift.
    await env.emulator.control.changeTrigger(ACCOUNT, held.id, { conditions: { all: [...held.conditions.all].reverse(), any: [] } });
    expect((await mine()).conditions.all).toEqual([...held.conditions.all].reverse());
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--no-attribution'], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.stdout).toContain('0 of 1 directory drifted');
    expect(drift.code).toBe(0);
  });
});
