import { TerraformProvider, Token } from 'cdktf';
import { ROUTING_TREATMENTS } from '../provider/messaging-settings/attribute-map';
import { RoutingTreatment } from './routing-treatment';

/**
 * MessagingSessionPolicy's props as JavaScript may pass them. TypeScript's
 * types vanish at run time: a plain-JS (or loosely typed) caller can pass
 * `'email'` where a RoutingTreatment is expected, `'10'` for a number, or
 * misspell a prop. Each prop is checked once here: a value whose meaning is
 * unambiguous is accepted in its canonical form, anything else is an error at
 * synth naming the prop, and no prop is ever silently dropped. Unresolved
 * tokens pass through: the provider checks them at plan time.
 */

/** What the value is, for messages: `'yes' (a string)`, `42 (a number)`. */
function described(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return `an object (${Object.keys(value as object).slice(0, 3).join(', ') || 'no keys'})`;
  return `'${String(value)}' (a ${typeof value})`;
}

const fail = (prop: string, expected: string, value: unknown): never => {
  throw new Error(`'${prop}' must be ${expected}, got ${described(value)}`);
};

/** Props of an object, known ones only: a misspelt prop is an error that suggests the right one. */
export function checkKnownProps(prop: string, value: unknown, known: readonly string[], construct = 'MessagingSessionPolicy'): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(prop || 'props', 'an object', value);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const close = closest(key, known);
    throw new Error(`'${prop ? `${prop}.` : ''}${key}' is not a prop of ${construct}${close ? `: did you mean '${prop ? `${prop}.` : ''}${close}'?` : ''} (known: ${known.join(', ')})`);
  }
  return value as Record<string, unknown>;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };
  // A prop that starts the way another does ('timeout' for 'timeoutMinutes') is the likeliest meaning.
  const prefixed = candidates.find((c) => c.toLowerCase().startsWith(word.toLowerCase()) || word.toLowerCase().startsWith(c.toLowerCase()));
  if (prefixed) return prefixed;
  const [best] = candidates.map((c) => [c, distance(word, c)] as const).sort((x, y) => x[1] - y[1]);
  return best && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : undefined;
}

/** true/false; the strings "true"/"false" (an environment variable, say) mean the same. */
export function toBoolean(prop: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  if (Token.isUnresolved(value)) return value as boolean;
  if (value === 'true' || value === 'false') return value === 'true';
  return fail(prop, 'true or false', value);
}

/** A number; a string holding only a whole number in decimal ("10") means that number. */
export function toNumber(prop: string, value: unknown): number | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (Token.isUnresolved(value)) return value as number;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return fail(prop, 'a number', value);
}

export function toText(prop: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return fail(prop, 'text', value);
}

export function toTextList(prop: string, value: unknown): string[] | undefined {
  if (value === undefined || Token.isUnresolved(value)) return value as string[] | undefined;
  if (!Array.isArray(value)) return fail(prop, 'a list of text', value);
  value.forEach((item, i) => toText(`${prop}[${i}]`, item));
  return value;
}

/** "RoutingTreatment.EMAIL or RoutingTreatment.MESSAGING (or the text 'email' or 'messaging')", from the attribute map's values. */
const TREATMENTS_EXPECTED = (() => {
  const values = [...ROUTING_TREATMENTS].sort();
  return `${values.map((v) => `RoutingTreatment.${v.toUpperCase()}`).join(' or ')} (or the text ${values.map((v) => `'${v}'`).join(' or ')})`;
})();

export function toProvider(prop: string, value: unknown): TerraformProvider | undefined {
  if (value === undefined || value instanceof TerraformProvider) return value;
  // Duck-typed too: a provider construct from another copy of cdktf is still a provider.
  if (typeof value === 'object' && value !== null && typeof (value as { terraformResourceType?: unknown }).terraformResourceType === 'string') return value as TerraformProvider;
  return fail(prop, 'a zendesk provider (new ZendeskProvider(…))', value);
}

/**
 * A RoutingTreatment, or its value as text ('email', 'messaging', any case):
 * the one thing the prop can mean. An object with a `value` also counts, so a
 * RoutingTreatment from another copy of this library (two versions installed)
 * still works. The treatment's value is what the provider receives.
 */
export function toRoutingTreatment(prop: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof RoutingTreatment) return value.value;
  const text = typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string' ? (value as { value: string }).value : value;
  if (typeof text === 'string' && Token.isUnresolved(text)) return text;
  if (typeof text === 'string') {
    const known = (ROUTING_TREATMENTS as readonly string[]).find((value) => value === text.trim().toLowerCase());
    if (known) return known;
  }
  return fail(prop, TREATMENTS_EXPECTED, value);
}

