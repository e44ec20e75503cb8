import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../src/define.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { MuscleMap } from '../../src/muscle-map/muscle-map.js';
import type { MistakesAccordion } from '../../src/mistakes-accordion/mistakes-accordion.js';
import type { SetTimer } from '../../src/set-timer/set-timer.js';
import type { Exercise, Mistake } from '../../src/schema/exercise-types.js';
import { fakeClock, installFakes, type Fakes } from '../set-timer/helpers.js';
import { TIMER_WORDS } from '../../src/timer/words.js';
import { TIMER_TRANSLATIONS } from '../../src/i18n/timer-words.js';

let lunge: Exercise;
before(async () => {
  lunge = (await (await fetch('/demo/exercises/reverse-lunge.json')).json()) as Exercise;
});

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element, sel: string) => squash(el.shadowRoot!.querySelector(sel)?.textContent);
/** What is seen and read out: the timer's header keeps an unseen "Up next" in place outside the rests. */
const seen = (el: Element, sel: string) => squash((el.shadowRoot!.querySelector(sel) as HTMLElement | null)?.innerText);
const texts = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].map((n) => squash(n.textContent));
const attr = (el: Element, sel: string, name: string) => el.shadowRoot!.querySelector(sel)?.getAttribute(name);

/** Lets the lang observer (a microtask) run, then the update it asks for. */
async function settled(...els: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await Promise.resolve();
  for (const el of els) await el.updateComplete;
}

const wrappers: HTMLElement[] = [];
afterEach(() => wrappers.splice(0).forEach((w) => w.remove()));

/**
 * `inner` inside a wrapper carrying `lang` (not open-wc's fixture, which waits for an animation
 * frame: the timer tests fake those); returns the wrapper and the first element of `tag`.
 */
async function inLang<T extends HTMLElement>(lang: string, inner: ReturnType<typeof html>, tag: string) {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  render(html`<div>${inner}</div>`, wrapper);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  const el = wrapper.querySelector(tag) as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return { wrapper, el };
}

const MISTAKES: Mistake[] = [
  { id: 'knee', title: 'Knee caving in', avoid: 'Letting the knee drop inward.', why: ['Strains the knee.'], fixes: ['Push the knee out.'], muscles: ['glutes'] },
  { id: 'lean', title: 'Leaning back', avoid: 'Tipping the chest back.', why: ['Shifts the load.'] },
];

describe('<muscle-map> in other languages', () => {
  const map = html`<muscle-map primary="glutes" secondary="hamstrings" stabilizer="abs" view="both" interactive></muscle-map>`;

  it('Spanish: legend, captions, the figure’s name and each muscle’s role', async () => {
    const { el } = await inLang<MuscleMap>('es', map, 'muscle-map');
    expect(text(el, '[part="legend"]')).to.equal('Principal Secundario Estabilizador');
    expect(attr(el, '[part="legend"]', 'aria-label')).to.equal('Leyenda');
    expect(texts(el, 'text.caption')).to.deep.equal(['Frontal', 'Posterior']);
    const label = attr(el, '[part="figure"]', 'aria-label')!;
    expect(label).to.match(/^Figura femenina, vistas frontal y posterior\. Principal: gluteus maximus/);
    expect(label).to.contain('Usa las flechas');
    expect(attr(el, 'path[tabindex="0"]', 'aria-label')).to.match(/, principal$/);
  });

  it('German, and it follows a change of lang at runtime', async () => {
    const { wrapper, el } = await inLang<MuscleMap>('de', map, 'muscle-map');
    expect(text(el, '[part="legend"]')).to.equal('Primär Sekundär Stabilisierend');
    expect(texts(el, 'text.caption')).to.deep.equal(['Vorne', 'Hinten']);
    expect(attr(el, '[part="figure"]', 'aria-label')).to.match(/^Weibliche Körperfigur, Vorder- und Rückansicht\. Primär: /);
    wrapper.setAttribute('lang', 'es');
    await settled(el);
    expect(text(el, '[part="legend"]')).to.equal('Principal Secundario Estabilizador');
    wrapper.removeAttribute('lang');
    await settled(el);
    expect(text(el, '[part="legend"]')).to.equal('Primary Secondary Stabilizer');
  });

  it('falls back to English for a language we do not have', async () => {
    const { el } = await inLang<MuscleMap>('fr', map, 'muscle-map');
    expect(text(el, '[part="legend"]')).to.equal('Primary Secondary Stabilizer');
    expect(texts(el, 'text.caption')).to.deep.equal(['Front', 'Back']);
  });
});

describe('<mistakes-accordion> in other languages', () => {
  it('Spanish: toolbar, copy link, labels inside a panel, and the link-copied announcement', async () => {
    const { el } = await inLang<MistakesAccordion>('es', html`<mistakes-accordion .mistakes=${MISTAKES}></mistakes-accordion>`, 'mistakes-accordion');
    expect(text(el, '[part="toggle-all"]')).to.equal('Abrir todos');
    expect(attr(el, '[part="copy-link"]', 'title')).to.equal('Copiar enlace');
    expect(attr(el, '[part="copy-link"]', 'aria-label')).to.equal('Copiar enlace a «Knee caving in»');
    el.expandAll();
    await el.updateComplete;
    expect(text(el, '[part="toggle-all"]')).to.equal('Cerrar todos');
    expect(texts(el, '[part="label"]')).to.deep.equal(['Por qué importa', 'Cómo corregirlo', 'Músculos', 'Por qué importa']);
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
      await write.returnValues[0];
      await el.updateComplete;
      expect(text(el, '[part="copied"]')).to.equal('Enlace copiado');
      expect(text(el, '[role="status"]')).to.equal('Enlace copiado');
    } finally {
      write.restore();
    }
  });

  it('German, the empty note, and a runtime change', async () => {
    const { wrapper, el } = await inLang<MistakesAccordion>('de', html`<mistakes-accordion .mistakes=${[]}></mistakes-accordion>`, 'mistakes-accordion');
    expect(text(el, '[part="empty"]')).to.equal('Für diese Übung sind keine häufigen Fehler angegeben.');
    el.mistakes = MISTAKES;
    await el.updateComplete;
    expect(text(el, '[part="toggle-all"]')).to.equal('Alle öffnen');
    expect(attr(el, '[part="copy-link"]', 'aria-label')).to.equal('Link zu „Knee caving in“ kopieren');
    wrapper.lang = 'en';
    await settled(el);
    expect(text(el, '[part="toggle-all"]')).to.equal('Expand all');
  });

  it('marks the mistakes’ own text with the document’s lang, its labels stay in the page’s', async () => {
    const doc: Exercise = { schemaVersion: 1, id: 'x', name: 'X', lang: 'en', mistakes: MISTAKES };
    const { el } = await inLang<MistakesAccordion>('de', html`<mistakes-accordion .exercise=${doc}></mistakes-accordion>`, 'mistakes-accordion');
    el.expandAll();
    await el.updateComplete;
    expect(attr(el, '[part="title"]', 'lang')).to.equal('en');
    expect(attr(el, '[part="avoid"]', 'lang')).to.equal('en');
    expect(attr(el, '[part="fixes"]', 'lang')).to.equal('en');
    expect(attr(el, '[part="label"]', 'lang')).to.equal(null);
    expect(text(el, '[part="label"]')).to.equal('Warum es wichtig ist');
  });
});

describe('the shared error panel and loading placeholder in other languages', () => {
  it('Spanish heading and retry button; the problems stay English, marked so', async () => {
    const { el } = await inLang<MuscleMap>('es', html`<muscle-map src="/__fixtures/status/500"></muscle-map>`, 'muscle-map');
    if (!el.shadowRoot!.querySelector('[part="error"]')) await oneEvent(el, 'exercise-error');
    await el.updateComplete;
    expect(text(el, '[part="error"] h2')).to.equal('No se puede mostrar este ejercicio');
    expect(text(el, '[part="retry"]')).to.equal('Reintentar');
    expect(attr(el, '[part="error"] ul', 'lang')).to.equal('en');
  });

  it('German loading placeholder', async () => {
    const { el } = await inLang<MistakesAccordion>('de', html`<mistakes-accordion src="/__fixtures/stall"></mistakes-accordion>`, 'mistakes-accordion');
    expect(text(el, '[part="loading"]')).to.equal('Übung wird geladen…');
    el.remove(); // aborts the stalled fetch
  });
});

describe('<set-timer> in other languages, on a fake clock', () => {
  let clock: sinon.SinonFakeTimers;
  let fakes: Fakes;
  beforeEach(() => {
    fakes = installFakes();
    clock = fakeClock();
  });
  afterEach(() => {
    clock.restore();
    fakes.restore();
  });

  it('Spanish: header, phase words as the workout runs, buttons, announcements and speech', async () => {
    const { el } = await inLang<SetTimer>('es', html`<set-timer .exercise=${lunge}></set-timer>`, 'set-timer');
    expect(seen(el, '[part="header"]')).to.equal('Serie 1 de 2 Lado izquierdo 8 repeticiones');
    expect(text(el, '[part="phase"]')).to.equal('Todo listo');
    expect(text(el, '[part~="button-primary"]')).to.equal('Empezar');
    expect(attr(el, '[part="timer"]', 'aria-label')).to.equal('Temporizador de series');
    const words: string[] = [];
    el.addEventListener('phase-change', (e) => words.push(e.detail.word));
    el.start();
    clock.tick(100);
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Prepárate');
    expect(text(el, '[role="status"]')).to.equal('Prepárate, 5 segundos, A continuación: Serie 1 de 2, Lado izquierdo');
    expect(fakes.spoken.map((s) => s.text)).to.include('Prepárate');
    clock.tick(6_100);
    await el.updateComplete;
    expect(seen(el, '[part="header"]')).to.equal('Serie 1 de 2 Lado izquierdo Repetición 1 de 8');
    expect(text(el, '[part="phase"]')).to.equal('Baja despacio');
    expect(text(el, '[part~="button-primary"]')).to.equal('Pausa');
    clock.tick(2_000);
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Sube');
    clock.tick(32_000); // past the left side's 8 reps
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Cambia de lado');
    expect(words.slice(0, 3)).to.deep.equal(['Prepárate', 'Baja despacio', 'Sube']);
    el.pause();
    await el.updateComplete;
    expect(text(el, '.hint.paused')).to.equal('En pausa');
    expect(text(el, '[part~="button-primary"]')).to.equal('Reanudar');
  });

  it('German, switched at runtime mid-set without losing its place', async () => {
    const { wrapper, el } = await inLang<SetTimer>('es', html`<set-timer .exercise=${lunge}></set-timer>`, 'set-timer');
    el.start();
    clock.tick(6_200);
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Baja despacio');
    const before = el.state;
    wrapper.setAttribute('lang', 'de-DE');
    await settled(el);
    expect(text(el, '[part="phase"]')).to.equal('Langsam absenken');
    expect(seen(el, '[part="header"]')).to.equal('Satz 1 von 2 Linke Seite Wiederholung 1 von 8');
    expect(text(el, '[part~="button-skip"]')).to.equal('Weiter');
    expect(el.state).to.deep.include({ status: 'running', index: before.index, rep: 1 });
    clock.tick(2_000);
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Hochdrücken');
  });

  it('says a rest of two minutes or more in minutes, in every language ("180 seconds" was clumsy)', async () => {
    const say = (lang: 'en' | 'es' | 'de', n: number) => TIMER_TRANSLATIONS[lang]!.seconds(n);
    expect([1, 90, 119, 120, 150, 180, 3600].map((n) => say('en', n))).to.deep.equal([
      '1 second',
      '90 seconds',
      '119 seconds',
      '2 minutes',
      '2 minutes 30 seconds',
      '3 minutes',
      '60 minutes',
    ]);
    expect([1, 45, 150, 181].map((n) => say('es', n))).to.deep.equal(['1 segundo', '45 segundos', '2 minutos y 30 segundos', '3 minutos y 1 segundo']);
    expect([1, 45, 150, 240].map((n) => say('de', n))).to.deep.equal(['1 Sekunde', '45 Sekunden', '2 Minuten und 30 Sekunden', '4 Minuten']);
    const { el } = await inLang<SetTimer>('es', html`<set-timer sets="2" reps="1" tempo="1-0-1-0" rest="180" lead-in="0"></set-timer>`, 'set-timer');
    el.start();
    clock.tick(2_500);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim()).to.equal('Descanso, 3 minutos, A continuación: Serie 2 de 2');
  });

  it('a words table set by the page still wins over the language', async () => {
    const { el } = await inLang<SetTimer>('de', html`<set-timer .exercise=${lunge}></set-timer>`, 'set-timer');
    el.words = { ...TIMER_WORDS, phase: { ...TIMER_WORDS.phase, idle: 'Prêt' } };
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Prêt');
  });
});

describe('<exercise-card> in other languages', () => {
  async function card(lang: string) {
    const { wrapper, el } = await inLang<ExerciseCard>(lang, html`<exercise-card .exercise=${lunge}></exercise-card>`, 'exercise-card');
    const nested = [...el.shadowRoot!.querySelectorAll('muscle-map, mistakes-accordion')] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    for (const n of nested) await n.updateComplete;
    return { wrapper, el, nested };
  }
  const headings = (el: Element) => texts(el, '[part~="section-heading"]');

  it('Spanish: headings, chips, facts, the timer call-out, videos and the nested elements', async () => {
    const { el } = await card('es');
    expect(headings(el)).to.include.members(['Series y repeticiones', 'Músculos trabajados', 'Posición inicial', 'Cómo se hace', 'Errores comunes', 'Pruébalo ahora', 'Videos', 'Fuente']);
    expect(texts(el, '[part="chip"]')).to.deep.equal(['2 series', '8 repeticiones por lado', '3 s bajando · 1 s subiendo', 'Descanso 60 s']);
    expect(texts(el, '.fact')).to.deep.equal(['Principiante', 'Sin material', 'Unos 4 min']);
    expect(text(el, '[part="aliases"]')).to.match(/^También conocido como .+ o .+$/);
    expect(text(el, '[part="timer-button"]')).to.equal('Empezar entrenamiento');
    expect(text(el, '.key-cue-label')).to.equal('Consejo clave');
    expect(texts(el, '.legend-title')).to.deep.equal(['Principal', 'Secundario', 'Estabilizador']);
    expect(text(el, '.video-item-meta')).to.equal('Sesión guiada · 6 min');
    expect(text(el, '[part="source"]')).to.match(/^Basado en /);
    const accordion = el.shadowRoot!.querySelector('mistakes-accordion')!;
    expect(text(accordion, '[part="toggle-all"]')).to.equal('Abrir todos');
    const map = el.shadowRoot!.querySelector('muscle-map')!;
    expect(text(map, '[part="legend"]')).to.match(/^Principal/);
  });

  it('German, and a runtime change reaches the card and the elements inside it', async () => {
    const { wrapper, el, nested } = await card('de');
    expect(headings(el)).to.include.members(['Sätze und Wiederholungen', 'Trainierte Muskeln', 'So geht’s', 'Häufige Fehler', 'Warum es sich lohnt', 'Quelle']);
    expect(texts(el, '[part="chip"]')).to.deep.equal(['2 Sätze', '8 Wiederholungen pro Seite', '3 s runter · 1 s hoch', 'Pause 60 s']);
    expect(texts(el, '.fact')).to.deep.equal(['Anfänger', 'Keine Ausrüstung nötig', 'Etwa 4 min']);
    expect(text(el, '[part="timer-button"]')).to.equal('Training starten');
    wrapper.setAttribute('lang', 'es');
    await settled(el, ...nested);
    expect(text(el, '[part="timer-button"]')).to.equal('Empezar entrenamiento');
    expect(text(el.shadowRoot!.querySelector('mistakes-accordion')!, '[part="toggle-all"]')).to.equal('Abrir todos');
  });

  it('the timer opened from the card speaks the page’s language', async () => {
    const { el } = await card('de');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-button"]')!.click();
    await el.updateComplete;
    const timer = el.shadowRoot!.querySelector('set-timer')!;
    await timer.updateComplete;
    expect(text(timer, '[part="phase"]')).to.equal('Bereit');
    el.shadowRoot!.querySelector('dialog')!.close();
  });

  it('the document’s lang marks its text; our words carry the page’s language', async () => {
    const { el } = await card('de');
    const root = el.shadowRoot!;
    expect(root.querySelector('article')!.hasAttribute('lang'), 'not the whole card').to.be.false;
    expect(root.querySelector('[part="header"]')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('[part="facts"]')!.getAttribute('lang')).to.equal('de');
    expect(root.querySelector('[part="steps"]')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.s-setup .section-body')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.s-prescription .section-body')!.hasAttribute('lang')).to.be.false;
    expect(root.querySelector('[part~="section-heading"]')!.closest('[lang]') === null, 'no lang around our headings').to.be.true;
  });

  it('two cards on one page speak their own languages; an English card on a Spanish page stays English', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es">
      <exercise-card .exercise=${lunge}></exercise-card>
      <div lang="de"><exercise-card .exercise=${lunge}></exercise-card></div>
      <exercise-card lang="en" .exercise=${lunge}></exercise-card>
    </div>`);
    const cards = [...page.querySelectorAll('exercise-card')];
    for (const c of cards) await c.updateComplete;
    expect(cards.map((c) => text(c, '[part="timer-button"]'))).to.deep.equal(['Empezar entrenamiento', 'Training starten', 'Start workout']);
  });

  it('stays axe-clean in Spanish, lang attributes included', async () => {
    const { el } = await card('es');
    await expect(el).to.be.accessible();
  });

  it('French falls back to English', async () => {
    const { el } = await card('fr');
    expect(text(el, '[part="timer-button"]')).to.equal('Start workout');
    expect(texts(el, '[part="chip"]')).to.deep.equal(['2 sets', '8 reps each side', '3 s down · 1 s up', 'Rest 60 s']);
  });

  it('numbers follow the language: a tempo of 1.5 s reads 1,5 s in German', async () => {
    const doc: Exercise = { schemaVersion: 1, id: 't', name: 'T', prescription: { sets: 1, reps: 5, tempo: { eccentric: 1.5, bottom: 0, concentric: 1, top: 0 } } };
    const { el } = await inLang<ExerciseCard>('de', html`<exercise-card .exercise=${doc}></exercise-card>`, 'exercise-card');
    expect(texts(el, '[part="chip"]')).to.include('1,5 s runter · 1 s hoch');
  });
});

describe('on a right-to-left page', () => {
  /** `inner` inside `<div dir="rtl" lang="ar">`, the way an Arabic or Hebrew page holds it. */
  async function inRtl<T extends HTMLElement>(inner: ReturnType<typeof html>, tag: string) {
    const { wrapper, el } = await inLang<T>('ar', inner, tag);
    wrapper.dir = 'rtl';
    return el;
  }

  /** Where a node's text starts and ends, in page coordinates. */
  function textBox(node: Node): DOMRect {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect();
  }

  it('our words stay left to right: "2 sets" does not turn into "sets 2"', async () => {
    const card = await inRtl<ExerciseCard>(html`<exercise-card .exercise=${lunge}></exercise-card>`, 'exercise-card');
    expect(getComputedStyle(card).direction).to.equal('ltr');
    const chip = card.shadowRoot!.querySelector('[part~="chip"]')!;
    expect(squash(chip.textContent)).to.equal('2 sets');
    // The digit comes first on screen: its box starts at the chip's text start, on the left.
    const range = document.createRange();
    const node = [...chip.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\d/.test(n.textContent!))!;
    const at = node.textContent!.indexOf('2');
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    expect(range.getBoundingClientRect().left - textBox(chip).left).to.be.below(1);
    const timer = await inRtl<SetTimer>(html`<set-timer sets="3" reps="10"></set-timer>`, 'set-timer');
    expect(getComputedStyle(timer.shadowRoot!.querySelector('.controls')!).direction).to.equal('ltr');
  });

  it('a document in Arabic reads right to left, paragraph by paragraph, inside our left-to-right card', async () => {
    const summary = 'تمرين بوزن الجسم تخطو فيه إلى الخلف.';
    const doc = { ...lunge, lang: 'ar', summary, steps: ['قف منتصبًا والقدمان بعرض الوركين.', 'Step back.'] };
    const card = await inRtl<ExerciseCard>(html`<exercise-card .exercise=${doc}></exercise-card>`, 'exercise-card');
    const p = card.shadowRoot!.querySelector('[part="summary"]')!;
    // Right-aligned: the text ends at the paragraph's right edge, far from its left one.
    const box = p.getBoundingClientRect();
    const text = textBox(p);
    expect(box.right - text.right).to.be.below(1);
    expect(text.left - box.left).to.be.above(20);
    // A step in English in the same list stays left-aligned.
    const [arabic, english] = [...card.shadowRoot!.querySelectorAll('[part="step"]')];
    expect(arabic!.getBoundingClientRect().right - textBox(arabic!).right).to.be.below(1);
    const contentLeft = english!.getBoundingClientRect().left + parseFloat(getComputedStyle(english!).paddingLeft);
    expect(textBox(english!).left - contentLeft).to.be.below(1);
  });
});
