// A plain <textarea> made comfortable for JSON: a line-number gutter that marks the lines with
// problems, and a way to put the caret on a line and column. No contenteditable, no library:
// the browser's own undo, selection and accessibility stay intact.
import { offsetAt } from './diagnostics.js';

/**
 * @param {HTMLTextAreaElement} textarea
 * @param {HTMLElement} gutter  an aria-hidden element beside the textarea
 */
export function createEditor(textarea, gutter) {
  let lineCount = 0;
  /** @type {Map<number, 'error' | 'warning'>} */
  let marks = new Map();

  function renderGutter() {
    const count = textarea.value.split(/\r\n|\r|\n/).length;
    const lines = [];
    for (let n = 1; n <= count; n++) {
      const line = document.createElement('span');
      line.textContent = String(n);
      const mark = marks.get(n);
      if (mark) line.className = mark;
      lines.push(line);
    }
    gutter.replaceChildren(...lines);
    lineCount = count;
    syncScroll();
  }

  function syncScroll() {
    gutter.scrollTop = textarea.scrollTop;
  }

  textarea.addEventListener('scroll', syncScroll);
  textarea.addEventListener('input', () => {
    if (textarea.value.split(/\r\n|\r|\n/).length !== lineCount) renderGutter();
  });

  /** The height of one line and the width of one character, in CSS pixels. */
  function metrics() {
    const style = getComputedStyle(textarea);
    const probe = document.createElement('span');
    probe.textContent = '0000000000';
    probe.style.font = style.font;
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    document.body.append(probe);
    const charWidth = probe.getBoundingClientRect().width / 10;
    probe.remove();
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    return { lineHeight, charWidth, paddingTop: parseFloat(style.paddingTop) || 0 };
  }

  return {
    /** Replaces the text (a picked exercise): the browser's undo history starts again. */
    setText(text) {
      textarea.value = text;
      textarea.scrollTop = 0;
      textarea.scrollLeft = 0;
      renderGutter();
    },

    /** Marks lines in the gutter; errors win over warnings on the same line. */
    mark(problems) {
      marks = new Map();
      for (const p of problems) {
        if (p.kind === 'warning' && marks.has(p.line)) continue;
        marks.set(p.line, p.kind === 'warning' ? 'warning' : 'error');
      }
      renderGutter();
    },

    /** Focuses the textarea with the caret at a line and column, scrolled into view. */
    goTo(line, column) {
      const offset = offsetAt(textarea.value, line, column);
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(offset, offset);
      const { lineHeight, charWidth, paddingTop } = metrics();
      const top = paddingTop + (line - 1) * lineHeight;
      if (top < textarea.scrollTop || top + lineHeight > textarea.scrollTop + textarea.clientHeight) {
        textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
      }
      const left = (column - 1) * charWidth;
      if (left < textarea.scrollLeft || left > textarea.scrollLeft + textarea.clientWidth - 4 * charWidth) {
        textarea.scrollLeft = Math.max(0, left - textarea.clientWidth / 2);
      }
      syncScroll();
      textarea.scrollIntoView({ block: 'nearest' });
    },
  };
}
