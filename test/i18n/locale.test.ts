import { expect, fixture, html } from '@open-wc/testing';
import { SHARED_WORDS, type SharedWords } from '../../src/i18n/shared-words.js';
import { MAP_WORDS } from '../../src/i18n/map-words.js';
import { MISTAKES_WORDS } from '../../src/i18n/mistakes-words.js';
import { CARD_WORDS } from '../../src/i18n/card-words.js';
import { TIMER_TRANSLATIONS } from '../../src/i18n/timer-words.js';
import {
  formatDuration,
  formatList,
  formatNumber,
  langPath,
  languageOf,
  resolveLang,
  uiLocale,
  type Translations,
} from '../../src/i18n/locale.js';
import { TIMER_WORDS } from '../../src/timer/words.js';

/** A host element with an open shadow root holding `inner` (markup). */
function shadowHost(inner: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = inner;
  return { host, root };
}

describe('resolveLang', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('finds the nearest lang in the light DOM, the element itself first', async () => {
    const el = await fixture(html`<section lang="es"><div><p lang="de-AT"><span id="a"></span></p><span id="b"></span></div></section>`);
    expect(resolveLang(el.querySelector('#a')!)).to.equal('de-AT');
    expect(resolveLang(el.querySelector('#b')!)).to.equal('es');
    el.querySelector('#b')!.setAttribute('lang', 'en-GB');
    expect(resolveLang(el.querySelector('#b')!)).to.equal('en-GB');
  });

  it('crosses shadow roots to their hosts, through nested roots', async () => {
    const outer = shadowHost('<div lang="de"><div id="slot-here"></div></div>');
    const inner = shadowHost('<p><span id="deep"></span></p>');
    outer.root.querySelector('#slot-here')!.append(inner.host);
    const page = await fixture(html`<div lang="es"></div>`);
    page.append(outer.host);
    const deep = inner.root.querySelector('#deep')!;
    expect(resolveLang(deep)).to.equal('de');
    // The path runs span, p, inner host, div, div[lang], outer host, div[lang=es], ..., html.
    const path = langPath(deep);
    expect(path[2]).to.equal(inner.host);
    expect(path).to.include(outer.host);
    expect(path[path.length - 1]).to.equal(document.documentElement);
    // Without a lang inside the outer shadow root, the page's one is found.
    outer.root.querySelector('[lang]')!.removeAttribute('lang');
    expect(resolveLang(deep)).to.equal('es');
  });

  it('falls back to <html lang>, then to English', async () => {
    const el = await fixture(html`<div><span></span></div>`);
    const span = el.querySelector('span')!;
    expect(resolveLang(span)).to.equal('en');
    document.documentElement.lang = 'de';
    expect(resolveLang(span)).to.equal('de');
    document.documentElement.lang = '';
    expect(resolveLang(span), 'lang="" (unknown) means our default').to.equal('en');
  });
});

describe('languageOf and uiLocale', () => {
  it('picks the language by the primary subtag, none for anything we do not have', () => {
    expect(languageOf('es')).to.equal('es');
    expect(languageOf('es-MX')).to.equal('es');
    expect(languageOf('DE-ch')).to.equal('de');
    expect(languageOf('en-GB')).to.equal('en');
    expect(languageOf('fr')).to.equal(undefined);
    expect(languageOf('est'), 'Estonian is not Spanish').to.equal(undefined);
    expect(languageOf('constructor')).to.equal(undefined);
    expect(languageOf('')).to.equal(undefined);
  });

  it('keeps a supported tag for Intl, canonical; English for an unsupported or malformed one', () => {
    expect(uiLocale('de-ch')).to.equal('de-CH');
    expect(uiLocale('es-419')).to.equal('es-419');
    expect(uiLocale('fr-FR')).to.equal('en');
    expect(uiLocale('not a tag!')).to.equal('en');
    expect(uiLocale('')).to.equal('en');
  });
});

describe('Intl helpers', () => {
  it('formats numbers in the language: a decimal comma in German and Spanish', () => {
    expect(formatNumber(2.5, 'en')).to.equal('2.5');
    expect(formatNumber(2.5, 'de')).to.equal('2,5');
    expect(formatNumber(2.5, 'es')).to.equal('2,5');
    expect(formatNumber(1234, 'de')).to.equal('1.234');
    expect(formatNumber(1 / 3, 'en'), 'one decimal at most').to.equal('0.3');
  });

  it('formats lengths of time as "3 s", "6 min", "1 h 5 min", with the number localised', () => {
    expect(formatDuration(3, 'en')).to.equal('3 s');
    expect(formatDuration(1.5, 'de')).to.equal('1,5 s');
    expect(formatDuration(360, 'es')).to.equal('6 min');
    expect(formatDuration(3900, 'de')).to.equal('1 h 5 min');
    expect(formatDuration(90, 'en', 120), 'seconds up to a chosen limit').to.equal('90 s');
  });

  it('joins lists in the language', () => {
    expect(formatList(['A', 'B', 'C'], 'en', 'disjunction')).to.equal('A, B, or C');
    expect(formatList(['A', 'B'], 'es', 'disjunction')).to.equal('A o B');
    expect(formatList(['A', 'B', 'C'], 'de')).to.equal('A, B und C');
    expect(formatList(['A', 'B', 'C'], 'en'), 'English unit lists keep plain commas').to.equal('A, B, C');
  });
});

/** Every key path of a table with the type of its value ("timer.setOf: function"). */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? shape(value, `${prefix}${key}.`)
      : [`${prefix}${key}: ${Array.isArray(value) ? `array ${value.length}` : typeof value}`],
  );
}

/** Every element's words, by the module that holds them. */
const TABLES = {
  shared: SHARED_WORDS,
  map: MAP_WORDS,
  mistakes: MISTAKES_WORDS,
  card: CARD_WORDS,
  timer: TIMER_TRANSLATIONS,
} as const;

describe('the tables', () => {
  it('Spanish and German have every English key, with the same kind of value, and nothing empty', () => {
    for (const [name, t] of Object.entries(TABLES) as [string, Translations<object>][]) {
      for (const table of [t.es, t.de]) {
        expect(shape(table), name).to.deep.equal(shape(t.en));
        const strings = JSON.stringify(table, (_, v) => (typeof v === 'function' ? undefined : v));
        expect(strings, name).not.to.match(/""/);
      }
    }
  });

  it('are checked by tsc: a table missing a key, or a language, does not compile', () => {
    const { error: _dropped, ...withoutError } = SHARED_WORDS.es;
    // @ts-expect-error -- `error` is missing: a language's table needs every English key (this line fails tsc if it ever compiles).
    const incomplete: SharedWords = withoutError;
    expect(incomplete.retry).to.equal('Reintentar');
    const { de: _german, ...withoutGerman } = SHARED_WORDS;
    // @ts-expect-error -- German is missing: every language needs a table.
    const partial: Translations<SharedWords> = withoutGerman;
    expect(partial.es.retry).to.equal('Reintentar');
  });

  it('translates rather than copies: the words differ from the English ones', () => {
    const words = (l: 'es' | 'de') => [
      TIMER_TRANSLATIONS[l].phase.eccentric,
      TIMER_TRANSLATIONS[l].phase['side-rest'],
      CARD_WORDS[l].section.muscles,
      MISTAKES_WORDS[l].expandAll,
      SHARED_WORDS[l].error,
      MAP_WORDS[l].legend,
    ];
    expect(words('es')).to.deep.equal(['Baja despacio', 'Cambia de lado', 'Músculos trabajados', 'Abrir todos', 'No se puede mostrar este ejercicio', 'Leyenda']);
    expect(words('de')).to.deep.equal(['Langsam absenken', 'Seite wechseln', 'Trainierte Muskeln', 'Alle öffnen', 'Diese Übung kann nicht angezeigt werden', 'Legende']);
  });

  it('plurals and word order are the language’s own', () => {
    const { es, de } = CARD_WORDS;
    expect([es.sets(1), es.sets(2), de.sets(1), de.sets(3)]).to.deep.equal(['1 serie', '2 series', '1 Satz', '3 Sätze']);
    expect(es.reps(8, true)).to.equal('8 repeticiones por lado');
    expect(de.hold('30 s', true)).to.equal('30 s pro Seite halten');
    expect(TIMER_TRANSLATIONS.de.seconds(1)).to.equal('1 Sekunde');
    expect(TIMER_TRANSLATIONS.es.repOf(3, 8)).to.equal('Repetición 3 de 8');
  });

  it('the timer keeps one English table: the engine’s default is the English translation', () => {
    expect(TIMER_TRANSLATIONS.en).to.equal(TIMER_WORDS);
  });
});
