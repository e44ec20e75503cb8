// Item 6: the set timer's cue-accuracy benchmark (bench/timer-accuracy.mjs, owned by the timer
// work), run as it is and read back from what it prints.
import { runNode } from './run-node.mjs';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./timer-accuracy.mjs', import.meta.url));

export async function measureTimer() {
  const { code, out, err } = await runNode([script]);
  // Rows: name, largest error ms, mean error ms, cues played.
  const rows = {};
  for (const line of out.split('\n')) {
    const m = /^(.*?)\s*(\d+\.\d{3})\s+(\d+\.\d{3})\s+(\d+)\s*$/.exec(line);
    if (m) rows[m[1].trim()] = { worst: Number(m[2]), mean: Number(m[3]), played: Number(m[4]) };
  }
  const pick = (prefix) => Object.entries(rows).find(([name]) => name.startsWith(prefix))?.[1];
  const naive = pick('naive setInterval');
  const ours = [pick('ours, beeps'), pick('ours as the element')].filter(Boolean);
  if (!naive || ours.length === 0) throw new Error(`timer-accuracy output not understood (exit ${code}): ${out}${err}`);
  return {
    naive,
    naiveBest: pick('naive, drift-free'),
    ours: { worst: Math.max(...ours.map((r) => r.worst)), mean: Math.max(...ours.map((r) => r.mean)) },
    met: code === 0 && /target \(ours ≤ 1 ms\): met/.test(out),
    output: out.trim(),
  };
}
