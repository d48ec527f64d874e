/**
 * A tiny stderr logger writing hclog JSON lines.
 *
 * go-plugin (inside terraform) reads the provider's stderr line by line and
 * re-logs every line that parses as hclog JSON at its own level under
 * TF_LOG / TF_LOG_PROVIDER; anything else becomes a debug line. Stdout is off
 * limits: it carries the handshake.
 *
 * Level: TF_LOG_PROVIDER, else TF_LOG (TRACE, DEBUG, INFO, WARN, ERROR, OFF,
 * JSON = TRACE; any other non-empty value means TRACE, as terraform does);
 * unset means warnings and errors only. A disabled level costs one integer
 * comparison, so logging calls can stay in hot paths.
 *
 * Never pass DynamicValue bytes or request payloads: values may be secrets.
 * Attach identifiers (RPC name, resource type) only.
 */
import { writeSync } from 'node:fs';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

const RANK: Record<LogLevel | 'off', number> = { trace: 1, debug: 2, info: 3, warn: 4, error: 5, off: 6 };

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** True when a message at this level would be written (to skip building expensive fields). */
  isEnabled(level: LogLevel): boolean;
  /** A logger whose lines carry `@module: <parent>.<name>`. */
  named(name: string): Logger;
}

export interface LoggerOptions {
  /** hclog `@module`; default "provider". */
  module?: string;
  /** Lowest level written, or "off". Default: from the environment. */
  level?: LogLevel | 'off';
  /** Where lines go; default: stderr. */
  write?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The threshold terraform's environment asks for. */
export function levelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel | 'off' {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || '').trim().toLowerCase();
  if (raw === '') return 'warn';
  if (raw === 'json') return 'trace';
  if (raw in RANK) return raw as LogLevel | 'off';
  return 'trace';
}

/** Writes to fd 2 synchronously, so lines survive an immediate process.exit and never interleave mid-line. */
export function writeStderr(line: string): void {
  try {
    writeSync(2, line);
  } catch {
    // EAGAIN when something made fd 2 non-blocking and the pipe is full: let the stream queue it.
    process.stderr.write(line);
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? levelFromEnv(options.env)];
  const write = options.write ?? writeStderr;
  return makeLogger(options.module ?? 'provider', threshold, write);
}

function makeLogger(module: string, threshold: number, write: (line: string) => void): Logger {
  const log = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (RANK[level] < threshold) return;
    write(formatLine(level, module, message, fields));
  };
  return {
    trace: (m, f) => log('trace', m, f),
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
    isEnabled: (level) => RANK[level] >= threshold,
    named: (name) => makeLogger(`${module}.${name}`, threshold, write),
  };
}

/**
 * One hclog JSON line. go-plugin parses `@timestamp` with the layout
 * 2006-01-02T15:04:05.000000Z07:00, i.e. exactly six fractional digits: a
 * millisecond ISO string would make it reject the whole line.
 */
export function formatLine(level: LogLevel, module: string, message: string, fields?: LogFields): string {
  const entry: Record<string, unknown> = {
    '@level': level,
    '@message': message,
    '@module': module,
    '@timestamp': new Date().toISOString().replace('Z', '000Z'),
  };
  if (fields) {
    for (const key of Object.keys(fields)) {
      if (!key.startsWith('@')) entry[key] = toJSONSafe(fields[key]);
    }
  }
  try {
    return `${JSON.stringify(entry)}\n`;
  } catch {
    // A field that cannot be serialised (a cycle) must not lose the message.
    return `${JSON.stringify({ '@level': level, '@message': message, '@module': module, '@timestamp': entry['@timestamp'] })}\n`;
  }
}

function toJSONSafe(value: unknown): unknown {
  if (value instanceof Error) return value.stack ?? value.message;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return `<${value.length} bytes>`; // never the bytes themselves
  return value;
}

let defaultLogger: Logger | undefined;

/** The process-wide logger (environment read on first use). */
export function getLogger(): Logger {
  return (defaultLogger ??= createLogger());
}

/** A thrown value's message for a log line, a gRPC status or a diagnostic, whatever was thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}
