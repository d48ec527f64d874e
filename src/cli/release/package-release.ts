import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROVIDER_TYPE } from '../../provider/address';
import { VERSION } from '../../version';
import { packageFileContent, providerPackageFiles } from '../provider-package';
import { zipArchive } from './zip';

/**
 * The release artifacts of the provider registry protocol (and of the
 * releases HashiCorp's scaffolding makes with goreleaser): one zip per
 * platform, `…_SHA256SUMS` over them and the manifest, and `…_manifest.json`.
 * Private registries, network mirrors and packed filesystem mirrors all
 * take these files as they are.
 */

/**
 * Linux and Windows get the standalone executable (Node.js built in); macOS the `#!/bin/sh` wrapper that runs the
 * bundle on the user's node, because an injected darwin binary needs a new code signature that cannot be made here
 * (docs/design/standalone-executable.md).
 */
export const RELEASE_PLATFORMS = ['darwin_amd64', 'darwin_arm64', 'linux_amd64', 'linux_arm64', 'windows_amd64'] as const;

/** The protocol versions the manifest declares: this provider speaks plugin protocol 6 only. */
export const MANIFEST = { version: 1, metadata: { protocol_versions: ['6.0'] } };

const PREFIX = `terraform-provider-${PROVIDER_TYPE}_`;

export interface ReleaseFile {
  /** The file name, in the release directory. */
  name: string;
  sha256: string;
}

export interface Release {
  dir: string;
  version: string;
  /** One per platform, in RELEASE_PLATFORMS order. */
  zips: (ReleaseFile & { platform: string })[];
  sums: string;
  manifest: ReleaseFile;
}

export const zipName = (version: string, platform: string) => `${PREFIX}${version}_${platform}.zip`;

/** Which platforms `--platform` asks for, or an error that says why one cannot be packaged. */
export function releasePlatforms(requested: string[] | undefined): string[] {
  if (!requested?.length) return [...RELEASE_PLATFORMS];
  for (const platform of requested) {
    if (!(RELEASE_PLATFORMS as readonly string[]).includes(platform)) {
      throw new Error(`${platform} is not a platform this provider is released for: choose from ${RELEASE_PLATFORMS.join(', ')}`);
    }
  }
  return RELEASE_PLATFORMS.filter((p) => requested.includes(p));
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Writes the release into `outDir`, replacing an earlier one's files (of any
 * version: a directory of mixed versions is how the wrong zip gets uploaded)
 * and leaving other files alone. The bytes depend only on the built bundles,
 * the pinned Node.js binaries and the version: no time, path or machine gets in.
 */
export function writeRelease(outDir: string, platforms: string[] = [...RELEASE_PLATFORMS]): Release {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(PREFIX)) rmSync(join(dir, name));

  // Each platform's zip holds what `install-provider` installs there, byte for byte (provider-package.ts).
  const zips = platforms.map((platform) => {
    const name = zipName(VERSION, platform);
    const zip = zipArchive(providerPackageFiles(platform).map((file) => ({ ...file, content: packageFileContent(file) })));
    writeFileSync(join(dir, name), zip);
    return { name, platform, sha256: sha256(zip) };
  });

  const manifestContent = Buffer.from(`${JSON.stringify(MANIFEST)}\n`);
  const manifest = { name: `${PREFIX}${VERSION}_manifest.json`, sha256: sha256(manifestContent) };
  writeFileSync(join(dir, manifest.name), manifestContent);

  // sha256sum's format ("HASH  NAME", two spaces), in name order, so `sha256sum -c` checks it; the manifest is
  // listed too, as goreleaser's registry releases do.
  const listed = [...zips, manifest].sort((a, b) => (a.name < b.name ? -1 : 1));
  const sums = `${PREFIX}${VERSION}_SHA256SUMS`;
  writeFileSync(join(dir, sums), listed.map((f) => `${f.sha256}  ${f.name}\n`).join(''));
  return { dir, version: VERSION, zips, sums, manifest };
}
