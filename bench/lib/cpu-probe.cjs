// Loaded with `node -r` into provider processes by bench/provider-processes.mjs: on exit, appends the process's own
// CPU time (all its threads: V8 compiles and collects garbage on helper threads) to $BENCH_CPU_PROBE_FILE.
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_CPU_PROBE_FILE;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, cpuMs: (user + system) / 1000 })}\n`);
  });
}
