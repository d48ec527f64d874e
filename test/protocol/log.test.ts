import { createLogger, formatLine, levelFromEnv } from '../../src/protocol/log';

describe('hclog stderr logger', () => {
  it('writes one hclog JSON line with a six-digit-fraction timestamp (go-plugin parses exactly that layout)', () => {
    const line = formatLine('debug', 'provider', 'hello', { tf_rpc: 'PlanResourceChange', '@level': 'ignored' });
    expect(line.endsWith('\n')).toBe(true);
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ '@level': 'debug', '@message': 'hello', '@module': 'provider', tf_rpc: 'PlanResourceChange' });
    expect(entry['@timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('reads the level from TF_LOG_PROVIDER, then TF_LOG; warn by default', () => {
    expect(levelFromEnv({})).toBe('warn');
    expect(levelFromEnv({ TF_LOG: 'DEBUG' })).toBe('debug');
    expect(levelFromEnv({ TF_LOG: 'DEBUG', TF_LOG_PROVIDER: 'error' })).toBe('error');
    expect(levelFromEnv({ TF_LOG: 'json' })).toBe('trace');
    expect(levelFromEnv({ TF_LOG: 'off' })).toBe('off');
    expect(levelFromEnv({ TF_LOG: 'nonsense' })).toBe('trace');
  });

  it('filters below the level and names sub-modules', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => lines.push(l) });
    log.debug('dropped');
    log.info('kept');
    log.named('grpc').error('also kept');
    expect(log.isEnabled('debug')).toBe(false);
    expect(log.isEnabled('warn')).toBe(true);
    expect(lines.map((l) => JSON.parse(l)['@module'])).toEqual(['provider', 'provider.grpc']);
  });

  it('never writes bytes, keeps errors readable and survives unserialisable fields', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'trace', write: (l) => lines.push(l) });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    log.trace('payload', { value: Uint8Array.of(1, 2, 3), error: new Error('boom') });
    log.trace('cycle', { cyclic });
    const first = JSON.parse(lines[0]);
    expect(first.value).toBe('<3 bytes>');
    expect(first.error).toMatch(/^Error: boom/);
    expect(JSON.parse(lines[1])['@message']).toBe('cycle');
  });
});
