import type { ObjectValue } from '../../framework';
import { type Diagnostics, Path } from '../../framework';
import { reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import type { AccountSettings, NotKeptJudge, SettingsPatch } from '../../client/settings';
import { ATTRIBUTE_FOR_SETTING, type ReadProblem, type RefreshOptions, notKept, refreshState } from './mapping';

/**
 * Reports managed attributes whose value a settings answer does not tell, one
 * error on each: the state keeps what it knew, and the message says so.
 */
export function reportReadProblems(problems: ReadProblem[], answer: string, accountId: string, diagnostics: Diagnostics): void {
  for (const p of problems) {
    diagnostics.addAttributeError(
      p.path,
      p.problem === 'is missing' ? "Zendesk's answer lacks a managed setting" : "Zendesk's answer holds a setting of the wrong type",
      `In ${answer} (account "${accountId}"), ${p.apiKey} ${p.problem}, so the provider cannot tell what Zendesk holds ` +
        `for ${p.path}. The state keeps the last value Terraform knew. Run the command again; if it persists, the ` +
        'account may lack the feature (messaging, omnichannel routing) or something between Terraform and Zendesk ' +
        'rewrites answers (TF_LOG=debug shows each request).',
    );
  }
}

/**
 * What a write needs of the resource whose settings it writes: how its tree reads a state back from an answer, which
 * attribute an API key is, and its words ("the messaging settings"). Every resource whose attributes are account
 * settings writes through writeSettings with its own (zendesk_messaging_settings' is the default).
 */
export interface SettingsWriter {
  refreshState(prior: ObjectValue, settings: AccountSettings, options: RefreshOptions): { state: ObjectValue; problems: ReadProblem[] };
  /** Whether a read-back shows a key not kept: the table's verdict, which the client's `notKept` list follows. */
  notKept: NotKeptJudge;
  attributeForSetting: Readonly<Record<string, Path>>;
  /** "the messaging settings", for messages. */
  what: string;
}

export const MESSAGING_SETTINGS_WRITER: SettingsWriter = { refreshState, notKept, attributeForSetting: ATTRIBUTE_FOR_SETTING, what: 'the messaging settings' };

export interface WriteResult {
  /** The settings Zendesk holds after the write, as far as its answers tell. */
  settings: AccountSettings;
  /** The state the plan leads to: what Zendesk holds for each managed attribute, `fallback` where no answer told. */
  state: ObjectValue;
}

/**
 * PUTs the patch (only keys that differ from Zendesk's current values) and
 * verifies every managed attribute against Zendesk's answer (the client reads
 * the settings back with a GET when the PUT's answer does not tell every key
 * it sent). A managed value the answer still does not tell (a key missing, the
 * wrong type) keeps `fallback`'s value and is an error on the attribute. A
 * value Zendesk answered 200 for but did not keep is an error too, and the
 * state records what Zendesk holds. Returns undefined when the write failed
 * (nothing is known to have changed).
 */
export async function writeSettings(
  session: AccountSession,
  patch: SettingsPatch,
  plan: ObjectValue | null,
  fallback: ObjectValue | null,
  diagnostics: Diagnostics,
  writer: SettingsWriter = MESSAGING_SETTINGS_WRITER,
): Promise<WriteResult | undefined> {
  let result;
  try {
    result = await session.update(patch, writer.notKept);
  } catch (err) {
    reportApiError(err, diagnostics, `Updating ${writer.what} of "${session.accountId}"`);
    return undefined;
  }
  const target = plan ?? {};
  const { state, problems } = writer.refreshState(target, result.settings, { fallback: fallback ?? target });
  // A key the answer does not tell is a read problem; one it tells with another value is in notKept (the table's
  // verdict, writer.notKept): each is reported once, on its attribute.
  reportReadProblems(problems, 'the settings Zendesk answered after the write', session.accountId, diagnostics);
  for (const lost of result.notKept) {
    const path = writer.attributeForSetting[lost.path] ?? Path.ROOT;
    const planned = plan ? ` (planned ${JSON.stringify(lost.sent)})` : '';
    diagnostics.addAttributeError(
      path,
      'Zendesk did not keep a setting',
      `Zendesk accepted ${lost.path}${planned} with HTTP 200 but kept ${JSON.stringify(lost.actual)}. ` +
        `${result.warnings.length ? `Zendesk said: ${result.warnings.join('; ')}. ` : ''}` +
        "The account's plan or features may not allow this setting, or the API user may lack admin rights; check " +
        'Admin Center, then run terraform apply again.',
    );
  }
  return { settings: result.settings, state };
}
