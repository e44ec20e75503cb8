/**
 * What the CLI needs from its surroundings, passed in so that the commands stay plain functions
 * (and type-check without Node's types); `main.ts` provides the Node implementation.
 */
export interface CliIo {
  /** Reads a UTF-8 file; rejects with an Error whose message says why in words ("no such file"). */
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  /** Creates a directory and its parents; fine if it exists. */
  makeDir(path: string): Promise<void>;
  joinPath(dir: string, name: string): string;
  /** The path of `to` relative to the directory `fromDir`, with "/" separators. */
  relativePath(fromDir: string, to: string): string;
  /** The package's schema/exercise.schema.json, for the "$schema" of written documents. */
  schemaPath: string;
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 1 when a document has problems, 2 when the command could not do its job as asked. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** "1 file", "2 files". */
export const count = (n: number, singular: string, plural = singular + 's') => `${n} ${n == 1 ? singular : plural}`;
