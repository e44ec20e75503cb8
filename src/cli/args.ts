import { UsageError } from './io.js';

export interface ParsedArgs {
  positionals: string[];
  /** Options by long name without dashes: `--out DIR` → `{ out: 'DIR' }`, `--help` → `{ help: true }`. */
  options: Record<string, string | true>;
}

export interface ArgSpec {
  /** Long names of options that take a value (`--out DIR` or `--out=DIR`). */
  values?: string[];
  /** Long names of options without a value. */
  flags?: string[];
  /** One-letter aliases: `{ o: 'out', h: 'help' }`. */
  short?: Record<string, string>;
}

/** Splits a command's arguments into positionals and known options; "--" ends the options. */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const { values = [], flags = [], short = {} } = spec;
  const parsed: ParsedArgs = { positionals: [], options: {} };
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg == '--') {
      parsed.positionals.push(...args.slice(k + 1));
      break;
    }
    if (!arg.startsWith('-') || arg == '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq < 0 ? arg : arg.slice(0, eq);
    const name = written.startsWith('--') ? written.slice(2) : Object.prototype.hasOwnProperty.call(short, written.slice(1)) ? short[written.slice(1)] : '';
    if (values.includes(name)) {
      const value = eq < 0 ? args[++k] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`${written} needs a value`);
      parsed.options[name] = value;
    } else if (flags.includes(name) && eq < 0) {
      parsed.options[name] = true;
    } else {
      throw new UsageError(`unknown option ${written}`);
    }
  }
  return parsed;
}
