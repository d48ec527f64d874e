// Timing helpers: whole processes, measured from outside, the way terraform experiences them.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Wall time until the process prints its first stdout bytes (a provider's handshake line), or exits. */
export function timeToFirstLine(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let done = false;
    child.stdout.once('data', () => {
      if (done) return;
      done = true;
      resolve(now() - started);
      child.kill('SIGKILL');
    });
    child.once('error', reject);
    child.once('exit', () => {
      if (!done) {
        done = true;
        resolve(now() - started);
      }
    });
  });
}

/** Wall time of a whole command; rejects when it fails (unless `okCodes` allows the exit code). */
export function timeCommand(command, args, { cwd, env, okCodes = [0] } = {}) {
  return new Promise((resolve, reject) => {
    const started = now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      const ms = now() - started;
      if (okCodes.includes(code)) resolve({ ms, code, output });
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`));
    });
  });
}

/**
 * Runs two measurements alternately (a, b, a, b, …) so a change in machine
 * speed hits both alike; reports each median and the median of the pairwise ratios.
 */
export async function sideBySide(runs, warmup, measureA, measureB) {
  for (let i = 0; i < warmup; i++) {
    await measureA();
    await measureB();
  }
  const a = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = await measureA();
    const y = await measureB();
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  return { a: median(a), b: median(b), ratio: median(ratios), runs };
}

/**
 * CPU time (all threads, ms) a process has used when it prints its first stdout bytes: the sum of
 * /proc/PID/task/*\/schedstat's first field (nanoseconds on a CPU). On a loaded machine this moves far less than
 * wall time, which also counts the time spent waiting for a core. Linux only. The process must still be running
 * after its first line (a provider waits for terraform; a baseline must wait too): an exited one has no schedstat.
 */
export function cpuToFirstLine(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => {
      let ns = 0;
      try {
        for (const task of readdirSync(`/proc/${child.pid}/task`)) ns += Number(readFileSync(`/proc/${child.pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
        resolve(ns / 1e6);
      } catch (err) {
        reject(err);
      } finally {
        child.kill('SIGKILL');
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${command} exited ${code} before printing a line`)));
  });
}
