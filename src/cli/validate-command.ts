import { validateExercise, MAX_ISSUES } from '../schema/validate.js';
import { parseJsonWithPositions } from '../schema/json-locate.js';
import type { ValidationIssue } from '../schema/exercise-types.js';
import { parseArgs } from './args.js';
import { count, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIo } from './io.js';

export const VALIDATE_HELP = `Usage: exercise-elements validate FILE...

Checks exercise documents (JSON) against the exercise-elements schema. Each problem is printed
as FILE:LINE:COLUMN, "error" or "warning", the JSON path of the value and what is wrong.
Unknown fields are warnings; everything else is an error.

Exit status: 0 when every file is valid (warnings allowed), 1 when any file has an error,
2 when a file cannot be read or the command is used wrongly.`;

interface Tally {
  valid: number;
  invalid: number;
  unreadable: number;
  errors: number;
  warnings: number;
}

/** The issues as shown, and how many the validator left out after its cap. */
function capped(issues: ValidationIssue[]): { shown: ValidationIssue[]; more: number } {
  if (issues.length <= MAX_ISSUES) return { shown: issues, more: 0 };
  return { shown: issues.slice(0, MAX_ISSUES), more: Number(/\d+/.exec(issues[MAX_ISSUES].message)?.[0] ?? 0) };
}

/** Validates one file's text and prints its problems; returns its counts. */
export function reportDocument(file: string, text: string, io: Pick<CliIo, 'out'>): { errors: number; warnings: number } {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    io.out(`${file}:${line}:${column}: error: not valid JSON: ${message}`);
    return { errors: 1, warnings: 0 };
  }
  const result = validateExercise(parsed.value);
  const errors = capped(result.errors);
  const warnings = capped(result.warnings);
  // In the order of the file, as a reader goes through it.
  const lines = [
    ...errors.shown.map((issue) => ({ severity: 'error', issue })),
    ...warnings.shown.map((issue) => ({ severity: 'warning', issue })),
  ]
    .map(({ severity, issue }) => ({ severity, issue, at: parsed.locate(issue.path) }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  for (const { severity, issue, at } of lines) io.out(`${file}:${at.line}:${at.column}: ${severity}: ${issue.path} ${issue.message}`);
  if (errors.more) io.out(`${file}: and ${count(errors.more, 'more error')}`);
  if (warnings.more) io.out(`${file}: and ${count(warnings.more, 'more warning')}`);
  return { errors: errors.shown.length + errors.more, warnings: warnings.shown.length + warnings.more };
}

export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals: files, options } = parseArgs(args, { flags: ['help'], short: { h: 'help' } });
  if (options.help) {
    io.out(VALIDATE_HELP);
    return EXIT_OK;
  }
  if (!files.length) throw new UsageError('validate needs at least one FILE');

  const tally: Tally = { valid: 0, invalid: 0, unreadable: 0, errors: 0, warnings: 0 };
  for (const file of files) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (e) {
      io.out(`${file}: error: cannot read the file: ${(e as Error).message}`);
      tally.unreadable++;
      continue;
    }
    const { errors, warnings } = reportDocument(file, text, io);
    tally.errors += errors;
    tally.warnings += warnings;
    if (errors) tally.invalid++;
    else tally.valid++;
  }

  const parts = [`${tally.valid} valid`];
  if (tally.invalid) parts.push(`${tally.invalid} with errors`);
  if (tally.unreadable) parts.push(`${tally.unreadable} unreadable`);
  io.out(`Checked ${count(files.length, 'file')}: ${parts.join(', ')}; ${count(tally.errors, 'error')}, ${count(tally.warnings, 'warning')}.`);
  return tally.unreadable ? EXIT_USAGE : tally.invalid ? EXIT_PROBLEMS : EXIT_OK;
}
