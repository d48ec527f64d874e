import type { SettingsPatch, SettingsView } from './messaging-settings/mapping';
import { DEFINITIONS_PATH, type TriggerDefinitions, definitionsAnswer } from './trigger/api';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type RequestOptions = { body?: unknown; query?: Record<string, string | number | boolean | undefined> };

/** The subset of the admin API client the provider uses (keeps resources testable and the client lazily loaded). */
export interface SettingsClient {
  request<T = unknown>(method: Method, path: string, options?: RequestOptions): Promise<T>;
  /** Like request, with the status and attempts (for errors about an answer's shape). */
  requestWithResponse<T = unknown>(method: Method, path: string, options?: RequestOptions): Promise<{ status: number; data: T; attempts: number }>;
  getSettings(): Promise<SettingsView>;
  updateSettings(
    patch: SettingsPatch,
    options?: { current?: SettingsView },
  ): Promise<{ settings: SettingsView; notKept: { path: string; sent: unknown; actual: unknown }[]; warnings: string[] }>;
}

/**
 * One configured account for the lifetime of a provider process (one
 * terraform operation). The credential check at configure time is a
 * `GET /api/v2/account/settings` whose answer is kept: refreshes and data
 * sources in the same run reuse it, so a no-op plan costs exactly one API call;
 * a write replaces it with the read-back.
 */
export class AccountSession {
  private snapshot?: Promise<SettingsView>;
  private definitions?: Promise<TriggerDefinitions>;

  constructor(
    readonly accountId: string,
    readonly client: SettingsClient,
    /** The client's per-request timeout (how long a create that timed out may still be in progress: trigger/create.ts). */
    readonly requestTimeoutMs = 30_000,
  ) {}

  settings(): Promise<SettingsView> {
    if (!this.snapshot) {
      this.snapshot = this.client.getSettings().catch((err: unknown) => {
        this.snapshot = undefined; // a failed read is not an answer worth keeping
        throw err;
      });
    }
    return this.snapshot;
  }

  /**
   * The account's trigger condition and action definitions, fetched once per
   * run: titles in configurations are resolved against them ("once per run").
   * Settings writes drop the cache, because they change what exists (the
   * "Messaging session ended reason" condition appears when agents may end sessions).
   */
  triggerDefinitions(): Promise<TriggerDefinitions> {
    if (!this.definitions) {
      this.definitions = this.client.requestWithResponse('GET', DEFINITIONS_PATH).then(
        (r) => definitionsAnswer(r.data, { method: 'GET', path: DEFINITIONS_PATH, status: r.status, attempts: r.attempts }),
        (err: unknown) => {
          this.definitions = undefined;
          throw err;
        },
      );
    }
    return this.definitions;
  }

  async update(patch: SettingsPatch) {
    const current = await this.settings();
    const result = await this.client.updateSettings(patch, { current });
    this.snapshot = Promise.resolve(result.settings);
    this.definitions = undefined;
    return result;
  }
}
