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

  /**
   * Where the caret at `offset` sits inside the textarea's content, in CSS pixels: a hidden copy
   * of the textarea (same font, width, padding and wrapping) holds the text before it and a
   * marker. Works whether long lines wrap or not.
   */
  function caretPosition(offset) {
    const style = getComputedStyle(textarea);
    const mirror = document.createElement('div');
    for (const name of [
      'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing',
      'tab-size', 'white-space', 'word-break', 'overflow-wrap', 'text-transform',
    ]) {
      mirror.style.setProperty(name, style.getPropertyValue(name));
    }
    // clientWidth: the padding box without the scrollbar, where the text wraps.
    mirror.style.boxSizing = 'border-box';
    mirror.style.width = `${textarea.clientWidth}px`;
    mirror.style.position = 'absolute';
    mirror.style.visibility = 'hidden';
    mirror.style.top = '0';
    mirror.style.left = '-99999px';
    mirror.style.overflow = 'hidden';
    if (textarea.wrap === 'off') mirror.style.whiteSpace = 'pre';
    mirror.textContent = textarea.value.slice(0, offset);
    const marker = document.createElement('span');
    marker.textContent = '\u200b';
    mirror.append(marker);
    document.body.append(mirror);
    const position = { top: marker.offsetTop, left: marker.offsetLeft, height: marker.offsetHeight };
    mirror.remove();
    return position;
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
      const caret = caretPosition(offset);
      const { scrollTop, scrollLeft, clientHeight, clientWidth } = textarea;
      if (caret.top < scrollTop || caret.top + caret.height > scrollTop + clientHeight) {
        textarea.scrollTop = Math.max(0, caret.top - clientHeight / 3);
      }
      if (caret.left < scrollLeft || caret.left > scrollLeft + clientWidth - 40) {
        textarea.scrollLeft = Math.max(0, caret.left - clientWidth / 2);
      }
      syncScroll();
      textarea.scrollIntoView({ block: 'nearest' });
    },
  };
}
