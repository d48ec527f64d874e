/**
 * Keeps secret values out of everything the provider prints. The framework
 * registers every value of an attribute the provider schema marks sensitive
 * (tokens, client secrets) as soon as it sees the configuration; every
 * diagnostic and log line then passes through `scrub` on its way out. This is
 * defence in depth: code below should never put a secret in a message, but if
 * a library error ever echoes one, it still does not reach the terminal.
 */
export class SecretScrubber {
  private readonly secrets = new Set<string>();

  register(value: unknown): void {
    // Very short strings would blank out ordinary words; real credentials are long.
    if (typeof value === 'string' && value.length >= 6) {
      this.secrets.add(value);
      const base64 = Buffer.from(value).toString('base64').replace(/=+$/, '');
      if (base64.length >= 8) this.secrets.add(base64);
      const encoded = encodeURIComponent(value);
      if (encoded !== value) this.secrets.add(encoded);
    }
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join('(sensitive value)');
    return out;
  }
}
