// The HTML a blogger pastes: the script tag (once per page) and the card, with the document
// inline or fetched from a URL. Pure functions of the builder's choices.
import { VERSION } from '../../dist/version.js';

export const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/exercise-elements@${VERSION}/dist/exercise-elements.js`;

const ATTRIBUTE_ESCAPES = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
/** Text safe inside a double-quoted attribute value. */
export const escapeAttribute = (value) => String(value).replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]);

/**
 * JSON for a `<script type="application/json">` block. `<` only ever occurs inside JSON strings,
 * where `\u003c` means the same character, so escaping every one of them means the text can
 * neither end the script early (`</script`) nor switch the parser into its comment-like
 * "escaped" state (`<!--`).
 */
export function jsonForScript(value, indent = '') {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\n/g, `\n${indent}`);
}

/**
 * The document as it goes into a page: without "$schema", which helps editors find the schema
 * but, written relative to our repository, points nowhere from a blog post.
 */
function forThePage(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('$schema' in value)) return value;
  const copy = { ...value };
  delete copy.$schema;
  return copy;
}

/** `exercise-elements.js` becomes `exercise-elements.iife.js` for a classic script. */
export const classicUrl = (url) => url.replace(/exercise-elements(\.min)?\.js(?=$|[?#])/, 'exercise-elements.iife.js');

/**
 * @param {{
 *   value?: unknown,          // the document (inline mode)
 *   mode: 'inline' | 'src',
 *   src?: string,             // the document's URL (src mode)
 *   scriptUrl?: string,
 *   classic?: boolean,        // a plain <script src> for page builders that strip type="module"
 *   includeScript?: boolean,  // the script tag is needed once per page
 *   sections?: string,        // the sections attribute, or '' for the default
 *   layout?: string, theme?: string,
 *   accent?: string,          // '#rrggbb', or '' for the card's own
 * }} options
 */
export function buildSnippet(options) {
  const lines = [];
  if (options.includeScript !== false) {
    const url = options.scriptUrl || DEFAULT_SCRIPT_URL;
    lines.push(
      options.classic
        ? `<script src="${escapeAttribute(classicUrl(url))}" defer></script>`
        : `<script type="module" src="${escapeAttribute(url)}"></script>`,
    );
  }
  const attributes = [];
  const add = (name, value) => attributes.push(` ${name}="${escapeAttribute(value)}"`);
  if (options.mode === 'src') add('src', options.src ?? '');
  if (options.sections) add('sections', options.sections);
  if (options.layout && options.layout !== 'full') add('layout', options.layout);
  if (options.theme && options.theme !== 'auto') add('theme', options.theme);
  if (options.accent) add('style', `--ex-color-accent: ${options.accent}`);
  const open = `<exercise-card${attributes.join('')}>`;
  if (options.mode === 'src') {
    lines.push(`${open}</exercise-card>`);
  } else {
    lines.push(
      open,
      '  <script type="application/json">',
      `    ${jsonForScript(forThePage(options.value ?? {}), '    ')}`,
      '  </script>',
      '</exercise-card>',
    );
  }
  return `${lines.join('\n')}\n`;
}
