// Finds a Chrome/Chromium for the browser tests, installing Debian's `chromium`
// with apt when none is present. It never downloads a browser build of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

const found = findChrome();
if (found) {
  process.exit(0);
}

const canApt = process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (canApt && isRoot) {
  console.log('No Chrome/Chromium found: installing Debian\'s chromium with apt-get…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // Fall through to the one-line message below.
  }
  if (findChrome()) process.exit(0);
}
console.error('No Chrome/Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its binary.');
process.exit(1);
