// Package hygiene, after a build (npm test builds first): every path package.json promises
// exists, and the tarball holds what users need and nothing of the repository's own
// (tests, demos, benchmarks, scratch files, sources).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const exists = (path) => existsSync(new URL(path.replace(/^\.\//, ''), root));
const built = exists('dist/index.js');

/** Every file an "exports" entry points at, with the condition it is under. */
function exportTargets(exports) {
  const out = [];
  const walk = (value, where) => {
    if (typeof value === 'string') out.push([where, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where} ${k}`);
  };
  for (const [subpath, value] of Object.entries(exports)) walk(value, subpath);
  return out;
}

test('every "exports" target and every "types" target exists after a build', { skip: !built && 'run npm run build first' }, () => {
  const targets = exportTargets(pkg.exports);
  assert.ok(targets.length > 10);
  for (const [where, file] of targets) {
    assert.ok(file.startsWith('./'), `${where}: ${file} is relative to the package`);
    assert.ok(exists(file), `${where}: ${file} exists`);
    if (where.endsWith(' types')) assert.match(file, /\.d\.ts$/, `${where}: a declaration file`);
  }
  // Every subpath that has a module also has its types, and types come first (TypeScript reads them in order).
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    if (typeof value !== 'object') continue;
    assert.deepEqual(Object.keys(value), ['types', 'default'], `${subpath}: types, then default`);
  }
  for (const field of ['main', 'module', 'types', 'customElements']) assert.ok(exists(pkg[field]), `${field}: ${pkg[field]}`);
  for (const bin of Object.values(pkg.bin)) assert.ok(exists(bin), `bin ${bin}`);
});

test('every module the manifest names is built', { skip: !built && 'run npm run build first' }, () => {
  const modules = new Set(manifest.modules.map((m) => m.path));
  JSON.stringify(manifest, (key, value) => {
    if (key === 'module' && typeof value === 'string') modules.add(value);
    return value;
  });
  for (const path of modules) assert.ok(exists(path), `${path} exists`);
});

test('sideEffects names files that exist (a typo would let bundlers drop a registration)', () => {
  for (const pattern of pkg.sideEffects) {
    if (pattern.includes('*')) continue;
    if (pattern.startsWith('./dist/') && !built) continue;
    assert.ok(exists(pattern), pattern);
  }
  // Each entry that registers tags is listed.
  for (const entry of ['./dist/define.js', './dist/react/index.js', './dist/exercise-elements.js']) {
    assert.ok(pkg.sideEffects.includes(entry), entry);
  }
});

test('npm pack ships dist, the schema, the manifest and the README, and no tests, demos or sources', { skip: !built && 'run npm run build first' }, () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: fileURLToPath(root),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const files = JSON.parse(out)[0].files.map((f) => f.path);
  for (const wanted of ['package.json', 'README.md', 'custom-elements.json', 'schema/exercise.schema.json', 'dist/exercise-elements.js', 'dist/exercise-elements.iife.js', 'dist/react/index.js', 'dist/cli.js']) {
    assert.ok(files.includes(wanted), `ships ${wanted}`);
  }
  const allowed = /^(package\.json|README\.md|LICENSE(\.\w+)?|custom-elements\.json|schema\/[^/]+\.json|dist\/.+)$/;
  // Sources only as declarations (dist/types/src/**/*.d.ts).
  const unwanted = /(^|\/)(test|tests|demo|bench|scratch|node_modules|coverage|screenshots|test-output)\/|\.test\.|^src\/|\/src\/.*(?<!\.d)\.ts$/;
  for (const file of files) {
    assert.match(file, allowed, `${file} belongs in the package`);
    assert.doesNotMatch(file, unwanted, `${file} is not a test, demo or source file`);
  }
});
