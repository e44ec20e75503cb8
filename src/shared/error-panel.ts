import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../schema/exercise-types.js';
import type { SharedWords } from '../i18n/shared-words.js';

/**
 * The readable panel shown instead of an element's content when its document cannot be used.
 * Each problem is named with its JSON path; a retry button is offered when trying again can help.
 * The heading and button are in the reader's language; the problems stay English: they are for
 * the document's author, like the validator's messages.
 */
export function renderErrorPanel(msg: SharedWords, errors: readonly ValidationIssue[], onRetry?: () => void): TemplateResult {
  return html`<div part="error" class="ex-error" role="alert">
    <h2>${msg.error}</h2>
    <ul lang="en">
      ${errors.map(
        (e) => html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${e.message}</li>`,
      )}
    </ul>
    ${onRetry ? html`<button type="button" part="retry" @click=${onRetry}>${msg.retry}</button>` : nothing}
  </div>`;
}

export function renderLoading(msg: SharedWords): TemplateResult {
  return html`<div part="loading" class="ex-loading" aria-busy="true">${msg.loading}</div>`;
}
