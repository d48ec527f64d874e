import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/**
 * cdktf's Testing helpers (Testing.app, fullSynth behind toBeValidTerraform and
 * toPlanSuccessfully) each make a `cdktf.outdir.*` folder in the temp dir and
 * never remove it. Imported by a test file, this points the temp dir at one
 * folder of the file's own while its tests run, and removes it afterwards, so
 * the tests leave nothing behind. (os.tmpdir itself is replaced: jest gives a
 * test file its own copy of process.env, which Node's os module does not read.)
 */
const original = os.tmpdir;
const own = mkdtempSync(join(original(), 'zdm-cdk-'));
os.tmpdir = () => own;

afterAll(() => {
  os.tmpdir = original;
  rmSync(own, { recursive: true, force: true });
});
