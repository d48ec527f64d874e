/**
 * Triggers written for other providers, and triggers at the edges, with the
 * real terraform against the emulator: nukosuke/terraform-provider-zendesk's
 * example translated to this provider's blocks plans, applies and plans clean;
 * its `value = jsonencode([...])` spelling and a typo fail the plan with the
 * fix; a create whose answer is lost (held past the timeout, or a reset after
 * Zendesk processed it) leaves exactly one trigger; an answer of the wrong
 * shape is a diagnostic; a trigger is never read through another account.
 * One initialised working directory, a Terraform workspace (state) per test.
 */
import { TOKEN, send } from '../emulator/http';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import type { TerraformWorkspace } from '../support/terraform';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';

/** nukosuke's examples/resources/zendesk_trigger/resource.tf, in this provider's block shape. */
const autoReply = (actionValue: string, statusField = 'status') => `
resource "zendesk_trigger" "auto_reply" {
  title  = "Auto Reply Trigger"
  active = true

  conditions {
    all {
      field    = "role"
      operator = "is"
      value    = "end_user"
    }
    all {
      field    = "update_type"
      operator = "is"
      value    = "Create"
    }
    all {
      field    = "${statusField}"
      operator = "is_not"
      value    = "solved"
    }
  }

  actions {
    field = "notification_user"
    ${actionValue}
  }
}
`;
const VALUES = 'values = ["requester_id", "Dear my customer", "Hi. This message was configured by terraform-provider-zendesk."]';
/** Terraform wraps diagnostic text at ~80 columns: compare with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const JSONENCODED = 'value = jsonencode(["requester_id", "Dear my customer", "Hi. This message was configured by terraform-provider-zendesk."])';

describe('zendesk_trigger from other providers and at the edges (real terraform, emulator)', () => {
  // What the provider answers is this file's subject, not how terraform starts it: one host per workspace (see provider-hosts.ts).
  const env = emulatorWithWorkspaces({}, { providerHost: true, env: EMULATOR_SECRET_ENV });
  let ws: TerraformWorkspace;

  /** A fresh Terraform workspace (own state) with this configuration, against `account`. */
  async function configure(name: string, account: string, body: string, extra: string[] = []) {
    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"', ...extra] }) + body });
    const created = await ws.terraform(['workspace', 'new', '-no-color', name]);
    if (created.code !== 0) throw new Error(created.output);
  }
  const titled = async (account: string, title: string) =>
    ((await env.emulator.control.triggers(account)) as { id: number; title: string; actions: unknown[] }[]).filter((t) => t.title === title);

  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS });
  });

  it("applies nukosuke's example trigger and then plans no changes", async () => {
    await configure('nukosuke', 'nukosuke', autoReply(VALUES));
    expect((await ws.plan()).code).toBe(2);
    await ws.applyOrThrow();
    const [trigger] = await titled('nukosuke', 'Auto Reply Trigger');
    expect(trigger.actions).toEqual([{ field: 'notification_user', value: ['requester_id', 'Dear my customer', 'Hi. This message was configured by terraform-provider-zendesk.'] }]);
    const noop = await ws.plan();
    expect(noop.code).toBe(0);
    expect(noop.output).toContain('No changes.');
  });

  it('fails the plan of the jsonencode spelling, pointing at the value and quoting the values line', async () => {
    await configure('jsonencode', 'jsonencode', autoReply(JSONENCODED));
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.output).toContain('Multi-value item written as a JSON string');
    expect(flat(plan.output)).toContain(VALUES);
    expect(plan.output).toMatch(/\d+: +value = jsonencode\(\["requester_id"/); // terraform quotes the offending line
    expect(await titled('jsonencode', 'Auto Reply Trigger')).toEqual([]);
  });

  it('fails the plan of a misspelt field with "did you mean"', async () => {
    await configure('typo', 'typo', autoReply(VALUES, 'stauts'));
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.output).toContain('Unknown trigger ALL condition field');
    expect(flat(plan.output)).toContain('Did you mean "status" (Status)?');
    // ALL conditions are a set, whose elements terraform cannot map to a line: the detail names the condition.
    expect(flat(plan.output)).toContain('In the ALL condition field = "stauts", operator = "is_not", value = "solved"');
  });

  it('leaves one trigger when the POST is held past the request timeout and Zendesk completes it later', async () => {
    await configure('slow-post', 'slow-post', autoReply(VALUES), ['request_timeout_seconds = 1']);
    await env.emulator.control.addFault({ account: 'slow-post', method: 'POST', path: '/api/v2/triggers', latencyMs: 2500 });
    const first = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    expect(flat(first.output)).toContain('Adopted the trigger an interrupted create made');
    expect(first.code).toBe(0);
    await ws.applyOrThrow();
    expect(await titled('slow-post', 'Auto Reply Trigger')).toHaveLength(1);
    expect((await ws.plan()).code).toBe(0);
  });

  it('leaves one trigger when Zendesk processes the POST and the connection then resets', async () => {
    await configure('reset-post', 'reset-post', autoReply(VALUES));
    await env.emulator.control.addFault({ account: 'reset-post', method: 'POST', path: '/api/v2/triggers', reset: true, afterHandling: true });
    const first = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    expect(flat(first.output)).toContain('Adopted the trigger an interrupted create made');
    expect(first.code).toBe(0);
    expect(await titled('reset-post', 'Auto Reply Trigger')).toHaveLength(1);
    expect((await ws.plan()).code).toBe(0);
  });

  it('adopts a trigger an earlier, failed apply left behind, saying so in the plan', async () => {
    const api = `${env.emulator.accountUrl('left-behind')}/api/v2/triggers`;
    const conditions = { all: [{ field: 'role', operator: 'is', value: 'end_user' }, { field: 'update_type', operator: 'is', value: 'Create' }, { field: 'status', operator: 'is_not', value: 'solved' }] };
    const actions = [{ field: 'notification_user', value: ['requester_id', 'Dear my customer', 'Hi. This message was configured by terraform-provider-zendesk.'] }];
    expect((await send(api, { method: 'POST', auth: TOKEN, body: { trigger: { title: 'Auto Reply Trigger', conditions, actions } } })).status).toBe(201);
    await configure('left-behind', 'left-behind', autoReply(VALUES));
    const plan = await ws.plan();
    expect(flat(plan.output)).toContain('An identical trigger exists and will be adopted');
    const apply = await ws.applyOrThrow();
    expect(flat(apply.output)).toContain('Adopted an existing identical trigger');
    expect(await titled('left-behind', 'Auto Reply Trigger')).toHaveLength(1);
  });

  it('reports an answer of the wrong shape as such, and never reads a trigger through another account', async () => {
    await configure('shapes', 'shapes', autoReply(VALUES));
    await ws.applyOrThrow();
    const [trigger] = await titled('shapes', 'Auto Reply Trigger');
    await env.emulator.control.addFault({ account: 'shapes', method: 'GET', path: `/api/v2/triggers/${trigger.id}`, status: 200, body: { trigger: { id: 'x' } } });
    const refresh = await ws.plan();
    expect(refresh.code).toBe(1);
    expect(refresh.output).toContain('Unexpected answer from the Zendesk API');
    expect(flat(refresh.output)).toContain('trigger.id is not a numeric ID');
    expect(refresh.output).not.toContain('bug in the provider');

    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('elsewhere'), extra: ['oauth_client_id = "emulator-client"'] }) + autoReply(VALUES) });
    await env.emulator.control.resetRequests();
    const moved = await ws.plan();
    expect(moved.code).toBe(1);
    expect(moved.output).toContain('The provider is configured for another Zendesk account');
    expect(flat(moved.output)).toContain('belongs to account "shapes"');
    expect(Object.keys(await env.emulator.control.callsByRoute()).filter((route) => route.includes('/triggers'))).toEqual([]);
  });
});
