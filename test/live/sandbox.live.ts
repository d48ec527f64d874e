/**
 * `npm run test:live`: the acceptance flows (test/support/live/runner.ts) against the sandbox the ZENDESK_LIVE_*
 * variables name (the messaging settings, then the omnichannel routing objects). Fails listing what is missing when
 * they are not set; refuses (and writes nothing) unless GET /api/v2/account says the account is a sandbox. Progress
 * goes to stderr, the outcome (with any routing part skipped for the sandbox's plan) to test-results/live-run.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeOutcome, runLiveFlow } from '../support/live/runner';
import { describeMissing, liveTargetFromEnv } from '../support/live/target';

const REPORT = join(__dirname, '..', '..', 'test-results', 'live-run.md');

it('runs the acceptance flows against the sandbox the ZENDESK_LIVE_* variables name, and restores it', async () => {
  const result = liveTargetFromEnv(process.env);
  if ('missing' in result) throw new Error(describeMissing(result.missing));
  const outcome = await runLiveFlow(result.target, { progress: (line) => process.stderr.write(`live: ${line}\n`) });
  mkdirSync(join(REPORT, '..'), { recursive: true });
  writeFileSync(REPORT, `# Live acceptance run, ${new Date().toISOString()}\n\nAPI root: ${result.target.baseUrl}\n\n\`\`\`\n${describeOutcome(outcome)}\n\`\`\`\n`);
  if (outcome.status !== 'passed') throw new Error(describeOutcome(outcome));
});
