/**
 * Terraform numbers that a JavaScript number cannot hold.
 *
 * Terraform's numbers (cty.Number) are arbitrary-precision: HCL parses
 * `3.0000000000000001` and `9007199254740993` exactly (a 512-bit big.Float).
 * cty's msgpack codec sends a number as a msgpack int when it is an int64, else
 * as a float64 when that is exact, else as its decimal text
 * (`big.Float.Text('f', -1)`), and an int64 beyond 2^53 arrives as msgpack
 * int64/uint64. Rounding any of these to the nearest double changes the value,
 * and Terraform rejects a plan that changes a configured value ("Provider
 * produced invalid plan … does not match config value").
 *
 * A decoded number is therefore a plain JS number whenever that number *is* the
 * Terraform number by cty's own equality (rawNumberEqual: integers compare
 * exactly; other numbers by their shortest decimal text, which for a double is
 * the text JS prints), and an ExactNumber holding cty's decimal text otherwise.
 * The invariant keeps the hot path (small ints, ordinary floats) free of BigInt
 * work and makes equality simple: an ExactNumber never equals a JS number.
 */

/**
 * cty's decimal text is written out in full ('f' format): `1e999999999` would be
 * a gigabyte of zeros. Every double lies within 1e-324..1e308, so a few hundred
 * digits cover anything meaningful; longer numbers are refused, not expanded.
 */
export const MAX_NUMBER_TEXT_LENGTH = 4096;

/** cty.ParseNumberVal's grammar (big.ParseFloat, base 10): sign, digits with an optional point, optional exponent. */
const DECIMAL_SYNTAX = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** big.ParseFloat also reads infinities; cty sends them as float64 ±Inf, which JS numbers hold. */
const INFINITY_SYNTAX = /^([+-]?)[Ii]nf$/;

export class NumberFormatError extends Error {
  override readonly name = 'NumberFormatError';
}

/** A Terraform number no JS number holds exactly: a near-integer such as 3.0000000000000001, or an integer beyond 2^53. */
export class ExactNumber {
  /** cty's decimal text of the number (`Text('f', -1)`): plain notation, no exponent, no redundant zeros. */
  readonly text: string;

  private constructor(text: string) {
    this.text = text;
    Object.freeze(this);
  }

  /**
   * Reads a number written as text, as cty.ParseNumberVal does. Returns a JS
   * number when one is exactly that number. Throws NumberFormatError.
   */
  static parse(text: string): number | ExactNumber {
    const infinity = INFINITY_SYNTAX.exec(text);
    if (infinity) return infinity[1] === '-' ? -Infinity : Infinity;
    const decimal = parseDecimal(text);
    if (!decimal) throw new NumberFormatError('number is required, found a string that is not a number');
    if (plainLength(decimal) > MAX_NUMBER_TEXT_LENGTH) {
      throw new NumberFormatError(`the number has more than ${MAX_NUMBER_TEXT_LENGTH} digits, which this provider does not handle`);
    }
    const plain = plainText(decimal);
    const n = Number(plain);
    return Number.isFinite(n) && textOfDouble(n) === plain ? n : new ExactNumber(plain);
  }

  /** An integer read exactly (msgpack int64/uint64 beyond 2^53). */
  static fromBigInt(value: bigint): number | ExactNumber {
    const n = Number(value);
    return BigInt(n) === value ? n : new ExactNumber(value.toString());
  }

  get isInteger(): boolean {
    return !this.text.includes('.');
  }

  toString(): string {
    return this.text;
  }

  /** JSON has no way to say "this exact number" without a raw token: the decimal text, as a string. */
  toJSON(): string {
    return this.text;
  }
}

export function isExactNumber(value: unknown): value is ExactNumber {
  return value instanceof ExactNumber;
}

/**
 * Orders a number against a JS number (a validator's bound). An exact number
 * lies within half a unit in the last place of its nearest double, so any other
 * double is on the same side of both: only a tie with that double needs the
 * exact digits.
 */
export function compareNumbers(a: number | ExactNumber, b: number): -1 | 0 | 1 {
  if (typeof a === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (!Number.isFinite(b)) return b > 0 ? -1 : 1;
  const nearest = Number(a.text);
  if (nearest !== b) return nearest < b ? -1 : 1;
  return comparePlainTexts(a.text, exactTextOfDouble(b));
}

/**
 * How a number reads in a message: every digit, plain from 1e-6 up to 1e21 and
 * scientific beyond (as JS prints numbers), so `3.0000000000000001` and
 * `9007199254740993` show as written, never as the double they round to.
 */
export function formatNumber(value: number | ExactNumber): string {
  if (typeof value === 'number') {
    const inexactInteger = Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) < 1e21;
    return inexactInteger ? BigInt(value).toString() : String(value);
  }
  const { negative, digits, exponent } = parseDecimal(value.text)!;
  const integerDigits = digits.length + exponent;
  if (integerDigits > -6 && integerDigits <= 21) return value.text;
  const power = integerDigits - 1;
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${negative ? '-' : ''}${mantissa}e${power >= 0 ? '+' : ''}${power}`;
}

// ---- decimal text ---------------------------------------------------------------

/** ±digits × 10^exponent, digits without leading or trailing zeros ('' is zero). */
interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_SYNTAX.exec(text);
  const fraction = m?.[3] ?? '';
  if (!m || (m[2] === '' && fraction === '')) return undefined;
  const all = m[2] + fraction;
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 0x30) start++;
  let end = all.length;
  while (end > start && all.charCodeAt(end - 1) === 0x30) end--;
  const digits = all.slice(start, end);
  if (digits === '') return { negative: false, digits, exponent: 0 };
  // An absurd exponent becomes ±Infinity here, which plainLength then refuses.
  const exponent = (m[4] === undefined ? 0 : Number(m[4])) - fraction.length + (all.length - end);
  return { negative: m[1] === '-', digits, exponent };
}

function plainLength({ negative, digits, exponent }: Decimal): number {
  const unsigned = exponent >= 0 ? digits.length + exponent : Math.max(digits.length, -exponent) + 2;
  return unsigned + (negative ? 1 : 0);
}

/** Go's big.Float.Text('f', -1) layout: `1000`, `0.001`, `-12.5`. */
function plainText({ negative, digits, exponent }: Decimal): string {
  if (digits === '') return '0';
  const sign = negative ? '-' : '';
  if (exponent >= 0) return sign + digits + '0'.repeat(exponent);
  const point = digits.length + exponent;
  if (point > 0) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/**
 * The decimal a JS number stands for in cty: integers exactly (we send them as
 * msgpack ints, or float64 beyond int64, and cty compares integers exactly),
 * other numbers as their shortest text (cty compares those by Text('f', -1),
 * which for a float64 is the shortest round-tripping text, as JS prints it).
 */
function textOfDouble(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  return plainText(parseDecimal(String(n))!);
}

/** Every digit of a finite double's binary value (0.1 → 0.1000000000000000055511151231257827021181583404541015625). */
function exactTextOfDouble(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, n);
  const high = bits.getUint32(0);
  const biasedExponent = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(bits.getUint32(4));
  if (biasedExponent !== 0) mantissa |= 1n << 52n;
  // n = ±mantissa × 2^-k (k > 0 for a fraction) = ±mantissa × 5^k × 10^-k.
  const k = 1075 - Math.max(biasedExponent, 1);
  const digits = (mantissa * 5n ** BigInt(k)).toString();
  return plainText(parseDecimal(`${n < 0 ? '-' : ''}${digits}e-${k}`)!);
}

/** Compares two canonical plain texts numerically. */
function comparePlainTexts(a: string, b: string): -1 | 0 | 1 {
  const aNegative = a.startsWith('-');
  if (aNegative !== b.startsWith('-')) return aNegative ? -1 : 1;
  const magnitude = compareMagnitudes(aNegative ? a.slice(1) : a, aNegative ? b.slice(1) : b);
  return aNegative && magnitude !== 0 ? (-magnitude as -1 | 1) : magnitude;
}

function compareMagnitudes(a: string, b: string): -1 | 0 | 1 {
  const [aInteger, aFraction = ''] = a.split('.');
  const [bInteger, bFraction = ''] = b.split('.');
  // No leading zeros: a longer integer part is a larger number.
  if (aInteger.length !== bInteger.length) return aInteger.length < bInteger.length ? -1 : 1;
  if (aInteger !== bInteger) return aInteger < bInteger ? -1 : 1;
  // No trailing zeros: fractions order as strings.
  if (aFraction === bFraction) return 0;
  return aFraction < bFraction ? -1 : 1;
}
