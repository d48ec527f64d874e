/**
 * Keeps secret values out of everything the provider prints. The framework
 * registers every value of an attribute the provider schema marks sensitive
 * (tokens, client secrets) as soon as it sees the configuration; every
 * diagnostic and log line then passes through `scrub` on its way out. This is
 * defence in depth: code below should never put a secret in a message, but if
 * a library error ever echoes one, it still does not reach the terminal.
 *
 * Secrets are replaced as literal strings (split/join, linear in the text), so
 * a value of any size (a 40 KB token) costs one scan per form and can never
 * make the scrubber itself fail, as a RegExp built from the values could.
 */
export class SecretScrubber {
  /** Every registered form, longest first: a secret containing another is replaced whole. */
  private forms: string[] = [];

  register(value: unknown): void {
    // Very short strings would blank out ordinary words; real credentials are long.
    if (typeof value !== 'string' || value.length < 6) return;
    const forms = new Set([...this.forms, value]);
    const base64 = Buffer.from(value).toString('base64').replace(/=+$/, '');
    if (base64.length >= 8) forms.add(base64);
    forms.add(encodeURIComponent(value));
    this.forms = [...forms].sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const form of this.forms) if (form.length <= out.length && out.includes(form)) out = out.split(form).join('(sensitive value)');
    return out;
  }
}
