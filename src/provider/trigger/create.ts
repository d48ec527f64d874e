/**
 * Creating a trigger without ever making a duplicate.
 *
 * The client does not retry a POST that fails ambiguously (a timeout, a reset
 * connection, a 5xx: src/client/retry.ts), because Zendesk may have created the
 * trigger anyway. Triggers have no client-chosen key to make a POST
 * idempotent, so the provider recognises its own trigger by its content:
 *
 *  1. Before the POST it lists the triggers with the planned title (the search
 *     endpoint, exact title).
 *  2. If one of them is identical to what the POST would create (identical.ts)
 *     and this run has not created or adopted it, it is adopted instead, with a
 *     warning: the usual case is a second apply after a create that failed
 *     ambiguously but went through. `adopt_identical = false` turns this off.
 *     Several identical ones are an error: it cannot tell which is meant.
 *  3. After an ambiguous failure it looks again, for a little while (Zendesk may
 *     still be processing the request), for an identical trigger that was not
 *     there before, and adopts it with a warning.
 *
 * Edge cases:
 *  - Two resources declaring identical triggers, applied together: creates with
 *    the same title run one at a time and every trigger created or adopted is
 *    claimed for the run (TriggerClaims), so each resource gets its own.
 *  - The same two, the second added in a later apply: step 2 would adopt the
 *    first one's trigger, so both would manage one trigger. The plan warns
 *    about the adoption (with the ID) before anything happens; set
 *    adopt_identical = false on the second, or make the triggers differ.
 *  - Really wanting two identical triggers: adopt_identical = false (creating
 *    them in one apply works either way). Without adoption, a create that
 *    failed ambiguously and went through leaves a trigger the next apply does
 *    not know about; the error says so.
 *  - An identical trigger created by someone else at the same moment as an
 *    ambiguous POST would be taken for ours; the warning names the ID.
 *  - Claims are per provider configuration: two provider blocks (aliases) for
 *    one account that both declare a trigger identical to one left behind
 *    could both adopt it in one apply. The plan warns for each.
 *  - Whether Zendesk's search shows a new trigger at once is not documented
 *    [see: docs/design/zendesk-api.md#trigger-endpoints]; if it lags past the settle time, the next apply adopts the trigger.
 */
import type { Diagnostics } from '../../framework';
import { isApiError, reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import type { ApiTrigger } from '../../client/triggers';
import { createTrigger, triggersTitled } from '../../client/trigger-requests';
import { type TriggerPayload, claimsOf, matchesPayload } from './identical';

export interface CreateOptions {
  adoptIdentical: boolean;
  /** How long to keep looking for the trigger after an ambiguous failure. */
  settleMs: number;
  /** Clock and timer, replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** A failure after which the trigger may exist: no answer, a reset, a 5xx, or a 2xx answer that could not be read. */
export function mayHaveCreated(err: unknown): boolean {
  if (!isApiError(err)) return false;
  if (err.name === 'ZendeskServerError' || err.name === 'ZendeskResponseError') return true;
  const reason = (err as { reason?: string }).reason;
  return err.name === 'ZendeskNetworkError' && (reason === 'timeout' || reason === 'connection-reset' || reason === 'network');
}

/**
 * Whether Zendesk may still be working on the request: the client stopped
 * waiting (timeout, reset) or a gateway answered for it (502, 503, 504). After
 * any other answer (a 500, a 2xx that could not be read) it is done, and one
 * look, plus one a moment later, is enough.
 */
function mayStillBeRunning(err: unknown): boolean {
  const status = (err as { status?: number }).status;
  return (err as { name?: string }).name === 'ZendeskNetworkError' || status === 502 || status === 503 || status === 504;
}

/** The short wait after an answer that says Zendesk is done with the request. */
const AFTER_ANSWER_MS = 1_000;

/**
 * How long to look for the trigger after an ambiguous failure: about as long as
 * Zendesk was given to answer (a request it is still working on may land that
 * late), at least 5 s and at most a minute. Later arrivals are adopted by the next apply.
 */
export const settleTimeFor = (requestTimeoutMs: number) => Math.min(60_000, Math.max(5_000, requestTimeoutMs));

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const ids = (triggers: ApiTrigger[]) => triggers.map((t) => t.id).join(', ');

/** Identical triggers that exist now and are not this run's. */
async function identicalTriggers(session: AccountSession, payload: TriggerPayload): Promise<ApiTrigger[]> {
  const claims = claimsOf(session);
  return (await triggersTitled(session.client, payload.title)).filter((t) => !claims.has(t.id) && matchesPayload(t, payload));
}

/**
 * The plan says beforehand what the create will do about identical triggers:
 * adopt one (a warning, so a reviewer sees the ID), or fail on several (an
 * error). A trigger predicted for one resource is claimed for the plan, so an
 * identical second resource of the same plan is predicted to create.
 */
export async function predictAdoption(session: AccountSession, payload: TriggerPayload, diagnostics: Diagnostics): Promise<void> {
  const planned = claimsOf(session, 'plan');
  await planned.one(payload.title, async () => {
    let identical: ApiTrigger[];
    try {
      identical = (await identicalTriggers(session, payload)).filter((t) => !planned.has(t.id));
    } catch (err) {
      reportApiError(err, diagnostics, `Looking for triggers identical to "${payload.title}" in "${session.accountId}"`);
      return;
    }
    if (identical.length === 1) {
      planned.claim(identical[0].id);
      diagnostics.addWarning(
        'An identical trigger exists and will be adopted',
        `Trigger ${identical[0].id} in "${session.accountId}" already has exactly this title, active flag, description, conditions ` +
          'and actions, so apply will manage it instead of creating a duplicate. If it belongs to another resource, or you want a ' +
          'second identical trigger, set adopt_identical = false.',
      );
    } else if (identical.length > 1) {
      diagnostics.addError('Several identical triggers exist', several(session, payload, identical));
    }
  });
}

const several = (session: AccountSession, payload: TriggerPayload, identical: ApiTrigger[]) =>
  `Account "${session.accountId}" already has ${identical.length} triggers identical to "${payload.title}" (IDs ${ids(identical)}), so ` +
  'Terraform cannot tell which one this resource should manage. Import the right one (an import block with its ID), ' +
  'delete the duplicates in Admin Center, or set adopt_identical = false to create another one.';

/**
 * Creates the trigger, or adopts the one that is already there (see above).
 * Adoptions are warnings; failures are reported here (then undefined).
 */
export async function createOnce(session: AccountSession, payload: TriggerPayload, options: CreateOptions, diagnostics: Diagnostics): Promise<ApiTrigger | undefined> {
  const claims = claimsOf(session);
  const context = `Creating trigger "${payload.title}" in "${session.accountId}"`;
  return claims.one(payload.title, async () => {
    let before: ApiTrigger[];
    try {
      before = await triggersTitled(session.client, payload.title);
    } catch (err) {
      reportApiError(err, diagnostics, `${context}, looking for an identical trigger first (nothing was created)`);
      return undefined;
    }
    const identical = before.filter((t) => !claims.has(t.id) && matchesPayload(t, payload));
    if (options.adoptIdentical && identical.length > 1) {
      diagnostics.addError('Several identical triggers exist', several(session, payload, identical));
      return undefined;
    }
    if (options.adoptIdentical && identical.length === 1) {
      claims.claim(identical[0].id);
      diagnostics.addWarning(
        'Adopted an existing identical trigger',
        `Trigger ${identical[0].id} in "${session.accountId}" already has this title, active flag, description, conditions and actions ` +
          '(typically created by an earlier apply whose create failed on the way back), so Terraform manages it instead of creating ' +
          'a duplicate. If it belongs to another resource, set adopt_identical = false here and apply again after removing this one from state.',
      );
      return identical[0];
    }
    try {
      const created = await createTrigger(session.client, payload as unknown as Record<string, unknown>);
      claims.claim(created.id);
      return created;
    } catch (err) {
      if (!mayHaveCreated(err)) {
        reportApiError(err, diagnostics, context);
        return undefined;
      }
      return recover(session, payload, err, new Set(before.map((t) => t.id)), options, diagnostics, context);
    }
  });
}

/** After an ambiguous failure: adopt the trigger the POST made, or report the failure and what the next apply will do. */
async function recover(
  session: AccountSession,
  payload: TriggerPayload,
  failure: unknown,
  seen: Set<number>,
  options: CreateOptions,
  diagnostics: Diagnostics,
  context: string,
): Promise<ApiTrigger | undefined> {
  let appeared: ApiTrigger | undefined;
  const settleMs = mayStillBeRunning(failure) ? options.settleMs : Math.min(options.settleMs, AFTER_ANSWER_MS);
  try {
    appeared = await lookAgain(session, payload, seen, { ...options, settleMs });
  } catch (err) {
    const why = isApiError(err) ? err.message : String(err);
    reportApiError(failure, diagnostics, context, undefined, `Looking for the trigger afterwards failed too (${why}); check Admin Center before applying again.`);
    return undefined;
  }
  if (!appeared) {
    const next = options.adoptIdentical
      ? 'if Zendesk creates it later, the next apply adopts it instead of creating a duplicate.'
      : 'with adopt_identical = false the next apply creates another one, so check Admin Center first.';
    reportApiError(failure, diagnostics, context, undefined, `Terraform looked for ${Math.round(settleMs / 1000)} s and Zendesk shows no new trigger "${payload.title}"; ${next}`);
    return undefined;
  }
  claimsOf(session).claim(appeared.id);
  diagnostics.addWarning(
    'Adopted the trigger an interrupted create made',
    `Creating "${payload.title}" failed without a usable answer (${isApiError(failure) ? failure.message : String(failure)}), but Zendesk ` +
      `created trigger ${appeared.id} with exactly the planned content, so Terraform manages it instead of creating it again.`,
  );
  return appeared;
}

/** Looks for a new identical trigger now and then a few more times until `settleMs` has passed. */
async function lookAgain(session: AccountSession, payload: TriggerPayload, seen: Set<number>, options: CreateOptions): Promise<ApiTrigger | undefined> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const claims = claimsOf(session);
  const started = now();
  for (let wait = 250; ; wait = Math.min(wait * 2, 4000)) {
    const fresh = (await triggersTitled(session.client, payload.title)).filter((t) => !seen.has(t.id) && !claims.has(t.id) && matchesPayload(t, payload));
    // Only one POST was sent; should another identical trigger appear at the same moment, the oldest is taken.
    if (fresh.length > 0) return fresh.reduce((a, b) => (a.id < b.id ? a : b));
    const left = options.settleMs - (now() - started);
    if (left <= 0) return undefined;
    await sleep(Math.min(wait, left));
  }
}
