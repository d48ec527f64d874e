/**
 * The reproducible zip writer and the platform choice. That terraform and sha256sum take the zips is
 * release-artifacts.test.ts; here, what those would not catch: the CRC, order-independence, names refused.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releasePlatforms } from '../../src/cli/release/package-release';
import { crc32, zipArchive } from '../../src/cli/release/zip';
import { makeTempDir } from '../support/temp';

const file = (name: string, text: string, mode = 0o644) => ({ name, content: Buffer.from(text), mode });

describe('zipArchive', () => {
  it('computes the IEEE CRC-32 zip uses', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926'); // the standard check value
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('gives the same bytes whatever order the files come in', () => {
    const a = zipArchive([file('b.js', 'b'), file('a.sh', '#!/bin/sh\n', 0o755)]);
    const b = zipArchive([file('a.sh', '#!/bin/sh\n', 0o755), file('b.js', 'b')]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(zipArchive([file('a.sh', '#!/bin/sh\n', 0o644), file('b.js', 'b')]))).toBe(false); // the mode is part of it
  });

  it('refuses names a zip reader would place outside the target or read another way, and duplicates', () => {
    expect(() => zipArchive([file('/etc/passwd', 'x')])).toThrow('"/etc/passwd" is not a plain relative ASCII file name');
    expect(() => zipArchive([file('dir\\x', 'x')])).toThrow('not a plain relative ASCII file name');
    expect(() => zipArchive([file('é', 'x')])).toThrow('not a plain relative ASCII file name');
    expect(() => zipArchive([file('a', 'x'), file('a', 'y')])).toThrow('zip: the entry a is given twice');
  });

  // Info-ZIP's unzip, where the machine has it, as a second reader beside terraform's Go archive/zip.
  const unzip = (() => {
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  (unzip ? it : it.skip)('is read back by unzip with its contents, permissions and the zip epoch as time', () => {
    const temp = makeTempDir('zip');
    try {
      const zip = join(temp.dir, 'x.zip');
      writeFileSync(zip, zipArchive([file('run', '#!/bin/sh\necho hi\n', 0o755), file('data.txt', 'hello')]));
      expect(execFileSync('unzip', ['-p', zip, 'data.txt'], { encoding: 'utf8' })).toBe('hello');
      const listing = execFileSync('unzip', ['-Z', zip], { encoding: 'utf8' });
      expect(listing).toMatch(/-rw-r--r-- +2\.0 unx +5 b- stor 80-Jan-01 00:00 data\.txt/);
      expect(listing).toMatch(/-rwxr-xr-x +2\.0 unx +18 b- stor 80-Jan-01 00:00 run/);
      execFileSync('unzip', ['-tq', zip], { stdio: 'ignore' }); // CRCs check
    } finally {
      temp.cleanup();
    }
  });
});

describe('releasePlatforms', () => {
  it('defaults to the five platforms, keeps their order, and names the choices for one it does not know', () => {
    expect(releasePlatforms(undefined)).toEqual(['darwin_amd64', 'darwin_arm64', 'linux_amd64', 'linux_arm64', 'windows_amd64']);
    expect(releasePlatforms(['windows_amd64', 'linux_arm64', 'darwin_arm64'])).toEqual(['darwin_arm64', 'linux_arm64', 'windows_amd64']);
    expect(() => releasePlatforms(['linux_386'])).toThrow('linux_386 is not a platform this provider is released for: choose from darwin_amd64');
  });
});
