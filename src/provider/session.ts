import type { ZendeskClient } from '../client/client';
import type { AccountIdentity } from './account-identity';
import type { AccountSettings, NotKeptJudge, SettingsPatch } from '../client/settings';
import { getTriggerDefinitions } from '../client/trigger-requests';
import type { TriggerDefinitions } from '../client/triggers';

/**
 * What the provider uses of the admin API client: any request, and the
 * settings read and verified write. A type only: the client itself is loaded
 * lazily at configure (provider.ts), and tests pass a client of their own.
 */
export type ZendeskAdminClient = Pick<ZendeskClient, 'baseUrl' | 'request' | 'requestWithResponse' | 'getSettings' | 'updateSettings'>;

/**
 * One configured account for the lifetime of a provider process (one
 * terraform operation). The credential check at configure time is a
 * `GET /api/v2/account/settings` whose answer is kept: refreshes and data
 * sources in the same run reuse it, so a no-op plan costs exactly one API call;
 * a write replaces it with the read-back.
 */
export class AccountSession {
  private snapshot?: Promise<AccountSettings>;
  private definitions?: Promise<TriggerDefinitions>;

  /** Where the requests go: what resources record and compare (account-identity.ts). */
  readonly account: AccountIdentity;

  constructor(
    /** The account, or for tests only a subdomain name (its endpoint is then https://{name}.zendesk.com). */
    account: AccountIdentity | string,
    readonly client: ZendeskAdminClient,
    /** The client's per-request timeout (how long a create that timed out may still be in progress: trigger/create.ts). */
    readonly requestTimeoutMs = 30_000,
  ) {
    this.account = typeof account === 'string' ? { name: account, endpoint: `https://${account}.zendesk.com`, legacyName: account } : account;
  }

  /** The account's name, for ids and messages. */
  get accountId(): string {
    return this.account.name;
  }

  settings(): Promise<AccountSettings> {
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
      this.definitions = getTriggerDefinitions(this.client).catch((err: unknown) => {
        this.definitions = undefined;
        throw err;
      });
    }
    return this.definitions;
  }

  /** Writes a patch; `notKept` is the writing resource's verdict on each key's read-back (its attribute table's). */
  async update(patch: SettingsPatch, notKept?: NotKeptJudge) {
    const current = await this.settings();
    const result = await this.client.updateSettings(patch, { current, notKept });
    this.snapshot = Promise.resolve(result.settings);
    this.definitions = undefined;
    return result;
  }
}
