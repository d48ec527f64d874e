import { type AccountDirectory, defaultDirectory } from './directory';
import { type SettingsObject, defaultSettings } from './settings/defaults';
import { JsonDirectory } from './persistence';
import { type Assumptions, withAssumptions } from './recorded/assumptions';
import type { DefinitionsContext } from './triggers/definitions';
import type { TriggerState } from './triggers/model';
import { initialTriggerState } from './triggers/defaults';
import { type AuditLogState, initialAuditLog } from './audit/model';
import { type RoutingState, initialRoutingState } from './routing/model';

export const ACCOUNT_NAME = /^[a-z0-9](?:[a-z0-9-]{0,62})$/;

/** Everything the emulator knows about one account; persisted as one JSON document. */
export interface AccountState {
  name: string;
  legacy: boolean;
  /**
   * A sandbox of a production account (GET /api/v2/account answers `sandbox: true`); absent in data files written
   * before the emulator answered that endpoint (read as false).
   */
  sandbox?: boolean;
  /** The "customizable CSAT survey" feature (needed for the CSAT-on-session-end recipe). */
  customizableCsat: boolean;
  /** Overrides the emulator-wide requests-per-minute limit. */
  rateLimitPerMinute?: number;
  settings: SettingsObject;
  /** Triggers and trigger categories; absent in data files written before triggers existed (filled in on load). */
  rules: TriggerState;
  /** Groups, agents, forms, custom fields, …: the values the trigger definitions list; filled in on load for older data files. */
  directory: AccountDirectory;
  /**
   * Whether the account's plan includes audit logs (Zendesk Enterprise): without, GET /api/v2/audit_logs answers 403.
   * The log is written either way (ASSUMPTION: Zendesk's docs say only who may read it), so an upgrade shows history.
   */
  auditLogAccess: boolean;
  /** Every write through the API and every change made in Admin Center; filled in on load for older data files. */
  auditLog: AuditLogState;
  /** Capacity rules, queues, skills and custom statuses (routing/model.ts); made on first use for older data files. */
  routing?: RoutingState;
}

export interface NewAccountOptions {
  legacy?: boolean;
  /** Default false: a production account, as every account the emulator creates on first use. */
  sandbox?: boolean;
  customizableCsat?: boolean;
  rateLimitPerMinute?: number;
  /** Default true (Enterprise), unless the emulator was started with the account in `accountsWithoutAuditLogs`. */
  auditLogAccess?: boolean;
}

export interface AccountStoreOptions {
  /** Accounts created as non-Enterprise ones, whose audit-log API answers 403. */
  accountsWithoutAuditLogs?: readonly string[];
  /** Accounts created as legacy ones when first created (their settings start with agents unable to end sessions). */
  legacyAccounts?: readonly string[];
}

/**
 * The accounts, created on first use with a new account's defaults. Writes are
 * durable before they are acknowledged: mutations are applied synchronously
 * (so concurrent requests to one account can never lose each other's keys)
 * and the whole account document is then written atomically.
 */
export class AccountStore {
  private readonly accounts = new Map<string, AccountState>();
  private readonly disk?: JsonDirectory;
  /** The names the emulator assumes where no recording shows Zendesk's (recorded/assumptions.ts), for this emulator run. */
  readonly assumptions: Assumptions;

  private readonly withoutAuditLogs: ReadonlySet<string>;
  private readonly legacyByDefault: ReadonlySet<string>;

  constructor(dataDir?: string, assumptions: Assumptions = withAssumptions(), options: AccountStoreOptions = {}) {
    this.assumptions = assumptions;
    this.withoutAuditLogs = new Set(options.accountsWithoutAuditLogs ?? []);
    this.legacyByDefault = new Set(options.legacyAccounts ?? []);
    if (dataDir) {
      this.disk = new JsonDirectory(dataDir);
      for (const [name, doc] of this.disk.readAll()) {
        const account = doc as AccountState & { ticketFields?: unknown };
        // Migration: accounts saved before triggers existed get a new account's triggers, before the directory its directory.
        account.rules ??= initialTriggerState(account.customizableCsat ?? true, assumptions);
        account.directory ??= defaultDirectory(name);
        account.auditLog ??= initialAuditLog(name, account.directory);
        account.auditLogAccess ??= !this.withoutAuditLogs.has(name);
        delete account.ticketFields;
        this.accounts.set(name, account);
      }
    }
  }

  /** What the account's trigger definitions depend on (triggers/definitions.ts). */
  definitionsContext(name: string): DefinitionsContext {
    const account = this.get(name);
    return {
      directory: account.directory,
      features: { agentsCanEndSessions: account.settings.messaging?.messaging_end_session === true, customizableCsat: account.customizableCsat },
      assumptions: this.assumptions,
    };
  }

  has(name: string): boolean {
    return this.accounts.has(name);
  }

  get(name: string): AccountState {
    return this.accounts.get(name) ?? this.create(name, {});
  }

  list(): AccountState[] {
    return [...this.accounts.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  create(name: string, options: NewAccountOptions): AccountState {
    const directory = defaultDirectory(name);
    const legacy = options.legacy ?? this.legacyByDefault.has(name);
    const account: AccountState = {
      name,
      legacy,
      sandbox: options.sandbox ?? false,
      customizableCsat: options.customizableCsat ?? true,
      rateLimitPerMinute: options.rateLimitPerMinute,
      settings: defaultSettings({ legacy }),
      rules: initialTriggerState(options.customizableCsat ?? true, this.assumptions),
      directory,
      auditLogAccess: options.auditLogAccess ?? !this.withoutAuditLogs.has(name),
      auditLog: initialAuditLog(name, directory),
      routing: initialRoutingState(name, directory),
    };
    this.accounts.set(name, account);
    this.persist(account);
    return account;
  }

  /** Makes the account a sandbox: created as one, or marked when it exists (e.g. read from the data directory). */
  markSandbox(name: string): AccountState {
    if (!this.has(name)) return this.create(name, { sandbox: true });
    return this.update(name, (account) => {
      account.sandbox = true;
    });
  }

  /** Applies `change` to the account and makes it durable before returning. */
  update(name: string, change: (account: AccountState) => void): AccountState {
    const account = this.get(name);
    change(account);
    this.persist(account);
    return account;
  }

  reset(): void {
    this.accounts.clear();
    this.disk?.removeAll();
  }

  private persist(account: AccountState): void {
    this.disk?.write(account.name, account);
  }
}
