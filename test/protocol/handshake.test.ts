/**
 * The provider as a child process, started the way terraform starts it
 * (bundled with esbuild, go-plugin environment), talked to with a node:http2
 * client that presents the client certificate terraform would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:net';
import { Status } from '../../src/protocol/grpc/status';
import { generateCertificate } from '../../src/protocol/tls/certificate';
import { ProtoWriter } from '../../src/protocol/wire/protobuf';
import { MAGIC_COOKIE, bundleEchoProvider, cleanEnv } from './helpers/bundle';
import { GrpcTestClient } from './helpers/grpc-client';
import { tempDir } from './helpers/temp';

const HANDSHAKE = /^1\|6\|tcp\|127\.0\.0\.1:(\d+)\|grpc\|([A-Za-z0-9+/]*)\n/;

let bundle: string;
let cleanup: () => void;
const clientCert = generateCertificate();
const children = new Set<ChildProcess>();

beforeAll(async () => {
  const temp = tempDir('handshake');
  cleanup = temp.cleanup;
  bundle = await bundleEchoProvider(temp.dir);
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  cleanup();
});

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
  firstLine: Promise<string>;
}

function start(env: NodeJS.ProcessEnv, args: string[] = []): Started {
  const child = spawn(process.execPath, [bundle, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      out += c;
      if (out.includes('\n')) resolve(out);
    });
    child.once('exit', () => reject(new Error(`exited before printing a line; stderr: ${err}`)));
  });
  firstLine.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  return { child, stdout: () => out, stderr: () => err, exit, firstLine };
}

const pluginEnv = (extra: Record<string, string | undefined> = {}) =>
  cleanEnv({ TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE, PLUGIN_CLIENT_CERT: clientCert.certPem, PLUGIN_PROTOCOL_VERSIONS: '6', ...extra });

function pemFromHandshake(cert: string): string {
  const der = Buffer.from(cert, 'base64'); // Node accepts unpadded base64
  return new X509Certificate(der).toString();
}

describe('refusing to run by hand', () => {
  it.each([
    ['no magic cookie', cleanEnv()],
    ['a wrong magic cookie', cleanEnv({ TF_PLUGIN_MAGIC_COOKIE: 'nope' })],
  ])('exits 1 with an explanation when started with %s', async (_label, env) => {
    const p = start(env);
    expect(await p.exit).toBe(1);
    expect(p.stderr()).toContain('This binary is a plugin. These are not meant to be executed directly.');
    expect(p.stdout()).toBe('');
  });
});

describe('go-plugin handshake', () => {
  it('prints the handshake line first, serves mutual TLS with that certificate, and exits promptly on Shutdown', async () => {
    const p = start(pluginEnv({ TF_LOG: 'DEBUG' }));
    const line = await p.firstLine;
    const [, port, cert] = HANDSHAKE.exec(line)!;
    expect(line).toBe(`1|6|tcp|127.0.0.1:${port}|grpc|${cert}\n`);

    const serverCert = new X509Certificate(Buffer.from(cert, 'base64'));
    expect(serverCert.checkHost('localhost')).toBe('localhost');
    const client = new GrpcTestClient(Number(port), { ca: pemFromHandshake(cert), cert: clientCert.certPem, key: clientCert.keyPem });
    expect((await client.call('/grpc.health.v1.Health/Check', new ProtoWriter().stringField(1, 'plugin').finish())).status).toBe(0);
    expect((await client.call('/tfplugin6.Provider/GetProviderSchema')).status).toBe(0);
    // ConfigureProvider makes the fixture console.log: that must not reach stdout.
    expect((await client.call('/tfplugin6.Provider/ConfigureProvider')).status).toBe(0);

    // Ctrl-C reaches the whole process group; terraform stops providers through RPCs instead.
    p.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await client.call('/grpc.health.v1.Health/Check')).status).toBe(0);

    const before = Date.now();
    expect((await client.call('/plugin.GRPCController/Shutdown')).status).toBe(0);
    expect(await p.exit).toBe(0);
    expect(Date.now() - before).toBeLessThan(1000);
    await client.close();

    expect(p.stdout()).toBe(line); // nothing but the handshake, ever
    expect(p.stderr()).toContain('echo provider configured');
    // Every log line is hclog JSON, so terraform can re-level it under TF_LOG.
    const logLines = p.stderr().split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const l of logLines) expect(JSON.parse(l)).toHaveProperty('@module');
  });

  it('honours PLUGIN_MIN_PORT / PLUGIN_MAX_PORT, skipping ports in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    try {
      const p = start(pluginEnv({ PLUGIN_MIN_PORT: String(busy), PLUGIN_MAX_PORT: String(busy + 50) }));
      const port = Number(HANDSHAKE.exec(await p.firstLine)![1]);
      expect(port).toBeGreaterThan(busy);
      expect(port).toBeLessThanOrEqual(busy + 50);
      p.child.kill('SIGKILL');
      await p.exit;
    } finally {
      blocker.close();
    }
  });

  it('fails clearly on a malformed port range', async () => {
    const p = start(pluginEnv({ PLUGIN_MIN_PORT: '20000', PLUGIN_MAX_PORT: '10000' }));
    expect(await p.exit).toBe(1);
    expect(p.stderr()).toMatch(/PLUGIN_MIN_PORT value of 20000 is greater than PLUGIN_MAX_PORT value of 10000/);
    expect(p.stdout()).toBe('');
  });

  it('refuses a PLUGIN_CLIENT_CERT that holds no certificate, before printing anything', async () => {
    const p = start(pluginEnv({ PLUGIN_CLIENT_CERT: 'garbage' }));
    expect(await p.exit).toBe(1);
    expect(p.stderr()).toMatch(/PLUGIN_CLIENT_CERT is set but holds no PEM certificate/);
    expect(p.stdout()).toBe('');
  });

  it('serves plaintext with an empty certificate field when no client certificate is offered (as go-plugin does)', async () => {
    const p = start(pluginEnv({ PLUGIN_CLIENT_CERT: undefined }));
    const line = await p.firstLine;
    const [, port, cert] = HANDSHAKE.exec(line)!;
    expect(cert).toBe('');
    const client = new GrpcTestClient(Number(port));
    expect((await client.call('/grpc.health.v1.Health/Check')).status).toBe(0);
    await client.call('/plugin.GRPCController/Shutdown');
    expect(await p.exit).toBe(0);
    await client.close();
  });
});

describe('serving through a factory (provider built after the handshake)', () => {
  const connect = async (p: Started) => {
    const [, port, cert] = HANDSHAKE.exec(await p.firstLine)!;
    return new GrpcTestClient(Number(port), { ca: pemFromHandshake(cert), cert: clientCert.certPem, key: clientCert.keyPem });
  };

  it('serves the built provider', async () => {
    const p = start(pluginEnv({ ECHO_FACTORY: '1' }));
    const client = await connect(p);
    const res = await client.call('/tfplugin6.Provider/GetProviderSchema');
    expect(res.status).toBe(0);
    expect(Buffer.from(res.body!).toString('latin1')).toContain('echo_thing');
    await client.call('/plugin.GRPCController/Shutdown');
    expect(await p.exit).toBe(0);
    await client.close();
  });

  it('answers every RPC with a gRPC error when the factory fails (no provider is there to answer), without dying', async () => {
    const p = start(pluginEnv({ ECHO_FACTORY: 'throw' }));
    const client = await connect(p);
    for (let i = 0; i < 2; i++) {
      const res = await client.call('/tfplugin6.Provider/GetProviderSchema');
      expect(res.status).toBe(Status.UNKNOWN);
      expect(res.message).toBe('GetProviderSchema failed: the provider could not be built');
      expect(res.body).toBeUndefined();
    }
    await client.call('/plugin.GRPCController/Shutdown');
    expect(await p.exit).toBe(0);
    await client.close();
  });
});

describe('debug mode', () => {
  it('prints TF_REATTACH_PROVIDERS, serves plaintext across Shutdown calls, and stops on Ctrl-C', async () => {
    const p = start(cleanEnv(), ['--debug']);
    await p.firstLine;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const match = /TF_REATTACH_PROVIDERS='(.*)'/.exec(p.stdout());
    expect(match).not.toBeNull();
    const reattach = JSON.parse(match![1]);
    const config = reattach['registry.terraform.io/example/echo'];
    expect(config).toMatchObject({ Protocol: 'grpc', ProtocolVersion: 6, Pid: p.child.pid, Test: true, Addr: { Network: 'tcp' } });
    const port = Number(/^127\.0\.0\.1:(\d+)$/.exec(config.Addr.String)![1]);

    const client = new GrpcTestClient(port);
    expect((await client.call('/tfplugin6.Provider/GetProviderSchema')).status).toBe(0);
    expect((await client.call('/plugin.GRPCController/Shutdown')).status).toBe(0);
    expect((await client.call('/tfplugin6.Provider/GetProviderSchema')).status).toBe(0);
    await client.close();

    p.child.kill('SIGINT');
    await p.exit;
    expect(p.child.signalCode).toBe('SIGINT'); // not ignored in debug mode: Ctrl-C is how a developer stops it
  });
});
