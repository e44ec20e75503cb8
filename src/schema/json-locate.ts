import { join, ROOT_PATH } from './validate.js';

/**
 * Parses JSON text and remembers where each value starts, so that an issue's JSON path (as the
 * validator writes it, e.g. `mistakes[2].fixes`) can be shown as a line and column in the file.
 * Syntax errors get a line, a column and a plain sentence too. Pure and DOM-free: the CLI uses it,
 * and an editor (the embed builder) can use it to place errors inline.
 *
 * Lines and columns count from 1; a column counts characters (code points), a tab being one.
 * A leading byte-order mark is skipped, as editors hide it.
 */

export interface SourcePosition {
  line: number;
  column: number;
}

export interface JsonSyntaxError extends SourcePosition {
  message: string;
}

export type LocatedJson =
  | {
      ok: true;
      value: unknown;
      /**
       * Where the value at `path` starts. A path that is not in the text (a missing required
       * field) gives its nearest enclosing value: the object that lacks the field.
       */
      locate(path: string): SourcePosition;
    }
  | { ok: false; error: JsonSyntaxError };

/** Deeper nesting is reported rather than risking the call stack; documents nest a few levels. */
export const MAX_NESTING = 512;

class SyntaxProblem {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** A character for a message: quoted when printable, else its code. */
function show(c: string | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (c == '\n' || c == '\r') return 'the end of the line';
  const code = c.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code < 0xa0) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${c}'`;
}

/** Walks the text as RFC 8259 JSON and returns the start offset of every value by path. */
function scan(text: string, start: number): Map<string, number> {
  const positions = new Map<string, number>();
  let i = start;

  function fail(message: string, at = i): never {
    throw new SyntaxProblem(message, at);
  }
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  function unexpected(expected: string): never {
    const c = text[i];
    if (c === undefined) return fail(`the text ends where ${expected} was expected; something is missing at the end`);
    if (c == '/') return fail('comments are not allowed in JSON');
    if (c == "'") return fail('text must be in double quotes ("), not single quotes');
    return fail(`expected ${expected}; found ${show(c)}`);
  }

  function value(path: string, depth: number): void {
    skipSpace();
    positions.set(path, i);
    const c = text[i];
    if (c == '{') return object(path, depth + 1);
    if (c == '[') return array(path, depth + 1);
    if (c == '"') return void string();
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    if (c !== undefined && /[A-Za-z]/.test(c)) return word();
    if (c == '.') fail('a number needs a digit before its decimal point, like 0.5');
    unexpected('a value (text in double quotes, a number, true, false, null, an object or a list)');
  }

  function object(path: string, depth: number): void {
    if (depth > MAX_NESTING) fail(`the JSON is nested more than ${MAX_NESTING} levels deep`);
    i++; // {
    skipSpace();
    if (text[i] == '}') return void i++;
    for (;;) {
      skipSpace();
      if (text[i] != '"') {
        if (text[i] !== undefined && /[A-Za-z_$]/.test(text[i])) fail('property names must be in double quotes');
        unexpected('a property name in double quotes');
      }
      const key = string();
      skipSpace();
      if (text[i] != ':') unexpected(`':' after the property name "${key}"`);
      i++;
      value(join(path, key), depth);
      skipSpace();
      if (text[i] == '}') return void i++;
      if (text[i] != ',') unexpected(text[i] == '"' ? "',' or '}' after the property (a comma may be missing)" : "',' or '}' after the property");
      const comma = i++;
      skipSpace();
      if (text[i] == '}') fail("a comma before '}' is not allowed in JSON", comma);
    }
  }

  function array(path: string, depth: number): void {
    if (depth > MAX_NESTING) fail(`the JSON is nested more than ${MAX_NESTING} levels deep`);
    i++; // [
    skipSpace();
    if (text[i] == ']') return void i++;
    for (let index = 0; ; index++) {
      value(join(path, index), depth);
      skipSpace();
      if (text[i] == ']') return void i++;
      if (text[i] != ',') unexpected(/["\d{[tfn-]/.test(text[i] ?? '') ? "',' or ']' after the list item (a comma may be missing)" : "',' or ']' after the list item");
      const comma = i++;
      skipSpace();
      if (text[i] == ']') fail("a comma before ']' is not allowed in JSON", comma);
    }
  }

  /** Reads a string token and returns its contents (escapes resolved, for keys). */
  function string(): string {
    const open = i++;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('this text is not closed: a closing double quote (") is missing', open);
      if (c == '"') {
        i++;
        return out;
      }
      if (c == '\n' || c == '\r') {
        fail('this text is not closed before the end of the line: a closing double quote (") is missing, or a line break must be written as \\n', open);
      }
      if (c < ' ') fail(`the control character ${show(c)} must be written as an escape such as \\t in text`);
      if (c == '\\') {
        const e = text[i + 1];
        if (e == 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail('\\u must be followed by four hexadecimal digits');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          continue;
        }
        if (e === undefined || !ESCAPES.has(e)) fail(`${e === undefined ? 'a lone \\' : `\\${e}`} is not a valid escape in JSON text; write \\\\ for a backslash`);
        out += JSON.parse(`"\\${e}"`);
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
  }

  function number(): void {
    if (text[i] == '-') i++;
    if (text[i] == '0') {
      i++;
      if (/\d/.test(text[i] ?? '')) fail('a number must not start with 0 (unless it is 0 or a fraction like 0.5)');
    } else if (/\d/.test(text[i] ?? '')) {
      while (/\d/.test(text[i] ?? '')) i++;
    } else {
      unexpected("a digit after '-'");
    }
    if (text[i] == '.') {
      i++;
      if (!/\d/.test(text[i] ?? '')) unexpected('a digit after the decimal point');
      while (/\d/.test(text[i] ?? '')) i++;
    }
    if (text[i] == 'e' || text[i] == 'E') {
      i++;
      if (text[i] == '+' || text[i] == '-') i++;
      if (!/\d/.test(text[i] ?? '')) unexpected('a digit in the exponent');
      while (/\d/.test(text[i] ?? '')) i++;
    }
  }

  function word(): void {
    const from = i;
    while (/[A-Za-z0-9_$]/.test(text[i] ?? '')) i++;
    const w = text.slice(from, i);
    if (w == 'true' || w == 'false' || w == 'null') return;
    const lower = w.toLowerCase();
    if (lower == 'true' || lower == 'false' || lower == 'null') fail(`write ${lower} in lower case`, from);
    fail(`expected a value (text in double quotes, a number, true, false, null, an object or a list); found ${w}`, from);
  }

  skipSpace();
  if (i == text.length) fail('the file is empty; an exercise document is an object in braces: { … }');
  value('', 0);
  skipSpace();
  if (text[i] == '/') fail('comments are not allowed in JSON');
  if (i < text.length) fail(`unexpected ${show(text[i])} after the end of the JSON (only one value is allowed)`);
  return positions;
}

/** Line and column (from 1, in code points) of a UTF-16 offset. */
function positioner(text: string, start: number): (offset: number) => SourcePosition {
  const lineStarts = [start];
  for (let k = start; k < text.length; k++) {
    const c = text[k];
    if (c == '\n' || (c == '\r' && text[k + 1] != '\n')) lineStarts.push(k + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let column = 1;
    for (let k = lineStarts[lo]; k < offset; k++) {
      const code = text.charCodeAt(k);
      if (code < 0xdc00 || code > 0xdfff) column++; // a low surrogate continues the previous character
    }
    return { line: lo + 1, column };
  };
}

/** Parses `text` as JSON, keeping positions; never throws. */
export function parseJsonWithPositions(text: string): LocatedJson {
  const start = text.charCodeAt(0) == 0xfeff ? 1 : 0;
  const position = positioner(text, start);
  let positions: Map<string, number>;
  try {
    positions = scan(text, start);
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    return { ok: false, error: { message: e.message, ...position(Math.min(e.offset, text.length)) } };
  }
  let value: unknown;
  try {
    value = JSON.parse(start ? text.slice(start) : text);
  } catch (e) {
    // The scanner accepts exactly JSON, so this is not expected; say what the engine said.
    return { ok: false, error: { message: String((e as Error).message), line: 1, column: 1 } };
  }
  const locate = (path: string): SourcePosition => {
    if (path == ROOT_PATH) path = '';
    let offset = positions.get(path);
    // A missing field: its nearest recorded parent, found by cutting the path at '.' or '['.
    for (let k = path.length - 1; offset === undefined && k > 0; k--) {
      if (path[k] == '.' || path[k] == '[') offset = positions.get(path.slice(0, k));
    }
    return position(offset ?? positions.get('') ?? start);
  };
  return { ok: true, value, locate };
}
