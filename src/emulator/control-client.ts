import type { AccountDirectory, TicketField } from './directory';
import type { FaultSpec } from './faults';

/**
 * Who makes an out-of-band change, as the audit log will name them: a user by email (and name), or by name alone.
 * Default: the account's first admin, working in Admin Center.
 */
export interface OutOfBandActor {
  name?: string;
  email?: string;
  /** The address the audit log records; default the control client's own. */
  ipAddress?: string;
}

export interface RequestCount {
  account: string;
  method: string;
  path: string;
  count: number;
}

/**
 * A typed client of the emulator's control API, by URL: drives an in-process
 * emulator or one in another process (the demo, benchmarks, CLI users).
 */
export class EmulatorControl {
  constructor(readonly url: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}/__emulator${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`emulator control ${method} ${path} failed: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  health() {
    return this.call<{ ok: boolean }>('GET', '/health');
  }

  accounts() {
    return this.call<{ accounts: { name: string; legacy: boolean; sandbox?: boolean; customizableCsat: boolean; rateLimitPerMinute?: number; auditLogAccess: boolean }[] }>(
      'GET',
      '/accounts',
    );
  }

  /**
   * A new account; `sandbox: true` makes GET /api/v2/account answer that it is a sandbox (default: production);
   * `auditLogAccess: false` makes a non-Enterprise account, whose audit-log API answers 403.
   */
  createAccount(account: { name: string; legacy?: boolean; sandbox?: boolean; customizableCsat?: boolean; rateLimitPerMinute?: number; auditLogAccess?: boolean }) {
    return this.call<{ name: string }>('POST', '/accounts', account);
  }

  async settings(account: string): Promise<Record<string, Record<string, unknown>>> {
    return (await this.call<{ settings: Record<string, Record<string, unknown>> }>('GET', `/accounts/${account}/settings`)).settings;
  }

  /** An out-of-band change, as an admin in Admin Center would make it; the audit log names `actor`. */
  changeSettings(account: string, settings: Record<string, Record<string, unknown>>, actor?: OutOfBandActor) {
    return this.call<{ settings: Record<string, Record<string, unknown>> }>('PATCH', `/accounts/${account}/settings`, { settings, actor });
  }

  /** The plan switch: false makes the account answer its audit-log API as a non-Enterprise account does (403). */
  setAuditLogAccess(account: string, enabled: boolean) {
    return this.call<{ enabled: boolean }>('PUT', `/accounts/${account}/audit-log-access`, { enabled });
  }

  /** Turns the customizable CSAT feature on or off (its standard messaging trigger appears or disappears). */
  setCustomizableCsat(account: string, enabled: boolean) {
    return this.call<{ name: string }>('PATCH', `/accounts/${account}`, { customizableCsat: enabled });
  }

  async triggers(account: string): Promise<Record<string, unknown>[]> {
    return (await this.call<{ triggers: Record<string, unknown>[] }>('GET', `/accounts/${account}/triggers`)).triggers;
  }

  /** The account's groups, agents, forms, custom fields, …: what its trigger definitions list. */
  async directory(account: string): Promise<AccountDirectory> {
    return (await this.call<{ directory: AccountDirectory }>('GET', `/accounts/${account}/directory`)).directory;
  }

  /** A webhook made in Admin Center, with the id given (Zendesk's are 26-character ULIDs). */
  addWebhook(account: string, webhook: { id: string; name: string }) {
    return this.call<{ webhook: { id: string; name: string } }>('POST', `/accounts/${account}/webhooks`, { webhook });
  }

  /**
   * A custom ticket field made in Admin Center (`type` as the ticket fields API names it, or "dropdown"); triggers can
   * then use `custom_fields_<id>` with the operators the definitions list for its type.
   */
  async addTicketField(
    account: string,
    field: { type: string; title: string; custom_field_options?: { name: string; value: string }[]; regexp_for_validation?: string; active?: boolean; relationship_target_type?: string },
  ): Promise<TicketField> {
    return (await this.call<{ ticket_field: TicketField }>('POST', `/accounts/${account}/ticket-fields`, { ticket_field: field })).ticket_field;
  }

  /** A trigger created out of band, as an admin in Admin Center; checked like an API create. */
  async createTrigger(account: string, trigger: Record<string, unknown>, actor?: OutOfBandActor): Promise<Record<string, unknown> & { id: number; title: string }> {
    return (await this.call<{ trigger: Record<string, unknown> & { id: number; title: string } }>('POST', `/accounts/${account}/triggers`, { trigger, actor })).trigger;
  }

  /** An out-of-band trigger edit, as an admin in Admin Center. */
  changeTrigger(account: string, id: number | string, trigger: Record<string, unknown>, actor?: OutOfBandActor) {
    return this.call<{ ok: boolean }>('PATCH', `/accounts/${account}/triggers/${id}`, { trigger, actor });
  }

  deleteTrigger(account: string, id: number | string, actor?: OutOfBandActor) {
    return this.call<{ ok: boolean }>('DELETE', `/accounts/${account}/triggers/${id}`, actor ? { actor } : undefined);
  }

  /**
   * A routing object created out of band, as an admin in Admin Center: `kind` is capacity-rules, queues, attributes,
   * attributes/<id>/values or custom-statuses; `body` is what the API's create takes. Answers as the API does.
   */
  createRouting<T = Record<string, unknown>>(account: string, kind: string, body: Record<string, unknown>, actor?: OutOfBandActor) {
    return this.call<T>('POST', `/accounts/${account}/routing/${kind}`, { body, actor });
  }

  /** An out-of-band change of a routing object (`body` as the API's update takes it). */
  changeRouting<T = Record<string, unknown>>(account: string, kind: string, id: string | number, body: Record<string, unknown>, actor?: OutOfBandActor) {
    return this.call<T>('PATCH', `/accounts/${account}/routing/${kind}/${id}`, { body, actor });
  }

  /** An out-of-band deletion of a routing object (custom statuses have none: deactivate them with changeRouting). */
  deleteRouting(account: string, kind: string, id: string | number, actor?: OutOfBandActor) {
    return this.call<undefined>('DELETE', `/accounts/${account}/routing/${kind}/${id}`, actor ? { actor } : undefined);
  }

  setRateLimit(account: string, perMinute: number) {
    return this.call<{ perMinute: number }>('PUT', `/accounts/${account}/rate-limit`, { perMinute });
  }

  /** Access tokens issued for the account (for tests that prove tokens never leak). */
  async issuedTokens(account: string): Promise<string[]> {
    return (await this.call<{ tokens: string[] }>('GET', `/accounts/${account}/tokens`)).tokens;
  }

  expireTokens(account: string) {
    return this.call<{ expired: number }>('POST', `/accounts/${account}/expire-tokens`);
  }

  addFault(fault: FaultSpec) {
    return this.call<{ id: string }>('POST', '/faults', fault);
  }

  clearFaults() {
    return this.call<{ ok: boolean }>('DELETE', '/faults');
  }

  requests() {
    return this.call<{ total: number; counts: RequestCount[]; rateLimited: { count: number; retryAfterSeconds: number } }>('GET', '/requests');
  }

  /** API calls per "METHOD path" (of all accounts, or of one), for assertions like "a no-op plan costs one GET". */
  async callsByRoute(account?: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const c of (await this.requests()).counts) {
      if (account === undefined || c.account === account) out[`${c.method} ${c.path}`] = (out[`${c.method} ${c.path}`] ?? 0) + c.count;
    }
    return out;
  }

  resetRequests() {
    return this.call<{ ok: boolean }>('DELETE', '/requests');
  }

  reset() {
    return this.call<{ ok: boolean }>('POST', '/reset');
  }
}
