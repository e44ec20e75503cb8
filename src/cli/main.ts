// The command's entry point (dist/cli.js, the package's "bin"): Node's file system and process
// for the plain functions in cli.ts. Type-checked with Node's types by tsconfig.node.json.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import type { CliIo } from './io.js';

/** Error codes in words; anything else keeps Node's message. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
};

function reason(e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  return new Error(code && Object.prototype.hasOwnProperty.call(REASONS, code) ? REASONS[code] : String((e as Error).message));
}

const io: CliIo = {
  readText: (path) => readFile(path, 'utf8').catch((e) => Promise.reject(reason(e))),
  writeText: (path, text) => writeFile(path, text, 'utf8').catch((e) => Promise.reject(reason(e))),
  makeDir: (path) => mkdir(path, { recursive: true }).then(() => undefined, (e) => Promise.reject(reason(e))),
  joinPath: join,
  relativePath: (fromDir, to) => relative(fromDir, to).split(sep).join('/'),
  // dist/cli.js → <package>/schema/exercise.schema.json
  schemaPath: fileURLToPath(new URL('../schema/exercise.schema.json', import.meta.url)),
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

runCli(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    // A bug, not a user error: show it in full.
    process.stderr.write(`exercise-elements: unexpected failure: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 70;
  },
);
