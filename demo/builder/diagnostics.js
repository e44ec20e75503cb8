// Checks the editor's text: JSON syntax first, then the schema. Every problem gets a line and a
// column, so the list can move the caret to it. Uses the library's own parser and validator.
import { validateExercise, ROOT_PATH } from '../../dist/schema/index.js';
import { parseJsonWithPositions } from '../../dist/schema/json-locate.js';

/**
 * @typedef {{kind: 'syntax' | 'error' | 'warning', path: string, message: string, line: number, column: number}} Problem
 * @typedef {{parsed: boolean, value?: unknown, valid: boolean, errors: Problem[], warnings: Problem[]}} Diagnosis
 */

const byPosition = (a, b) => a.line - b.line || a.column - b.column;

/** @returns {Diagnosis} */
export function diagnose(text) {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return { parsed: false, valid: false, errors: [{ kind: 'syntax', path: '', message, line, column }], warnings: [] };
  }
  const result = validateExercise(parsed.value);
  const place = (kind) => (issue) => ({
    kind,
    path: issue.path === ROOT_PATH ? '' : issue.path,
    message: issue.message,
    ...parsed.locate(issue.path),
  });
  return {
    parsed: true,
    value: parsed.value,
    valid: result.valid,
    errors: result.errors.map(place('error')).sort(byPosition),
    warnings: result.warnings.map(place('warning')).sort(byPosition),
  };
}

/**
 * The UTF-16 offset of a line and column (both from 1; a column counts code points, as the
 * locator does). Past the end of a line or of the text, the nearest end.
 */
export function offsetAt(text, line, column) {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let l = 1; l < line; l++) {
    while (offset < text.length && text[offset] !== '\n' && text[offset] !== '\r') offset++;
    if (offset >= text.length) return text.length;
    offset += text.startsWith('\r\n', offset) ? 2 : 1;
  }
  for (let c = 1; c < column && offset < text.length; c++) {
    const ch = text[offset];
    if (ch === '\n' || ch === '\r') break;
    const code = text.charCodeAt(offset);
    offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return offset;
}

/** One plain sentence for the status line. */
export function summary(d) {
  if (!d.parsed) {
    const e = d.errors[0];
    return `Not valid JSON: line ${e.line}, column ${e.column}.`;
  }
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const warnings = d.warnings.length ? `, ${count(d.warnings.length, 'warning', 'warnings')}` : '';
  if (d.valid) return `Valid exercise document${warnings || ''}.`;
  return `${count(d.errors.length, 'problem', 'problems')} to fix${warnings}.`;
}
