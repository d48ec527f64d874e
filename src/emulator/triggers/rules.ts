import type { AccountStore } from '../accounts';
import { customFieldFormats } from '../recorded/custom-fields';
import { DefinitionsIndex, definitionsFor } from './definitions';
import type { TriggerRules } from './validate';

/** What a trigger of the account is checked against (validate.ts): its definitions and its webhooks. */
export function triggerRules(store: AccountStore, account: string): TriggerRules {
  const context = store.definitionsContext(account);
  return {
    definitions: new DefinitionsIndex(definitionsFor(context)),
    webhookIds: new Set(context.directory.webhooks.map((w) => w.id)),
    valueFormats: customFieldFormats(context.directory),
  };
}
