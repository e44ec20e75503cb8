import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langPath, languageOf, resolveLang, uiLocale, type Language, type Translations } from './locale.js';

/**
 * Gives an element the language it sits in: the nearest `lang` attribute on it or above it
 * (across shadow roots), English when none or one we do not have. Watches `lang` on that chain
 * of ancestors while connected and re-renders the element when it changes.
 * Per element, not per page: no global locale.
 */
export class LangController implements ReactiveController {
  /** The tag to format numbers with: the page's tag when we have its language, else 'en'. */
  lang = 'en';
  /** The language whose words the element shows. */
  language: Language = 'en';

  readonly #host: ReactiveControllerHost & Element;
  #observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** An element's words (one of src/i18n/*-words.ts) in this language. */
  words<T>(translations: Translations<T>): T {
    return translations[this.language];
  }

  hostConnected(): void {
    this.#resolve();
    // The chain only changes when the element moves, which disconnects and connects it again.
    this.#observer = new MutationObserver(this.#resolve);
    for (const node of langPath(this.#host)) this.#observer.observe(node, { attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  readonly #resolve = (): void => {
    const lang = uiLocale(resolveLang(this.#host));
    if (lang === this.lang) return;
    this.lang = lang;
    this.language = languageOf(lang) ?? 'en';
    this.#host.requestUpdate();
  };
}
