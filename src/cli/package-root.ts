import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The installed package's root directory. The same code runs from src/ (tests),
 * dist/ (compiled library) and dist/cli.js (bundle), so walk up to our package.json
 * rather than assuming a depth.
 */
export function packageRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'cdktf-zendesk-messaging') return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the cdktf-zendesk-messaging package above ${from}`);
  }
}
