/**
 * Debian's headless Chromium, for tests that look at a page as a browser draws it: a screenshot and the DOM after
 * rendering. Each call gets its own user-data-dir (removed afterwards) and no network (--no-proxy-server and a
 * proxy that goes nowhere: a page that needed an external asset would render without it). `--no-sandbox` only when
 * running as root, where Chromium refuses to start without it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir } from './temp';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser binary on PATH, or undefined (the caller skips, saying so). */
export function findChromium(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function runBrowser(binary: string, args: string[], timeoutMs = 60_000): Promise<{ code: number; stdout: string; stderr: string }> {
  const profile = makeTempDir('chromium');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const all = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--metrics-recording-only',
    '--proxy-server=127.0.0.1:9',
    `--user-data-dir=${profile.dir}`,
    ...(root ? ['--no-sandbox'] : []),
    ...args,
  ];
  return new Promise((resolve) => {
    execFile(binary, all, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, HOME: profile.dir } }, (error, stdout, stderr) => {
      profile.cleanup();
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** The DOM after the page rendered (Chromium's --dump-dom). */
export async function dumpDom(binary: string, file: string): Promise<string> {
  const result = await runBrowser(binary, ['--dump-dom', pathToFileURL(file).href]);
  if (result.code !== 0) throw new Error(`chromium --dump-dom exited ${result.code}: ${result.stderr.slice(-2000)}`);
  return result.stdout;
}

/** A PNG of the page's first `width`×`height` pixels. */
export async function screenshot(binary: string, file: string, png: string, width = 1400, height = 1000): Promise<void> {
  const result = await runBrowser(binary, [`--screenshot=${png}`, `--window-size=${width},${height}`, '--hide-scrollbars', pathToFileURL(file).href]);
  if (result.code !== 0 || !existsSync(png)) throw new Error(`chromium --screenshot exited ${result.code}: ${result.stderr.slice(-2000)}`);
}

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
export function pngSize(png: string): { width: number; height: number; bytes: number } {
  const data = readFileSync(png);
  if (data.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || data.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error(`${png} is not a PNG`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bytes: data.length };
}
