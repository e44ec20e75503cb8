import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** The path of a usable Chrome/Chromium: CHROME_PATH first, then the usual binaries on PATH. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const path = result.stdout.trim();
    if (result.status === 0 && path) return path;
  }
  return undefined;
}

/** Flags for headless Chromium on a locked-down machine (root, no network beyond localhost). */
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];
