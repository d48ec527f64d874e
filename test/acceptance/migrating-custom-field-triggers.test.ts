/**
 * Real nukosuke/zendesk triggers often test a custom ticket field ("Order number is A-1", a dropdown, a checkbox):
 * made in the emulator exactly as their provider's create sends them, on an account that holds such fields, they
 * import with `-generate-config-out` without a write to Zendesk, and the generated configuration plans clean.
 * (Before the emulator held ticket fields of every type it refused these conditions, so such triggers could not be
 * migrated against it.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN, send } from '../emulator/http';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { nukosukeCreateBody } from '../support/nukosuke';

const ACCOUNT = 'custom-fields';
const env = emulatorWithWorkspaces({}, { providerHost: true });

it('imports nukosuke-made triggers on text, dropdown and checkbox fields without a write, then plans clean', async () => {
  const control = env.emulator.control;
  const text = await control.addTicketField(ACCOUNT, { type: 'text', title: 'Order number' });
  const dropdown = await control.addTicketField(ACCOUNT, {
    type: 'tagger',
    title: 'Plan',
    custom_field_options: [
      { name: 'Gold', value: 'plan_gold' },
      { name: 'Silver', value: 'plan_silver' },
    ],
  });
  const checkbox = await control.addTicketField(ACCOUNT, { type: 'checkbox', title: 'VIP' });
  const triggers = [
    { title: 'Tag orders', all: [{ field: `custom_fields_${text.id}`, operator: 'is', value: 'A-1' }], action: [{ field: 'current_tags', value: 'order' }] },
    { title: 'Gold plans', all: [{ field: `custom_fields_${dropdown.id}`, operator: 'is', value: 'plan_gold' }], action: [{ field: 'priority', value: 'high' }] },
    { title: 'VIPs', all: [{ field: `custom_fields_${checkbox.id}`, operator: 'is', value: 'true' }], action: [{ field: 'current_tags', value: 'vip' }] },
  ];
  const ids: number[] = [];
  for (const t of triggers) {
    const body = nukosukeCreateBody({ id: '', title: t.title, active: true, position: 0, description: '', all: t.all, any: [], action: t.action });
    const answer = await send(`${env.emulator.accountUrl(ACCOUNT)}/api/v2/triggers`, { method: 'POST', auth: TOKEN, body });
    expect(answer.status).toBe(201);
    ids.push((answer.json().trigger as { id: number }).id);
  }
  const before = await control.triggers(ACCOUNT);
  const imports = ids.map((id) => `import {\n  to = zendesk_trigger.t_${id}\n  id = "${id}"\n}\n`).join('');
  const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(ACCOUNT) }) + imports });

  const generate = await ws.terraform(['plan', '-no-color', '-input=false', '-generate-config-out=generated.tf']);
  expect(generate.output).not.toContain('Error:');
  const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
  expect(generated).toContain(`custom_fields_${text.id}`);
  await control.resetRequests();
  await ws.applyOrThrow();
  const writes = Object.keys(await control.callsByRoute(ACCOUNT)).filter((route) => !route.startsWith('GET ') && !route.includes('/oauth/'));
  expect(writes).toEqual([]);
  expect(await control.triggers(ACCOUNT)).toEqual(before);
  const plan = await ws.plan();
  expect(plan.output).toContain('No changes.');
  expect(plan.code).toBe(0);
});
