/**
 * A provider registry (Terraform's provider registry protocol, v1) on loopback HTTPS, serving a release directory as
 * `zendesk-messaging package` wrote it, with its SHA256SUMS signed by a throwaway GPG key: what a private registry
 * serves, so the real terraform installs from it the way it installs from one (and records the signed `zh:` hashes).
 *
 * Terraform is pointed at it with a CLI config `host` block (service discovery for registry.terraform.io overridden)
 * and trusts its self-signed certificate through SSL_CERT_FILE, so configurations keep `source = "zendesk-iac/zendesk"`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { generateCertificate } from '../../src/protocol/tls/certificate';

/** Whether gpg, which signs the checksums, is on PATH (the registry cannot be served without it). */
export function gpgAvailable(): boolean {
  try {
    execFileSync('gpg', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface ProviderRegistry {
  /** Put this CLI config's contents in TF_CLI_CONFIG_FILE. */
  cliConfig: string;
  /** Set SSL_CERT_FILE to this for terraform: the registry's self-signed certificate. */
  certFile: string;
  /** Request paths served, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Signs `sumsFile` (writing `….sig` beside it) with a new key in `dir`; the gpg-agent it starts is stopped before returning. */
function signChecksums(dir: string, sumsFile: string): { keyId: string; asciiArmor: string } {
  const home = join(dir, 'gnupg');
  mkdirSync(home, { mode: 0o700 });
  const gpg = (...args: string[]) => execFileSync('gpg', ['--batch', '--homedir', home, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    gpg('--passphrase', '', '--quick-gen-key', 'zendesk-messaging test release <release@example.invalid>', 'ed25519', 'sign', 'never');
    gpg('--detach-sign', '--output', `${sumsFile}.sig`, sumsFile);
    const keyId = /^pub:[^:]*:[^:]*:[^:]*:([0-9A-F]{16}):/m.exec(gpg('--list-keys', '--with-colons'))![1];
    return { keyId, asciiArmor: gpg('--armor', '--export', keyId) };
  } finally {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' });
  }
}

/** The key whose signature the release already holds (`package --gpg-key`), as a registry lists it in `signing_keys`. */
export interface ReleaseSigningKey {
  keyId: string;
  asciiArmor: string;
}

/**
 * Serves `releaseDir`. With `signedWith`, the release's own `…_SHA256SUMS.sig` is served and that key listed, as a
 * registry serves what the releaser uploaded (terraform checks the one against the other); without, the sums are
 * signed here by a throwaway key.
 */
export async function startProviderRegistry(releaseDir: string, workDir: string, signedWith?: ReleaseSigningKey): Promise<ProviderRegistry> {
  const sumsName = readdirSync(releaseDir).find((name) => name.endsWith('_SHA256SUMS'));
  if (!sumsName) throw new Error(`${releaseDir} holds no …_SHA256SUMS: is it a release directory?`);
  const sumsFile = join(releaseDir, sumsName);
  const zips = readFileSync(sumsFile, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split('  '))
    .flatMap(([sha256, name]) => {
      const m = /^terraform-provider-zendesk_([^_]+)_([a-z0-9]+)_([a-z0-9]+)\.zip$/.exec(name);
      return m ? [{ sha256, name, version: m[1], os: m[2], arch: m[3] }] : [];
    });
  const key = signedWith ?? signChecksums(workDir, sumsFile);
  const certificate = generateCertificate();
  const certFile = join(workDir, 'registry-cert.pem');
  writeFileSync(certFile, certificate.certPem);

  const requests: string[] = [];
  let base = '';
  const json = (body: unknown) => ({ type: 'application/json', body: Buffer.from(JSON.stringify(body)) });
  const answer = (path: string): { type: string; body: Buffer } | undefined => {
    if (path === '/.well-known/terraform.json') return json({ 'providers.v1': '/v1/providers/' });
    if (path === '/v1/providers/zendesk-iac/zendesk/versions') {
      const versions = [...new Set(zips.map((z) => z.version))];
      return json({ versions: versions.map((version) => ({ version, protocols: ['6.0'], platforms: zips.filter((z) => z.version === version).map(({ os, arch }) => ({ os, arch })) })) });
    }
    const download = /^\/v1\/providers\/zendesk-iac\/zendesk\/([^/]+)\/download\/([^/]+)\/([^/]+)$/.exec(path);
    if (download) {
      const zip = zips.find((z) => z.version === download[1] && z.os === download[2] && z.arch === download[3]);
      return zip && json({
        protocols: ['6.0'],
        os: zip.os,
        arch: zip.arch,
        filename: zip.name,
        download_url: `${base}/files/${zip.name}`,
        shasums_url: `${base}/files/${sumsName}`,
        shasums_signature_url: `${base}/files/${sumsName}.sig`,
        shasum: zip.sha256,
        signing_keys: { gpg_public_keys: [{ key_id: key.keyId, ascii_armor: key.asciiArmor }] },
      });
    }
    const file = /^\/files\/([A-Za-z0-9._-]+)$/.exec(path);
    if (file) {
      try {
        return { type: 'application/octet-stream', body: readFileSync(join(releaseDir, file[1])) };
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
  const server = createServer({ cert: certificate.certPem, key: certificate.keyPem }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://localhost').pathname;
    requests.push(path);
    const found = req.method === 'GET' ? answer(path) : undefined;
    if (!found) res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"errors":["not found"]}');
    else res.writeHead(200, { 'Content-Type': found.type, 'Content-Length': found.body.length }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://localhost:${(server.address() as AddressInfo).port}`;
  const cliConfig = [
    '# registry.terraform.io\'s provider service, discovered here instead of on the internet.',
    'host "registry.terraform.io" {',
    '  services = {',
    `    "providers.v1" = "${base}/v1/providers/"`,
    '  }',
    '}',
    '',
  ].join('\n');
  return {
    cliConfig,
    certFile,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
