// Item 6: the set timer's cue-accuracy benchmark (bench/timer-accuracy.mjs, owned by the timer
// work), run as it is and read back from what it prints.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./timer-accuracy.mjs', import.meta.url));

export function measureTimer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      // Rows: name, largest error ms, mean error ms, cues played.
      const rows = {};
      for (const line of out.split('\n')) {
        const m = /^(.*?)\s*(\d+\.\d{3})\s+(\d+\.\d{3})\s+(\d+)\s*$/.exec(line);
        if (m) rows[m[1].trim()] = { worst: Number(m[2]), mean: Number(m[3]), played: Number(m[4]) };
      }
      const pick = (prefix) => Object.entries(rows).find(([name]) => name.startsWith(prefix))?.[1];
      const naive = pick('naive setInterval');
      const ours = [pick('ours, beeps'), pick('ours as the element')].filter(Boolean);
      if (!naive || ours.length === 0) return reject(new Error(`timer-accuracy output not understood (exit ${code}): ${out}${err}`));
      resolve({
        naive,
        naiveBest: pick('naive, drift-free'),
        ours: { worst: Math.max(...ours.map((r) => r.worst)), mean: Math.max(...ours.map((r) => r.mean)) },
        met: code === 0 && /target \(ours ≤ 1 ms\): met/.test(out),
        output: out.trim(),
      });
    });
  });
}
