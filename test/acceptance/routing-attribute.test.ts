/**
 * zendesk_routing_attribute and zendesk_routing_attribute_value (skills-based routing) with the real terraform
 * against the emulator, on an Enterprise account: create, no-op plan, an out-of-band change named by
 * `zendesk-messaging drift`, conditions answered in another order being no change, removing one condition showing
 * that one removed, deleted out of band = re-planned, destroy; import of both with -generate-config-out that plans
 * clean; a misspelt condition field failing the plan with the closest name; and a non-Enterprise account's refusal
 * said in words that name the plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createZendeskClient } from '../../src/client/client';
import { type ApiAttributeValue, type ApiRoutingAttribute, listAttributeValues, listRoutingAttributes } from '../../src/client/routing-attributes';
import { EMULATOR_OAUTH_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { type TerraformWorkspace, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const env = emulatorWithWorkspaces();

const condition = (field: string, operator: string, value: string) => `{ field = "${field}", operator = "${operator}", value = "${value}" }`;

/** A Language skill type with its German skill: urgent tickets of a group, or any ticket in German. */
const skills = (all: string[], { skill = 'German' } = {}) => `
resource "zendesk_routing_attribute" "language" {
  name = "Language"
}
resource "zendesk_routing_attribute_value" "german" {
  attribute_id = zendesk_routing_attribute.language.id
  name         = "${skill}"
  conditions = {
    all = [
      ${all.join(',\n      ')}
    ]
  }
}
`;

const hcl = (account: string, body: string) => REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + body;
const workspace = (account: string, body: string): Promise<TerraformWorkspace> => env.workspace({ 'main.tf': hcl(account, body) });
const said = (output: string) => output.replace(/\s+/g, ' ');

function clientFor(account: string) {
  return createZendeskClient({
    baseUrl: env.emulator.accountUrl(account),
    auth: { kind: 'oauth-client', clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET },
  });
}

/** The account's skill types, each with its skills, as the API answers them. */
async function skillsOf(account: string): Promise<(ApiRoutingAttribute & { values: ApiAttributeValue[] })[]> {
  const client = clientFor(account);
  const attributes = await listRoutingAttributes(client);
  return Promise.all(attributes.map(async (a) => ({ ...a, values: await listAttributeValues(client, a.id) })));
}

describe('zendesk_routing_attribute and zendesk_routing_attribute_value (real terraform, emulator)', () => {
  it('live their whole life: create, no-op, drift named by the CLI, conditions in another order, one removed, deleted out of band, destroy', async () => {
    const account = 'skills';
    const group = String((await env.emulator.control.directory(account)).groups[0].id);
    const three = [condition('priority', 'is', 'urgent'), condition('group_id', 'is', group), condition('status', 'is', 'open')];
    const ws = await workspace(account, skills(three));
    await ws.applyOrThrow();
    const [language] = await skillsOf(account);
    expect(language).toMatchObject({ name: 'Language', values: [{ name: 'German' }] });
    const german = language.values[0];
    expect(german.conditions!.all.map((c) => c.field).sort()).toEqual(['group_id', 'priority', 'status']);
    expect((await ws.plan()).code).toBe(0);
    const state = await ws.state();
    expect(JSON.stringify(state)).toContain(`"id":"${language.id}/${german.id}"`);

    // An admin renames the skill in Admin Center: drift names the attribute and where to change it back.
    const values = `attributes/${language.id}/values`;
    await env.emulator.control.changeRouting(account, values, german.id, { attribute_value: { name: 'Deutsch' } });
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--no-attribution'], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('Skill name');
    expect(drift.stdout).toContain('Deutsch');
    expect(drift.stdout).toContain('Admin Center > Objects and rules > Business rules > Skills');
    await ws.applyOrThrow();
    expect((await skillsOf(account))[0].values[0].name).toBe('German');

    // The same conditions, answered in another order: a set, so no change.
    const reversed = german.conditions!.all.map((c) => ({ subject: c.field, operator: c.operator, value: c.value })).reverse();
    await env.emulator.control.changeRouting(account, values, german.id, { attribute_value: { conditions: { all: reversed, any: [] } } });
    expect((await ws.plan()).code).toBe(0);

    // Removing the middle condition shows that condition removed, not the last one shifted into its place.
    ws.write({ 'main.tf': hcl(account, skills([three[0], three[2]])) });
    const removal = await ws.plan();
    expect(removal.code).toBe(2);
    const planned = said(removal.stdout);
    expect(planned).toMatch(/- \{ - field = "group_id" -> null/);
    expect(planned).not.toContain('"status" -> ');
    expect(planned).not.toContain('"group_id" -> "status"');
    await ws.applyOrThrow();
    expect((await skillsOf(account))[0].values[0].conditions!.all.map((c) => c.field).sort()).toEqual(['priority', 'status']);
    expect((await ws.plan()).code).toBe(0);

    // The skill deleted in Admin Center: Terraform forgets it and plans to create it again.
    await env.emulator.control.deleteRouting(account, values, german.id);
    const replan = await ws.plan();
    expect(replan.code).toBe(2);
    expect(replan.stdout).toContain('zendesk_routing_attribute_value.german will be created');
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);

    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(await skillsOf(account)).toEqual([]);
  });

  it('imports a skill type and a skill with -generate-config-out that plans clean', async () => {
    const account = 'skills-import';
    const { attribute } = await env.emulator.control.createRouting<{ attribute: { id: string } }>(account, 'attributes', { attribute: { name: 'Product' } });
    const { attribute_value: value } = await env.emulator.control.createRouting<{ attribute_value: { id: string } }>(account, `attributes/${attribute.id}/values`, {
      attribute_value: { name: 'Billing', conditions: { all: [{ subject: 'priority', operator: 'is', value: 'high' }], any: [{ subject: 'status', operator: 'is', value: 'new' }] } },
    });
    const imports =
      `import {\n  to = zendesk_routing_attribute.product\n  id = "${attribute.id}"\n}\n` +
      // The skill by its own ID alone: the provider finds the skill type that holds it.
      `import {\n  to = zendesk_routing_attribute_value.billing\n  id = "${value.id}"\n}\n`;
    const ws = await workspace(account, imports);
    const plan = await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('2 to import');
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    expect(generated).toMatch(/name\s+= "Product"/);
    expect(generated).toMatch(/name\s+= "Billing"/);
    expect(generated).toContain(`attribute_id = "${attribute.id}"`);
    expect(said(generated)).toContain('field = "priority"');
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  });

  it('refuses an import ID that is neither "<attribute_id>/<value_id>" nor a value ID, saying so; a value ID no skill type holds is not found', async () => {
    const malformed = await workspace('skills-bad-import', 'import {\n  to = zendesk_routing_attribute_value.x\n  id = "a/b/c"\n}\n');
    const refused = await malformed.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(refused.code).toBe(1);
    expect(said(refused.output)).toContain('Invalid routing attribute value import ID');
    expect(said(refused.output)).toContain('"<attribute_id>/<value_id>"');
    const unknown = await workspace('skills-unknown-import', 'import {\n  to = zendesk_routing_attribute_value.x\n  id = "5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da"\n}\n');
    const missing = await unknown.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(missing.code).toBe(1);
    expect(said(missing.output)).toContain('Cannot import non-existent remote object');
  });

  it('fails the plan on a misspelt condition field, with the closest one', async () => {
    const ws = await workspace('skills-typo', skills([condition('priorty', 'is', 'urgent')]));
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(said(plan.output)).toContain('Did you mean "priority" (Priority)?');
    expect(await skillsOf('skills-typo')).toEqual([]);
  });

  it('names the plan when the account has no skills-based routing', async () => {
    const account = 'skills-professional';
    await env.emulator.control.setAuditLogAccess(account, false);
    const ws = await workspace(account, 'resource "zendesk_routing_attribute" "language" {\n  name = "Language"\n}\n');
    const apply = await ws.terraform(['apply', '-no-color', '-input=false', '-auto-approve']);
    expect(apply.code).toBe(1);
    const words = said(apply.output);
    expect(words).toContain('Skills-based routing needs Zendesk Suite Enterprise or Support Enterprise');
    expect(words).toContain(`Upgrade "${account}"`);
    expect(words).not.toContain('Zendesk rejected the credentials');

    // A skill with conditions is refused when the plan is made (its definitions are Enterprise-only too).
    ws.write({ 'main.tf': hcl(account, skills([condition('priority', 'is', 'urgent')])) });
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(said(plan.output)).toContain('Skills-based routing needs Zendesk Suite Enterprise or Support Enterprise');
  });
});
