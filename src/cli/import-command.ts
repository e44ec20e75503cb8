import { validateExercise } from '../schema/validate.js';
import { parseJsonWithPositions } from '../schema/json-locate.js';
import type { Exercise } from '../schema/exercise-types.js';
import { convertFreeExerciseDb } from '../import/free-exercise-db.js';
import { exerciseIndexEntry, formatExerciseIndex, type ExerciseIndexEntry } from '../import/exercise-index.js';
import { parseArgs } from './args.js';
import { count, EXIT_OK, EXIT_PROBLEMS, UsageError, type CliIo } from './io.js';

export const IMPORT_HELP = `Usage: exercise-elements import free-exercise-db FILE --out DIR

Converts every entry of free-exercise-db's exercises.json (FILE) to an exercise document and
writes DIR/<id>.json for each, plus DIR/index.json: a compact list (id, name, level, muscles)
for search. Muscle names become muscle ids, instructions become steps (a short "Tip:" a cue, a
"Note:" a note; a long tip, a "Caution:" and an aside that leans on its step stay in the step),
expert level becomes advanced, images are not copied. Slips in the source's text that are mended
are reported as notes. Every document is validated before it is written; one that fails is
reported and skipped.

Options:
  -o, --out DIR   the folder to write to (created if needed; existing files are overwritten)

Exit status: 0 when every entry converts to a valid document, 1 when any does not,
2 when FILE cannot be read or is not a JSON list, or the command is used wrongly.`;

/** Sources the import command knows. */
export const IMPORT_SOURCES = ['free-exercise-db'];
/** File names in the output folder that an exercise id must not take. */
const INDEX_FILE = 'index.json';

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, options } = parseArgs(args, { values: ['out'], flags: ['help'], short: { o: 'out', h: 'help' } });
  if (options.help) {
    io.out(IMPORT_HELP);
    return EXIT_OK;
  }
  const [source, file, ...extra] = positionals;
  if (!source) throw new UsageError(`import needs a source (${IMPORT_SOURCES.join(', ')}) and a FILE`);
  if (!IMPORT_SOURCES.includes(source)) throw new UsageError(`unknown import source "${source}"; known: ${IMPORT_SOURCES.join(', ')}`);
  if (!file) throw new UsageError(`import ${source} needs the FILE to read (its exercises.json)`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const out = options.out;
  if (typeof out != 'string') throw new UsageError('import needs --out DIR, the folder to write to');

  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    throw new UsageError(`${file}:${line}:${column}: not valid JSON: ${message}`);
  }
  if (!Array.isArray(parsed.value)) throw new UsageError(`${file} is not a list of exercises (free-exercise-db's exercises.json is a JSON list)`);

  const write = (path: string, text: string) =>
    io.writeText(path, text).catch((e: Error) => Promise.reject(new UsageError(`cannot write ${path}: ${e.message}`)));
  await io.makeDir(out).catch((e: Error) => Promise.reject(new UsageError(`cannot create ${out}: ${e.message}`)));
  const schemaRef = io.relativePath(out, io.schemaPath);
  const index: ExerciseIndexEntry[] = [];
  let failed = 0;
  for (const { exercise, sourceId, changes } of convertFreeExerciseDb(parsed.value, [INDEX_FILE.replace(/\.json$/, '')])) {
    for (const change of changes) io.out(`${sourceId}: note: ${change}`);
    const doc: Exercise = { $schema: schemaRef, ...exercise };
    const result = validateExercise(doc);
    for (const { path, message } of result.errors) io.out(`${sourceId}: error: ${path} ${message}`);
    for (const { path, message } of result.warnings) io.out(`${sourceId}: warning: ${path} ${message}`);
    if (!result.valid) {
      failed++;
      continue;
    }
    await write(io.joinPath(out, `${exercise.id}.json`), JSON.stringify(doc, null, 2) + '\n');
    index.push(exerciseIndexEntry(exercise));
  }
  await write(io.joinPath(out, INDEX_FILE), formatExerciseIndex(index));

  const entries = parsed.value.length;
  io.out(
    `Imported ${index.length} of ${count(entries, 'entry', 'entries')} from ${file} into ${out} (one file each, plus ${INDEX_FILE})` +
      (failed ? `; ${failed} failed validation and ${failed == 1 ? 'was' : 'were'} not written.` : '; all valid.'),
  );
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
