import { VERSION } from '../version.js';
import { validateCommand } from './validate-command.js';
import { importCommand } from './import-command.js';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.js';

export const NAME = 'exercise-elements';

export const HELP = `Usage: ${NAME} <command> [arguments]

Commands:
  validate FILE...                           check exercise documents against the schema
  import free-exercise-db FILE --out DIR     convert free-exercise-db's exercises.json

Options:
  -h, --help       show this help (or "${NAME} <command> --help" for one command)
  -v, --version    show the version`;

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  validate: validateCommand,
  import: importCommand,
};

/** Levenshtein distance, for "did you mean" on a mistyped command. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function unknownCommand(name: string): string {
  const close = Object.keys(COMMANDS).find((c) => distance(name.toLowerCase(), c) <= 2);
  return `unknown command "${name}"${close ? ` (did you mean "${close}"?)` : ''}`;
}

/** Runs the CLI with the arguments after the program name; resolves to the exit status. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  try {
    if (first === undefined) {
      io.err(HELP);
      return EXIT_USAGE;
    }
    if (first == '-h' || first == '--help' || first == 'help') {
      const topic = first == 'help' ? rest[0] : undefined;
      if (topic !== undefined) return await runCli([topic, '--help'], io);
      io.out(HELP);
      return EXIT_OK;
    }
    if (first == '-v' || first == '--version') {
      io.out(VERSION);
      return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`);
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new UsageError(unknownCommand(first));
    return await command(rest, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${NAME}: ${e.message}`);
    io.err(`Run "${NAME} --help" for usage.`);
    return EXIT_USAGE;
  }
}
