import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../schema/exercise-types.js';

/**
 * The readable panel shown instead of an element's content when its document cannot be used.
 * Each problem is named with its JSON path; a retry button is offered when trying again can help.
 */
export function renderErrorPanel(errors: readonly ValidationIssue[], onRetry?: () => void): TemplateResult {
  return html`<div part="error" class="ex-error" role="alert">
    <h2>This exercise could not be shown</h2>
    <ul>
      ${errors.map(
        (e) => html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${e.message}</li>`,
      )}
    </ul>
    ${onRetry ? html`<button type="button" part="retry" @click=${onRetry}>Try again</button>` : nothing}
  </div>`;
}

export function renderLoading(): TemplateResult {
  return html`<div part="loading" class="ex-loading" aria-busy="true">Loading exercise…</div>`;
}
