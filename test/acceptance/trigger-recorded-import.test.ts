/**
 * Real triggers through the provider with the real terraform: every trigger
 * of the recorded corpus (src/emulator/recorded/triggers*.ts), created out of
 * band as an admin would in Admin Center (with the emulator account's own ids
 * where a trigger names another account's agent or target), is imported with
 * import blocks and `-generate-config-out`; the generated configuration plans
 * with nothing to change, the import writes nothing to Zendesk, and the next
 * plan is clean. The corpus holds what real triggers hold and the provider
 * must carry through HCL unchanged: "" for "(none)", a value on `changed`, a
 * boolean `true`, a number inside a target's list, long notification bodies.
 * And one recorded standard trigger written from the titles a real account
 * shows ("Ticket is Updated", "Update via is Email", "Assignee is" nothing)
 * comes out exactly as Zendesk holds it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDED_TRIGGERS } from '../../src/emulator/recorded/triggers';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import type { TerraformWorkspace } from '../support/terraform';

const ACCOUNT = 'recorded';
/** Conditions in a stable order: they are a set, sent in the order Terraform keeps a set in. */
const unordered = (conditions: { all: unknown[]; any?: unknown[] }) => ({
  ...conditions,
  all: conditions.all.map((c) => JSON.stringify(c)).sort(),
  ...(conditions.any ? { any: conditions.any.map((c) => JSON.stringify(c)).sort() } : {}),
});

describe('the real trigger corpus imports and plans clean (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({}, { providerHost: true });
  let ws: TerraformWorkspace;
  let created: { id: number; title: string }[] = [];
  let before: unknown;

  beforeAll(async () => {
    const directory = await env.emulator.control.directory(ACCOUNT);
    const own = { agent: String(directory.agents[0].id), target: String(directory.targets[0].id) };
    for (const recorded of RECORDED_TRIGGERS) {
      let json = JSON.stringify({ title: recorded.title, active: recorded.active, description: recorded.description, conditions: recorded.conditions, actions: recorded.actions });
      for (const { kind, id } of recorded.accountIds ?? []) json = json.replaceAll(String(id), own[kind]);
      created.push(await env.emulator.control.createTrigger(ACCOUNT, JSON.parse(json)));
    }
    created = created.map(({ id, title }) => ({ id, title }));
    before = await env.emulator.control.triggers(ACCOUNT);
    const imports = created.map(({ id }) => `import {\n  to = zendesk_trigger.recorded_${id}\n  id = "${id}"\n}\n`);
    ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(ACCOUNT) }) + imports.join('') });
  });

  it(`generates configuration for all ${RECORDED_TRIGGERS.length} that plans with nothing to change`, async () => {
    const generate = await ws.terraform(['plan', '-no-color', '-input=false', '-generate-config-out=generated.tf']);
    expect(generate.output).not.toContain('Error:');
    expect(generate.code).toBe(0);
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    for (const { id } of created) expect(generated).toContain(`resource "zendesk_trigger" "recorded_${id}"`);
    const plan = await ws.terraform(['plan', '-no-color', '-input=false']);
    expect(plan.output).not.toContain('Error:');
    expect(plan.stdout).toContain(`Plan: ${created.length} to import, 0 to add, 0 to change, 0 to destroy.`);
  });

  it('applies the import without a write to Zendesk, then plans clean', async () => {
    await env.emulator.control.resetRequests();
    await ws.applyOrThrow();
    const calls = await env.emulator.control.callsByRoute();
    expect(Object.keys(calls).filter((route) => !route.startsWith('GET ') && !route.includes('/oauth/'))).toEqual([]);
    expect(await env.emulator.control.triggers(ACCOUNT)).toEqual(before);
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  it('edits an imported trigger whose "(none)" values the generated configuration spells null, and Zendesk keeps them as ""', async () => {
    const group = created.find((t) => t.title === 'Notify group of assignment')!;
    const file = join(ws.dir, 'generated.tf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title           = "Notify group of assignment"', 'title           = "Notify group of assignment (edited)"'));
    await ws.applyOrThrow();
    const after = ((await env.emulator.control.triggers(ACCOUNT)) as { id: number; title: string; conditions: { all: unknown[] } }[]).find((t) => t.id === group.id)!;
    expect(after.title).toBe('Notify group of assignment (edited)');
    expect(unordered({ all: after.conditions.all })).toEqual(
      unordered({
        all: [
          { field: 'group_id', operator: 'is_not', value: '' },
          { field: 'assignee_id', operator: 'is', value: '' },
        ],
      }),
    );
    expect((await ws.plan()).code).toBe(0);
  });

  it('creates a recorded standard trigger from the titles a real account shows, holding exactly what Zendesk holds', async () => {
    const recorded = RECORDED_TRIGGERS.find((t) => t.title === 'Auto-assign to first email responding agent')!;
    const condition = (title: string, operator: string, valueTitle?: string) =>
      `    all {\n      field_title = "${title}"\n      operator    = "${operator}"\n${valueTitle ? `      value_title = "${valueTitle}"\n` : ''}    }\n`;
    ws.write({
      'titles.tf':
        'resource "zendesk_trigger" "auto_assign" {\n  title  = "Auto-assign (from titles)"\n  active = false\n  conditions {\n' +
        condition('Ticket', 'is', 'Updated') +
        condition('Update via', 'is', 'Email') +
        condition('Assignee', 'is') +
        condition('Current user', 'is_not', '(end-user)') +
        '  }\n  actions {\n    field_title = "Assignee"\n    value_title = "(current user)"\n  }\n}\n',
    });
    await ws.applyOrThrow();
    const made = ((await env.emulator.control.triggers(ACCOUNT)) as { title: string; conditions: { all: unknown[]; any: unknown[] }; actions: unknown }[]).find((t) => t.title === 'Auto-assign (from titles)')!;
    expect(unordered(made.conditions)).toEqual(unordered(recorded.conditions as { all: unknown[]; any: unknown[] }));
    expect(made.actions).toEqual(recorded.actions);
    expect((await ws.plan()).code).toBe(0);
  });
});
