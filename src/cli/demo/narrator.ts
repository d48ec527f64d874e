/** Step-by-step console output for the demo: numbered steps, indented details, timings. */
export class Narrator {
  private step = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WritableStream = process.stdout,
  ) {}

  begin(title: string): void {
    this.step++;
    this.out.write(`\n▶ ${this.step}/${this.total} ${title}\n`);
  }

  detail(text: string): void {
    for (const line of text.replace(/\s+$/, '').split('\n')) this.out.write(`  ${line}\n`);
  }

  /** Shows the part of terraform's output a reviewer reads (the plan or the result), not the noise. */
  excerpt(output: string, keep: (line: string) => boolean = () => true): void {
    const lines = output.split('\n').filter((l) => l.trim() !== '' && keep(l));
    this.detail(lines.map((l) => `│ ${l}`).join('\n'));
  }

  finish(message: string): void {
    this.out.write(`\n✔ ${message} (${((Date.now() - this.started) / 1000).toFixed(1)} s)\n`);
  }
}
