import type { SettingsPatch, SettingsView } from './messaging-settings/mapping';

/** The subset of the admin API client the provider uses (keeps resources testable and the client lazily loaded). */
export interface SettingsClient {
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

  constructor(
    readonly accountId: string,
    readonly client: SettingsClient,
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

  async update(patch: SettingsPatch) {
    const current = await this.settings();
    const result = await this.client.updateSettings(patch, { current });
    this.snapshot = Promise.resolve(result.settings);
    return result;
  }
}
