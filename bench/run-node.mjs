// Runs a Node script as a child process and collects what it prints: the benchmark's way of
// running tools (Lighthouse's CLI, the timer benchmark) that report on stdout.
import { spawn } from 'node:child_process';

/** Resolves with the exit code and the whole of stdout and stderr; rejects only if it cannot start. */
export function runNode(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
