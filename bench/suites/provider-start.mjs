// Provider start → go-plugin handshake line, vs a bare `node -e 0`, as terraform starts it (through the wrapper).
// A second baseline is the least any AutoMTLS gRPC server in Node must do before its handshake line: load
// http2 and tls, make a P-256 key, listen on loopback. The gap between the provider and that floor is what our
// own code costs at start-up.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sideBySide, timeToFirstLine } from '../lib/measure.mjs';
import { baseEnv } from '../lib/workspace.mjs';

const require = createRequire(import.meta.url);
const { generateCertificate } = require('../../dist/protocol/tls/certificate.js');

/** `variant`: environment set on both sides (e.g. NODE_EXTRA_CA_CERTS unset). */
export async function providerStart({ root, runs, variant = {} }) {
  const wrapper = join(root.root, 'mirror', 'registry.terraform.io', 'zendesk-iac', 'zendesk');
  const { readdirSync } = await import('node:fs');
  const version = readdirSync(wrapper)[0];
  const platform = readdirSync(join(wrapper, version))[0];
  const executable = join(wrapper, version, platform, `terraform-provider-zendesk_v${version}`);
  const env = baseEnv({
    TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
    PLUGIN_CLIENT_CERT: generateCertificate().certPem,
    PLUGIN_PROTOCOL_VERSIONS: '6',
    PLUGIN_MIN_PORT: '10000',
    PLUGIN_MAX_PORT: '25000',
    ...variant,
  });
  const result = await sideBySide(
    runs,
    3,
    () => timeToFirstLine(executable, [], env),
    () => timeToFirstLine(process.execPath, ['-e', '0'], baseEnv(variant)),
  );
  const necessary = await sideBySide(
    runs,
    3,
    () => timeToFirstLine(executable, [], env),
    () => timeToFirstLine(process.execPath, ['-e', NECESSARY_WORK], baseEnv(variant)),
  );
  return { providerMs: result.a, nodeMs: result.b, ratio: result.ratio, necessaryMs: necessary.b, necessaryRatio: necessary.ratio, runs };
}

const NECESSARY_WORK = `
const { createSecureServer } = require('node:http2');
require('node:tls');
require('node:crypto').generateKeyPairSync('ec', { namedCurve: 'P-256' });
const server = createSecureServer({ ca: [] }); // an empty CA list: no root store (src/protocol/tls/pinned-client.ts)
server.listen(0, '127.0.0.1', () => { process.stdout.write('ready\\n'); server.close(); });
`;
