/**
 * The gRPC-over-HTTP/2 server with a node:http2 client standing in for
 * terraform: mutual TLS with per-test certificates, port 0, real sockets.
 */
import { GrpcServer } from '../../src/protocol/grpc/server';
import { GrpcError, Status, decodeGrpcMessage, encodeGrpcMessage } from '../../src/protocol/grpc/status';
import type { UnaryHandler } from '../../src/protocol/grpc/types';
import { createLogger } from '../../src/protocol/log';
import { type RunningPluginServer, startPluginServer } from '../../src/protocol/plugin/plugin-server';
import { generateCertificate } from '../../src/protocol/tls/certificate';
import { ProtoWriter } from '../../src/protocol/wire/protobuf';
import { EchoProvider } from './fixtures/echo-provider';
import { GrpcTestClient } from './helpers/grpc-client';
import { all, dump, one, str, sub } from './helpers/proto-dump';

const quiet = createLogger({ level: 'off' });
const serverCert = generateCertificate();
const clientCert = generateCertificate();
const tls = { certPem: serverCert.certPem, keyPem: serverCert.keyPem, clientCertPem: clientCert.certPem };
const trusted = { ca: serverCert.certPem, cert: clientCert.certPem, key: clientCert.keyPem };

describe('plugin gRPC server over mutual TLS', () => {
  let server: RunningPluginServer;
  let client: GrpcTestClient;
  let shutdowns = 0;
  const warnings: string[] = [];

  beforeAll(async () => {
    const logger = createLogger({ level: 'warn', write: (line) => warnings.push(JSON.parse(line)['@message']) });
    server = await startPluginServer(new EchoProvider(), { logger, tls, onShutdown: () => shutdowns++ });
    client = new GrpcTestClient(server.port, trusted);
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('answers go-plugin’s health check as SERVING', async () => {
    const ok = await client.call('/grpc.health.v1.Health/Check', new ProtoWriter().stringField(1, 'plugin').finish());
    expect(ok).toMatchObject({ status: 0, contentType: 'application/grpc' });
    expect(Array.from(ok.body!)).toEqual([0x08, 0x01]);
    const unknown = await client.call('/grpc.health.v1.Health/Check', new ProtoWriter().stringField(1, 'other').finish());
    expect(unknown.status).toBe(Status.NOT_FOUND);
  });

  it('serves tfplugin6.Provider RPCs end to end', async () => {
    const res = await client.call('/tfplugin6.Provider/GetProviderSchema');
    expect(res.status).toBe(0);
    const entries = all(dump(res.body!), 2).map(sub);
    expect(entries.map((e) => str(one(e, 1)))).toEqual(['echo_thing']);
  });

  it('answers UNIMPLEMENTED for unknown methods and go-plugin’s stdio and broker streams', async () => {
    for (const path of ['/tfplugin6.Provider/CallFunction', '/plugin.GRPCStdio/StreamStdio', '/plugin.GRPCBroker/StartStream', '/nope.Service/Nope']) {
      const res = await client.call(path);
      expect({ path, status: res.status }).toEqual({ path, status: Status.UNIMPLEMENTED });
    }
  });

  it('rejects compressed messages and malformed framing', async () => {
    const compressed = Buffer.from([1, 0, 0, 0, 0]);
    expect(await client.call('/tfplugin6.Provider/GetMetadata', undefined, { rawBody: compressed })).toMatchObject({
      status: Status.UNIMPLEMENTED,
      message: expect.stringMatching(/compressed/),
    });
    const twoMessages = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await client.call('/tfplugin6.Provider/GetMetadata', undefined, { rawBody: twoMessages })).status).toBe(Status.INTERNAL);
    expect((await client.call('/tfplugin6.Provider/GetMetadata', undefined, { rawBody: Buffer.alloc(0) })).status).toBe(Status.INTERNAL);
  });

  it('answers HTTP 415 to requests that are not gRPC', async () => {
    expect((await client.call('/tfplugin6.Provider/GetMetadata', undefined, { contentType: 'application/json' })).status).toBe(-415);
  });

  it('handles many concurrent calls on one connection', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => client.call('/tfplugin6.Provider/GetProviderSchema')));
    expect(results.every((r) => r.status === 0 && r.body!.length > 0)).toBe(true);
  });

  it('responds to Shutdown before running the shutdown hook', async () => {
    const res = await client.call('/plugin.GRPCController/Shutdown');
    expect(res.status).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shutdowns).toBe(1);
  });

  it('refuses clients without a certificate, or with one terraform did not send', async () => {
    const anonymous = new GrpcTestClient(server.port, { ca: serverCert.certPem });
    await expect(anonymous.call('/grpc.health.v1.Health/Check')).rejects.toThrow();
    await anonymous.close();
    const stranger = generateCertificate();
    const impostor = new GrpcTestClient(server.port, { ca: serverCert.certPem, cert: stranger.certPem, key: stranger.keyPem });
    await expect(impostor.call('/grpc.health.v1.Health/Check')).rejects.toThrow();
    await impostor.close();
    // Both were turned away by the TLS layer (and logged), not by some later failure.
    expect(warnings.filter((w) => w === 'rejected TLS client')).toHaveLength(2);
  });
});

describe('gRPC server mechanics', () => {
  const start = async (handler: UnaryHandler, maxRequestBytes?: number) => {
    const grpc = new GrpcServer({ router: (path) => (path === '/t.S/M' ? handler : undefined), logger: quiet, maxRequestBytes });
    const { port } = await grpc.listen(0);
    return { grpc, client: new GrpcTestClient(port) };
  };

  it('percent-encodes grpc-message', async () => {
    const message = 'line 1\nline 2: 100% é 😀';
    expect(encodeGrpcMessage(message)).toBe('line 1%0Aline 2: 100%25 %C3%A9 %F0%9F%98%80');
    expect(decodeGrpcMessage(encodeGrpcMessage(message))).toBe(message);
    const { grpc, client } = await start(() => {
      throw new GrpcError(Status.INVALID_ARGUMENT, message);
    });
    expect(await client.call('/t.S/M')).toMatchObject({ status: Status.INVALID_ARGUMENT, message });
    await client.close();
    await grpc.close();
  });

  it('turns an unexpected handler failure into INTERNAL without crashing', async () => {
    const { grpc, client } = await start(() => {
      throw new Error('bug');
    });
    expect(await client.call('/t.S/M')).toMatchObject({ status: Status.INTERNAL, message: expect.stringContaining('bug') });
    expect((await client.call('/t.S/M')).status).toBe(Status.INTERNAL); // still serving
    await client.close();
    await grpc.close();
  });

  it('carries large messages across many HTTP/2 frames both ways (plaintext h2c)', async () => {
    const { grpc, client } = await start((req) => Uint8Array.from(req).reverse());
    const big = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => i % 251);
    const res = await client.call('/t.S/M', big);
    expect(res.status).toBe(0);
    expect(Buffer.from(res.body!).equals(Buffer.from(Uint8Array.from(big).reverse()))).toBe(true);
    await client.close();
    await grpc.close();
  });

  it('refuses requests over the size limit with RESOURCE_EXHAUSTED', async () => {
    const { grpc, client } = await start((req) => req, 1000);
    expect((await client.call('/t.S/M', new Uint8Array(2000))).status).toBe(Status.RESOURCE_EXHAUSTED);
    await client.close();
    await grpc.close();
  });

  it('serves calls concurrently', async () => {
    let active = 0;
    let peak = 0;
    const { grpc, client } = await start(async (req) => {
      peak = Math.max(peak, ++active);
      await new Promise((resolve) => setTimeout(resolve, 30));
      active--;
      return req;
    });
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.call('/t.S/M', Uint8Array.of(i))));
    expect(peak).toBe(8);
    await client.close();
    await grpc.close();
  });
});
