/**
 * Figures tests measure on the way (how many secrets a scan searched, how long a retry waited): appended to
 * test-results/figures.md, which docs/design/reliability.md cites, rather than printed among the test results. The file is
 * started afresh by every `npm test` (test/global-setup.cjs).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIGURES_FILE = join(__dirname, '..', '..', 'test-results', 'figures.md');

export function recordFigure(source: string, text: string): void {
  mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
  appendFileSync(FIGURES_FILE, `- ${source}: ${text.replace(/\n/g, '\n  ')}\n`);
}
