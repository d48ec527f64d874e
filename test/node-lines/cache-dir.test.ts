/** support/cache-dir.ts: how a complete download takes its place in the cache next to another test file's. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moveIntoPlace } from '../support/cache-dir';
import { makeTempDir } from '../support/temp';

describe('moveIntoPlace', () => {
  const temp = makeTempDir('cache-dir');
  afterAll(() => temp.cleanup());
  let n = 0;
  /** A download directory holding `marker` in a file named `bin`. */
  const download = (marker: string) => {
    const dir = join(temp.dir, `download-${n++}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'bin'), marker);
    return dir;
  };
  const entry = () => join(temp.dir, `entry-${n++}`);

  it('moves the download to a free place', () => {
    const [from, to] = [download('ours'), entry()];
    moveIntoPlace(from, to, () => existsSync(join(to, 'bin')));
    expect(readFileSync(join(to, 'bin'), 'utf8')).toBe('ours');
    expect(existsSync(from)).toBe(false);
  });

  it('keeps a complete entry that another run put there first', () => {
    const to = entry();
    moveIntoPlace(download('theirs'), to, () => existsSync(join(to, 'bin')));
    moveIntoPlace(download('ours'), to, () => existsSync(join(to, 'bin')));
    expect(readFileSync(join(to, 'bin'), 'utf8')).toBe('theirs');
  });

  it('replaces what is there when it is not complete', () => {
    const to = entry();
    mkdirSync(to);
    writeFileSync(join(to, 'leftover'), '');
    moveIntoPlace(download('ours'), to, () => existsSync(join(to, 'bin')));
    expect(readFileSync(join(to, 'bin'), 'utf8')).toBe('ours');
    expect(existsSync(join(to, 'leftover'))).toBe(false);
  });
});
