/**
 * What a live run checks before it writes anything: that GET /api/v2/account says the account is a sandbox, for
 * both credentials (so the second admin's reaches the same sandbox), and that the account has the setting the run
 * changes. Each refusal names what was found and what to do.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AccountSettings, ZendeskAccount, ZendeskClient } from '../../../src/client';

export type Verdict<T> = { ok: T } | { refused: string };

const shown = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/** The account in words: its name and subdomain as Zendesk answered them. */
export function accountWords(account: ZendeskAccount): string {
  const name = typeof account.name === 'string' ? `"${account.name}"` : 'with no name';
  return typeof account.subdomain === 'string' ? `${name} (subdomain ${account.subdomain})` : name;
}

/** GET /api/v2/account through `client`: the account when it says `sandbox: true`, else why not. */
export async function requireSandbox(client: ZendeskClient, whose: string): Promise<Verdict<ZendeskAccount>> {
  let account: ZendeskAccount;
  try {
    account = await client.getAccount();
  } catch (err) {
    return { refused: `GET /api/v2/account with ${whose} failed, so the run cannot tell whether ${client.baseUrl} is a sandbox: ${(err as Error).message}` };
  }
  if (account.sandbox === true) return { ok: account };
  const found = typeof account.sandbox === 'boolean' ? `says it is not a sandbox (sandbox: ${account.sandbox})` : `does not say whether it is a sandbox (sandbox: ${shown(account.sandbox)})`;
  return {
    refused:
      `GET /api/v2/account with ${whose} answered account ${accountWords(account)} at ${client.baseUrl}, and ${found}. ` +
      'The live run changes messaging settings, so it runs only against a sandbox: point ZENDESK_LIVE_SUBDOMAIN (or ZENDESK_LIVE_BASE_URL) at one. Nothing was written.',
  };
}

/** The second credential reaches the same sandbox as the first: the same answer from GET /api/v2/account. */
export function sameAccount(first: ZendeskAccount, second: ZendeskAccount, whose: string): Verdict<true> {
  const identity = (a: ZendeskAccount) => ({ name: a.name, subdomain: a.subdomain });
  if (isDeepStrictEqual(identity(first), identity(second))) return { ok: true };
  return { refused: `${whose} reaches account ${accountWords(second)}, terraform's credential ${accountWords(first)}: both must be of the same sandbox. Nothing was written.` };
}

/** The run flips agents_can_end_sessions: an account whose settings lack it (messaging off) cannot show the flow. */
export function requireMessagingSetting(settings: AccountSettings, account: ZendeskAccount): Verdict<boolean> {
  const value = settings.messaging?.messaging_end_session;
  if (typeof value === 'boolean') return { ok: value };
  return {
    refused:
      `The settings of ${accountWords(account)} hold messaging.messaging_end_session = ${shown(value)}, not true or false: ` +
      'turn on messaging for the sandbox (Admin Center › Channels › Messaging and social › Messaging) and run again. Nothing was written.',
  };
}
