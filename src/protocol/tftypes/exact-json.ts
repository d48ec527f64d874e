/**
 * JSON.parse, except that numbers keep every digit.
 *
 * Terraform writes state with cty/json, which prints a number as its full
 * decimal text (`"timeout": 3.0000000000000001`, `"id": 9007199254740993`), and
 * hands that JSON back in UpgradeResourceState. JSON.parse would round such a
 * number to the nearest double, silently changing the prior state; Node 20's
 * reviver cannot see the source text either. So this small parser reads
 * numbers itself (a JS number, or an ExactNumber when no JS number is exact)
 * and leaves strings to JSON.parse.
 */
import { ExactNumber } from './exact-number';

const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Short integers are always exact doubles: no need for ExactNumber.parse on the common path. */
const SHORT_INTEGER = /^-?\d{1,15}$/;

export function parseJSONKeepingNumbers(text: string): unknown {
  const parser = new Parser(text);
  const value = parser.value();
  parser.skipWhitespace();
  if (parser.pos < text.length) parser.fail('unexpected data after the JSON value');
  return value;
}

class Parser {
  pos = 0;

  constructor(private readonly text: string) {}

  value(): unknown {
    this.skipWhitespace();
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [literal, value] of LITERALS) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return value;
      }
    }
    return this.fail(c === undefined ? 'unexpected end of JSON input' : `unexpected character ${JSON.stringify(c)}`);
  }

  skipWhitespace(): void {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.exec(this.text);
    this.pos = WHITESPACE.lastIndex;
  }

  fail(reason: string): never {
    throw new SyntaxError(`${reason} at position ${this.pos}`);
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') this.fail('expected a property name');
      const key = this.string();
      this.expect(':');
      // defineProperty: a "__proto__" key must become a property, as with JSON.parse.
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      if (this.separator('}')) return out;
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      if (this.separator(']')) return out;
    }
  }

  /** After a member: true at the closing bracket, false after a comma. */
  private separator(close: string): boolean {
    this.skipWhitespace();
    const c = this.text[this.pos++];
    if (c === close) return true;
    if (c === ',') return false;
    this.pos--;
    return this.fail(`expected "," or "${close}"`);
  }

  private expect(c: string): void {
    this.skipWhitespace();
    if (this.text[this.pos] !== c) this.fail(`expected "${c}"`);
    this.pos++;
  }

  private string(): string {
    return JSON.parse(this.token(STRING, 'invalid string')) as string;
  }

  private number(): number | ExactNumber {
    const token = this.token(NUMBER, 'invalid number');
    return SHORT_INTEGER.test(token) ? Number(token) : ExactNumber.parse(token);
  }

  private token(pattern: RegExp, reason: string): string {
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m) return this.fail(reason);
    this.pos = pattern.lastIndex;
    return m[0];
  }
}

const LITERALS: readonly [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];
