/**
 * The corpus of real triggers: every distinct trigger (by conditions and
 * actions) found in recordings of real accounts' API answers, 20 in all:
 *  - triggers-salto.ts: 10, salto-io/salto myBrand_mock_replies.json (2021);
 *  - triggers-go-zendesk.ts: 2 more, nukosuke/go-zendesk fixture/GET/triggers.json (2018);
 *  - triggers-zenpy.ts: 8 more, facetoe/zenpy's betamax cassettes (2023–2024).
 * `standard` marks Zendesk's standard triggers: those a new account starts
 * with, recognisable because independent accounts hold them with the same
 * title and conditions (and their bodies changed across the years, so each
 * version is its own entry). `accountIds` names the ids of the recorded
 * account a trigger refers to: another account has no such agent or target,
 * and Zendesk refuses them there (see triggers/validate.ts).
 *
 * The emulator's standard triggers are the newest recorded versions
 * (triggers/defaults.ts); test/emulator/recorded-replay.test.ts
 * replays all of them.
 */
import type { RecordedTrigger } from './recorded-trigger';
import { SALTO_TRIGGERS } from './triggers-salto';
import { GO_ZENDESK_TRIGGERS } from './triggers-go-zendesk';
import { ZENPY_TRIGGERS } from './triggers-zenpy';

export type { RecordedTrigger } from './recorded-trigger';

export interface CorpusEntry extends RecordedTrigger {
  /** Where it was recorded: "repository path". */
  source: string;
}

const from = (source: string, triggers: RecordedTrigger[]): CorpusEntry[] => triggers.map((t) => ({ ...t, source }));

export const RECORDED_TRIGGERS: CorpusEntry[] = [
  ...from('salto-io/salto packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json', SALTO_TRIGGERS),
  ...from('nukosuke/go-zendesk fixture/GET/triggers.json', GO_ZENDESK_TRIGGERS),
  ...from('facetoe/zenpy tests/test_api/betamax/TestTriggers.test_values.json', ZENPY_TRIGGERS),
];
