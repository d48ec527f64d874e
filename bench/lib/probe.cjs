// Loaded with `node -r` into measured processes: on exit, appends the process's peak resident memory
// to $BENCH_PROBE_FILE, one JSON line per process (so counting lines counts provider starts); `argv` tells a
// provider host (`--host`) from the providers terraform starts.
//
// Peak RSS is read from /proc/self/status (VmHWM), which the kernel resets when a process execs.
// getrusage's ru_maxrss is not used on Linux: for a process started by fork+exec it also carries the
// high-water mark of the forked copy of the parent, so under terraform it reports terraform's own
// footprint (we measured ~5 MiB too high).
const { appendFileSync, readFileSync } = require('node:fs');

function peakKiB() {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, argv1: process.argv[1] ?? '-e', argv: process.argv.slice(2), maxRssKiB: peakKiB() })}\n`);
  });
}
