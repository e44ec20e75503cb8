import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { SCHEMES, emulateScheme, resetScheme } from '../shared/media.js';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/exercise-card/define.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { Exercise } from '../../src/schema/exercise-types.js';
import { SECTION_NAMES } from '../../src/exercise-card/sections.js';
import { playerFor } from '../../src/exercise-card/video-facade.js';

let lunge: Exercise;
before(async () => {
  lunge = (await (await fetch('/demo/exercises/reverse-lunge.json')).json()) as Exercise;
});

const minimal = (extra: Partial<Exercise> = {}): Exercise => ({ schemaVersion: 1, id: 'test', name: 'Test move', ...extra });

/** A card showing `doc`, rendered and settled (nested elements included). */
async function card(doc: Exercise, attrs: Record<string, string> = {}): Promise<ExerciseCard> {
  const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${doc}></exercise-card>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

/** A card, not yet on the page, holding `doc` as its inline `<script type="application/json">`. */
function withInlineJson(doc: unknown): ExerciseCard {
  const el = document.createElement('exercise-card');
  const script = el.appendChild(document.createElement('script'));
  script.type = 'application/json';
  script.textContent = JSON.stringify(doc);
  return el;
}

const root = (el: ExerciseCard) => el.shadowRoot!;
const sectionNames = (el: ExerciseCard) =>
  [...root(el).querySelectorAll('section')].map((s) => s.className.match(/\bs-(\w+)/)![1]);

/** One document field per section: the least each section needs to appear. */
const ONLY: Record<(typeof SECTION_NAMES)[number], Partial<Exercise>> = {
  prescription: { prescription: { sets: 3, reps: 10 } },
  muscles: { muscles: [{ id: 'gluteus-maximus', role: 'primary' }] },
  setup: { position: [{ label: 'Feet', text: 'Hip-width apart.' }] },
  steps: { steps: ['Step back.', 'Come up.'] },
  cues: { cues: ['Lead with the hip.'] },
  mistakes: { mistakes: [{ id: 'm', title: 'Knee caving', avoid: 'Keep the knee over the toes.' }] },
  timer: { prescription: { sets: 3, reps: 10 } },
  benefits: { benefits: [{ title: 'Strong legs', text: 'Builds them.' }] },
  uses: { uses: ['Stairs'] },
  feel: { feel: [{ muscle: 'glutes', text: 'Squeeze.' }] },
  videos: { videos: [{ title: 'Watch', kind: 'full' }] },
  source: { source: { author: 'Someone' } },
};

describe('<exercise-card> sections', () => {
  it('folds the introduction and the further notes under "More about this exercise"', async () => {
    const none = await card(minimal());
    expect(root(none).querySelector('details.about')).to.equal(null);
    const el = await card(minimal({ about: ['Intro paragraph.'], notes: ['A note on the kneecap.'] }));
    const fold = root(el).querySelector('details.about')!;
    expect([...fold.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Intro paragraph.', 'A note on the kneecap.']);
    const notesOnly = await card(minimal({ notes: ['Only a note.'] }));
    expect(root(notesOnly).querySelector('details.about p')!.textContent).to.equal('Only a note.');
    expect(root(await card(minimal({ notes: ['x'] }), { layout: 'compact' })).querySelector('details.about')).to.equal(null);
  });

  it('shows only the header when the document has nothing else', async () => {
    const el = await card(minimal());
    expect(sectionNames(el)).to.deep.equal([]);
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal('Test move');
    expect(root(el).querySelector('.aliases')).to.equal(null);
    expect(root(el).querySelector('.facts')).to.equal(null);
  });

  for (const name of SECTION_NAMES) {
    it(`shows "${name}" only when the document has data for it`, async () => {
      const el = await card(minimal(ONLY[name]));
      const shown = sectionNames(el);
      expect(shown).to.include(name);
      // Only the sections fed by the same field (prescription feeds chips and the timer).
      const expected = name === 'prescription' || name === 'timer' ? ['prescription', 'timer'] : [name];
      expect(shown).to.deep.equal(expected);
    });
  }

  it('hides a section whose list is empty', async () => {
    const el = await card(minimal({ steps: [], cues: [], videos: [], source: {} }));
    expect(sectionNames(el)).to.deep.equal([]);
  });

  it('shows every section of the reverse lunge in the default order', async () => {
    const el = await card(lunge);
    expect(sectionNames(el)).to.deep.equal([...SECTION_NAMES]);
  });

  it('`sections` picks and orders them, ignoring unknown names and repeats', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await card(lunge, { sections: 'steps  muscles bogus steps source' });
      expect(sectionNames(el)).to.deep.equal(['steps', 'muscles', 'source']);
      expect(warnings.some((w) => w.includes('bogus'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('writes the header: aliases, level, "No equipment needed", summary and effect', async () => {
    const el = await card(lunge);
    const text = root(el).querySelector('[part="header"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Also called Backward Lunge for Glutes or Reverse lunge');
    expect(text).to.contain('Beginner');
    expect(text).to.contain('No equipment needed');
    expect(text).to.contain(lunge.summary!);
    expect(text).to.contain(lunge.effect!);
    const gear = await card(minimal({ equipment: ['dumbbells', 'bench'] }));
    expect(root(gear).querySelector('.fact-equipment')!.textContent).to.contain('Equipment: dumbbells, bench');
  });

  it('writes the prescription as chips', async () => {
    const el = await card(lunge);
    const chips = [...root(el).querySelectorAll('[part="chip"]')].map((c) => c.textContent!.trim());
    expect(chips).to.deep.equal(['2 sets', '8 reps each side', '3 s down · 1 s up', 'Rest 60 s']);
  });

  it('numbers the steps and calls out the main cue, which the cue list then leaves out', async () => {
    const el = await card(lunge);
    expect(root(el).querySelectorAll('ol[part="steps"] > li').length).to.equal(lunge.steps!.length);
    expect(root(el).querySelector('[part="key-cue"]')!.textContent).to.contain(lunge.cues![0]);
    const cues = [...root(el).querySelectorAll('[part="cues"] li')].map((li) => li.textContent);
    expect(cues).to.deep.equal(lunge.cues!.slice(1));
    const alone = await card(lunge, { sections: 'cues' });
    expect(root(alone).querySelectorAll('[part="cues"] li').length).to.equal(lunge.cues!.length);
  });

  it('labels the starting position and lists uses with their sub-items', async () => {
    const el = await card(lunge);
    const labels = [...root(el).querySelectorAll('[part="position"] dt')].map((d) => d.textContent);
    expect(labels).to.deep.equal(['Feet', 'Stance', 'Arms']);
    expect(root(el).querySelectorAll('[part="uses"] > li').length).to.equal(lunge.uses!.length);
    expect(root(el).querySelectorAll('[part="uses"] .sub li').length).to.be.greaterThan(0);
  });

  it('keeps the bullets of the uses in every colour scheme: forced colours drop backgrounds', async () => {
    const el = await card(lunge);
    const bullet = () => getComputedStyle(root(el).querySelector('[part="uses"] > li')!, '::before');
    const cardBg = () => getComputedStyle(root(el).querySelector('.card')!).backgroundColor;
    try {
      for (const scheme of SCHEMES) {
        await emulateScheme(scheme);
        const b = bullet();
        const label = JSON.stringify(scheme);
        // Drawn as a ring of border: 6 px across, in a colour that is not the card's.
        expect(parseFloat(b.borderTopWidth) * 2, label).to.equal(6);
        expect(b.borderTopColor, label).to.not.equal(cardBg());
      }
    } finally {
      await resetScheme();
    }
  });

  it('links the source only through an allowed URL and always names it', async () => {
    const safe = await card(minimal({ source: { title: 'Original', author: 'Coach', url: 'https://example.com/a' } }));
    const a = root(safe).querySelector<HTMLAnchorElement>('[part="source"] a')!;
    expect(a.href).to.equal('https://example.com/a');
    expect(root(safe).querySelector('[part="source"]')!.textContent).to.contain('Coach');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const bad = await card(minimal({ source: { title: 'Original', url: 'javascript:alert(1)' } }));
      expect(root(bad).querySelector('[part="source"] a')).to.equal(null);
      expect(root(bad).querySelector('[part="source"]')!.textContent).to.contain('Original');
    } finally {
      console.warn = warn;
    }
  });

  it('heading-level sets the title level and puts sections one below', async () => {
    const el = await card(lunge);
    expect(root(el).querySelector('[part~="title"]')!.localName).to.equal('h2');
    expect(root(el).querySelector('[part~="section-heading"]')!.localName).to.equal('h3');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(root(el).querySelector('[part~="title"]')!.localName).to.equal('h4');
    expect(root(el).querySelector('[part~="section-heading"]')!.localName).to.equal('h5');
    expect(root(el).querySelector('mistakes-accordion')!.getAttribute('heading-level')).to.equal('6');
  });
});

describe('the workout timer', () => {
  it('"Start workout" opens a modal dialog with a timer set to the document’s prescription', async () => {
    const el = await card(lunge);
    expect(root(el).querySelector('set-timer')).to.equal(null); // created only when asked for
    const button = root(el).querySelector<HTMLButtonElement>('[part="timer-button"]')!;
    expect(button.textContent).to.contain('Start workout');
    button.click();
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const timer = root(el).querySelector('set-timer')! as HTMLElement & {
      updateComplete: Promise<unknown>;
      state: { status: string; sets: number; reps: number };
    };
    await timer.updateComplete;
    expect(timer.closest('dialog') === dialog, 'the timer is in the dialog').to.be.true;
    expect(timer.state.status).to.equal('idle');
    expect(timer.state.sets).to.equal(2);
    expect(timer.state.reps).to.equal(8);
    root(el).querySelector<HTMLButtonElement>('dialog .close')!.click();
    expect(dialog.open).to.equal(false);
  });

  it('keeps the dialog\'s Close button on one line on a phone (it broke as "Clos / e")', async () => {
    const { innerWidth: width, innerHeight: height } = window;
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await card(lunge);
      root(el).querySelector<HTMLButtonElement>('[part="timer-button"]')!.click();
      await el.updateComplete;
      const close = root(el).querySelector<HTMLButtonElement>('dialog .close')!;
      const words = document.createRange();
      words.selectNodeContents(close);
      expect(words.getClientRects().length).to.equal(1);
      root(el).querySelector('dialog')!.close();
    } finally {
      await setViewport({ width, height });
    }
  });

  it('pauses a running workout when the dialog closes', async () => {
    const el = await card(lunge);
    root(el).querySelector<HTMLButtonElement>('[part="timer-button"]')!.click();
    await el.updateComplete;
    const timer = root(el).querySelector('set-timer')! as HTMLElement & {
      updateComplete: Promise<unknown>;
      start(): void;
      state: { status: string };
    };
    await timer.updateComplete;
    timer.setAttribute('muted', '');
    timer.start();
    expect(timer.state.status).to.equal('running');
    root(el).querySelector('dialog')!.close();
    await aTimeout(0);
    expect(timer.state.status).to.equal('paused');
  });

  it('opens on the workout\'s main button, the first time and again: Space starts or resumes instead of closing', async () => {
    const el = await card(lunge);
    const opener = root(el).querySelector<HTMLButtonElement>('[part="timer-button"]')!;
    const dialog = root(el).querySelector('dialog')!;
    const deepFocus = () => root(el).querySelector('set-timer')?.shadowRoot?.activeElement?.textContent?.trim();
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepFocus() === 'Start', 'focus on Start', { timeout: 2000 });
    const timer = root(el).querySelector('set-timer')! as HTMLElement & { state: { status: string } };
    timer.setAttribute('muted', '');
    await sendKeys({ press: 'Space' });
    expect(timer.state.status).to.equal('running');
    await sendKeys({ press: 'Escape' }); // closes, and pauses
    await aTimeout(0);
    expect(dialog.open).to.equal(false);
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepFocus() === 'Resume', 'focus on Resume', { timeout: 2000 });
    await sendKeys({ press: 'Space' });
    expect([dialog.open, timer.state.status]).to.deep.equal([true, 'running']);
    dialog.close();
  });

  it('Escape in the running workout closes the dialog and pauses it: the workout is not thrown away', async () => {
    const el = await card(lunge);
    const opener = root(el).querySelector<HTMLButtonElement>('[part="timer-button"]')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    const timer = root(el).querySelector('set-timer')! as HTMLElement & {
      updateComplete: Promise<unknown>;
      state: { status: string };
    };
    await timer.updateComplete;
    timer.setAttribute('muted', '');
    timer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.focus();
    await sendKeys({ press: 'Space' });
    await timer.updateComplete;
    expect(timer.state.status).to.equal('running');
    await sendKeys({ press: 'Escape' });
    await aTimeout(0);
    expect(dialog.open).to.equal(false);
    expect(timer.state.status).to.equal('paused');
  });
});

describe('mistake → map', () => {
  type Lit = HTMLElement & { updateComplete: Promise<unknown> };
  const roles = (map: Element) => {
    const out: Record<string, string> = {};
    for (const shape of map.shadowRoot!.querySelectorAll('[data-muscle][data-role]')) {
      out[shape.getAttribute('data-muscle')!] = shape.getAttribute('data-role')!;
    }
    return out;
  };

  const settle = async (...els: Lit[]) => {
    for (let i = 0; i < 2; i++) for (const e of els) await e.updateComplete;
  };

  it('opening a mistake highlights its muscles on the map; closing restores the exercise’s', async () => {
    const el = await card(lunge);
    const map = root(el).querySelector('muscle-map') as Lit;
    const accordion = root(el).querySelector('mistakes-accordion') as Lit;
    await map.updateComplete;
    await accordion.updateComplete;
    expect(roles(map)['gluteus-maximus']).to.equal('primary');
    const first = accordion.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    first.click(); // "Letting the pelvis tilt or rotate": gluteus medius and tensor fasciae latae
    await settle(accordion, el as unknown as Lit, map);
    expect(Object.keys(roles(map)).sort()).to.deep.equal(['gluteus-medius', 'tensor-fasciae-latae']);
    expect(new Set(Object.values(roles(map)))).to.deep.equal(new Set(['primary']));
    expect(root(el).querySelector('.highlight-note')!.textContent).to.contain('mistake');
    first.click();
    await settle(accordion, el as unknown as Lit, map);
    expect(roles(map)['gluteus-maximus']).to.equal('primary');
    expect(roles(map)['erector-spinae']).to.equal('stabilizer');
  });

  it('a mistake without muscles leaves the map as it is', async () => {
    const el = await card(lunge);
    el.renderRoot.querySelector('mistakes-accordion')!.dispatchEvent(
      new CustomEvent('mistake-toggle', { detail: { id: 'knee-caving', open: true, muscles: [] }, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    const map = root(el).querySelector('muscle-map') as Lit;
    await map.updateComplete;
    expect(roles(map)['gluteus-maximus']).to.equal('primary');
  });
});

describe('<exercise-card> sections, odd cases', () => {
  it('shows no "Coaching cues" section for a lone cue: it is the key cue beside the steps', async () => {
    const el = await card(minimal({ steps: ['Step back.'], cues: ['Keep the front heel down.'] }));
    expect(sectionNames(el)).to.not.include('cues');
    expect(root(el).querySelector('.key-cue')!.textContent).to.contain('Keep the front heel down.');
    // Two cues: the second has its section.
    expect(sectionNames(await card(minimal({ steps: ['Step back.'], cues: ['One.', 'Two.'] })))).to.include('cues');
  });

  it('takes `sections` as an array too (a React prop), without throwing', async () => {
    const el = await card(lunge);
    (el as unknown as { sections: unknown }).sections = ['steps', 'mistakes'];
    await el.updateComplete;
    expect(sectionNames(el)).to.deep.equal(['steps', 'mistakes']);
  });
});

describe('<exercise-card layout="compact">', () => {
  it('shows the name, chips, a small map and the steps folded, with a link out', async () => {
    const el = await card(lunge, { layout: 'compact', href: '/exercises/reverse-lunge' });
    expect(sectionNames(el)).to.deep.equal(['prescription', 'muscles', 'steps']);
    expect(root(el).querySelector('.summary')).to.equal(null);
    const details = root(el).querySelector('details.steps-details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelectorAll('li').length).to.equal(lunge.steps!.length);
    expect(root(el).querySelector('muscle-map')).to.not.equal(null);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.getAttribute('href')).to.equal('/exercises/reverse-lunge');
    expect(el.getBoundingClientRect().height).to.be.lessThan(
      (await card(lunge)).getBoundingClientRect().height / 3,
    );
  });

  it('says what it works in a short line: a whole group by its name', async () => {
    const el = await card(lunge, { layout: 'compact' });
    expect(root(el).querySelector('.compact-muscles p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Works Glutes');
    const squat = await card(minimal({ muscles: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'adductors'].map((id) => ({ id, role: 'primary' as const })) }), { layout: 'compact' });
    expect(root(squat).querySelector('.compact-muscles p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Works Quadriceps, Hip adductors (inner thigh)');
  });

  it('still honours `sections`', async () => {
    const el = await card(lunge, { layout: 'compact', sections: 'steps source' });
    expect(sectionNames(el)).to.deep.equal(['steps', 'source']);
  });

  it('keeps long words inside a narrow card: they break rather than push past its edge', async () => {
    const neck = minimal({
      name: 'Hyperextensions (Back Extensions) with a Sternocleidomastoid Stretch',
      muscles: [{ id: 'sternocleidomastoid', role: 'primary' }, { id: 'upper-trapezius', role: 'primary' }],
    });
    for (const [layout, width] of [['compact', 240], ['compact', 280], ['full', 280]] as const) {
      const el = await card(neck, { layout, style: `width: ${width}px` });
      await (root(el).querySelector('muscle-map') as unknown as ExerciseCard).updateComplete;
      const edge = el.getBoundingClientRect().right;
      const past = [...root(el).querySelectorAll('*')].map((n) => n.getBoundingClientRect().right - edge);
      expect(Math.max(...past), `${layout} at ${width} px`).to.be.at.most(0);
    }
  });
});

describe('the muscle map in a card', () => {
  it('draws one view no taller than two: a single view does not stand a screen tall', async () => {
    const back = minimal({ muscles: [{ id: 'triceps-brachii', role: 'primary' }] });
    const front = minimal({ muscles: [{ id: 'biceps-brachii', role: 'primary' }, { id: 'gluteus-maximus', role: 'primary' }] });
    const height = async (doc: Exercise) => {
      const el = await card(doc, { style: 'width: 390px', sections: 'muscles' });
      const map = root(el).querySelector('muscle-map') as unknown as ExerciseCard;
      await map.updateComplete;
      return map.shadowRoot!.querySelector('[part="figure"]')!.getBoundingClientRect().height;
    };
    const one = await height(back);
    const two = await height(front);
    expect(two).to.be.greaterThan(300);
    expect(one).to.be.at.most(two + 6);
  });
});

describe('video facades', () => {
  const yt = { title: 'Lunge walkthrough', kind: 'full', provider: 'youtube', videoId: 'abcDEF12345', durationSeconds: 360 } as const;
  const vimeo = { title: 'Quick guide', kind: 'quick', provider: 'vimeo', videoId: '76979871', durationSeconds: 120 } as const;
  const thirdParty = () =>
    performance.getEntriesByType('resource').filter((e) => /youtube|vimeo|ytimg/.test(e.name));

  it('makes no third-party request before play, then builds the nocookie player', async () => {
    const el = await card(minimal({ videos: [yt] }));
    const facade = root(el).querySelector<HTMLButtonElement>('button[part="video-facade"]')!;
    expect(facade.textContent).to.contain('Lunge walkthrough');
    expect(facade.textContent).to.contain('6 min');
    expect(root(el).querySelector('iframe')).to.equal(null);
    await aTimeout(50);
    expect(thirdParty()).to.deep.equal([]);
    facade.click();
    await el.updateComplete;
    const iframe = root(el).querySelector('iframe')!;
    expect(iframe.src).to.equal('https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1&rel=0');
    expect(iframe.title).to.equal('Lunge walkthrough');
    expect(root(el).activeElement === iframe, 'the player has the focus').to.be.true;
    iframe.remove(); // don't keep trying to reach the network during the rest of the run
  });

  it('is a keyboard-operable button with an accessible name', async () => {
    const el = await card(minimal({ videos: [yt] }));
    const facade = root(el).querySelector<HTMLButtonElement>('button[part="video-facade"]')!;
    expect(facade.type).to.equal('button');
    expect(facade.textContent!.replace(/\s+/g, ' ')).to.contain('Play video: Lunge walkthrough');
  });

  it('plays one video at a time: starting another unloads the first', async () => {
    const el = await card(minimal({ videos: [yt, vimeo] }));
    const [first, second] = root(el).querySelectorAll<HTMLButtonElement>('button[part="video-facade"]');
    first!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('iframe').length).to.equal(1);
    root(el).querySelector<HTMLButtonElement>('button[part="video-facade"]')!.click();
    void second;
    await el.updateComplete;
    const frames = root(el).querySelectorAll('iframe');
    expect(frames.length).to.equal(1);
    expect(frames[0]!.src).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
    expect(root(el).querySelectorAll('button[part="video-facade"]').length).to.equal(1);
    frames[0]!.remove();
  });

  it('lists videos without an id as titles with kind and duration, not as players', async () => {
    const el = await card(lunge);
    expect(root(el).querySelector('button[part="video-facade"]')).to.equal(null);
    const items = [...root(el).querySelectorAll('.video-item')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.length).to.equal(6);
    expect(items[0]).to.equal('Follow along: the complete reverse lunge Follow-along · 6 min');
    // Nothing to open, so nothing that looks like a play button: no icon, and no box around it
    // (a bordered title read as a button that did nothing).
    expect(root(el).querySelector('.video-item-icon')).to.equal(null);
    const style = getComputedStyle(root(el).querySelector('.video-item')!);
    expect([style.borderTopStyle, style.borderLeftStyle, style.backgroundColor]).to.deep.equal(['none', 'none', 'rgba(0, 0, 0, 0)']);
  });

  it('marks a listed video with a play icon only when it links somewhere', async () => {
    const el = await card({
      ...lunge,
      // A provider named but no id it can play: listed, linking to the page the document gives.
      videos: [{ title: 'On the source page', kind: 'full', provider: 'youtube', url: 'https://example.org/lunge-video' }],
    });
    const item = root(el).querySelector('.video-item')!;
    expect(item.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/lunge-video');
    expect(item.querySelector('.video-item-icon')).to.not.equal(null);
  });

  it('builds players only from ids and URLs it can trust', () => {
    expect(playerFor({ title: 't', kind: 'full', url: 'https://youtu.be/abcDEF12345' })).to.deep.equal({
      kind: 'iframe',
      provider: 'YouTube',
      src: 'https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1&rel=0',
    });
    expect(playerFor({ title: 't', kind: 'full', url: 'https://www.youtube.com/watch?v=abcDEF12345&t=3' })?.kind).to.equal('iframe');
    expect(playerFor({ title: 't', kind: 'full', url: 'https://vimeo.com/76979871' })).to.deep.include({
      src: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
    });
    expect(playerFor({ title: 't', kind: 'full', provider: 'youtube', videoId: 'x"><script>' })).to.equal(undefined);
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(playerFor({ title: 't', kind: 'full', url: 'javascript:alert(1)' })).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
  });
});

describe('JSON-LD', () => {
  const ld = (el: Element) => el.querySelectorAll(':scope > script[type="application/ld+json"]');

  it('appends one schema.org HowTo to the light DOM, valid JSON', async () => {
    const el = await card(lunge);
    expect(ld(el).length).to.equal(1);
    const data = JSON.parse(ld(el)[0]!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('HowTo');
    expect(data.name).to.equal(lunge.name);
    const steps = data.step.find((s: { name: string }) => s.name === 'Steps');
    expect(steps.itemListElement.map((s: { '@type': string; text: string }) => [s['@type'], s.text])).to.deep.equal(
      lunge.steps!.map((t) => ['HowToStep', t]),
    );
    const tips = data.step.find((s: { name: string }) => s.name === 'Tips');
    expect(tips.itemListElement.length).to.equal(lunge.cues!.length + lunge.mistakes!.length);
    expect(tips.itemListElement[0]['@type']).to.equal('HowToTip');
    expect(data.about.map((m: { name: string }) => m.name)).to.include('Gluteus maximus');
    expect(data.keywords).to.contain('Gluteus maximus');
    expect(data.tool).to.equal(undefined);
    expect(data.totalTime).to.match(/^PT\d+M/);
  });

  it('renders once: writing its JSON-LD child does not make the card update again', async () => {
    const el = withInlineJson(lunge);
    const update = sinon.spy(el as unknown as { update: () => void }, 'update');
    document.body.append(el);
    try {
      await el.updateComplete;
      await aTimeout(0);
      expect(ld(el).length).to.equal(1);
      expect(el.isUpdatePending).to.equal(false);
      expect(update.callCount).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('a copy of a card whose own document cannot be read drops the JSON-LD it was copied with', async () => {
    const el = withInlineJson(lunge);
    document.body.append(el);
    const warn = sinon.stub(console, 'warn');
    let copy: ExerciseCard | undefined;
    try {
      await el.updateComplete;
      expect(ld(el).length).to.equal(1);
      copy = el.cloneNode(true) as ExerciseCard;
      copy.querySelector('script[type="application/json"]')!.textContent = '{ not json';
      document.body.append(copy);
      await copy.updateComplete;
      await aTimeout(0);
      // Search engines would read a HowTo the page no longer shows.
      expect(ld(copy).length).to.equal(0);
      expect(ld(el).length).to.equal(1);
    } finally {
      warn.restore();
      el.remove();
      copy?.remove();
    }
  });

  it('updates in place rather than adding another, and escapes "<"', async () => {
    const el = await card(minimal({ steps: ['Go </script> on'] }));
    el.exercise = minimal({ name: 'Renamed', steps: ['One'] });
    await el.updateComplete;
    await aTimeout(0);
    await el.updateComplete;
    expect(ld(el).length).to.equal(1);
    expect(JSON.parse(ld(el)[0]!.textContent!).name).to.equal('Renamed');
    el.exercise = minimal({ steps: ['a </script> b'] });
    await el.updateComplete;
    expect(ld(el)[0]!.textContent).to.not.contain('</script>');
    expect(JSON.parse(ld(el)[0]!.textContent!).step[0].itemListElement[0].text).to.equal('a </script> b');
  });

  it('keeps the blogger’s fallback markup, which the shadow root hides', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${lunge}
      ><div class="fallback"><h2>Reverse lunge</h2><ol><li>Step back</li></ol></div></exercise-card
    >`);
    await el.updateComplete;
    const fallback = el.querySelector('.fallback') as HTMLElement;
    expect(fallback).to.not.equal(null);
    expect(fallback.getClientRects().length).to.equal(0); // not rendered: no slot takes it
    expect(root(el).querySelector('slot')).to.equal(null);
  });
});

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));
  const bg = (el: ExerciseCard) => getComputedStyle(root(el).querySelector('.card')!).backgroundColor;

  it('theme="dark" and theme="light" win over the reader’s setting; auto follows it', async () => {
    const el = await card(lunge, { theme: 'dark' });
    expect(bg(el)).to.equal('rgb(21, 24, 28)');
    await emulateMedia({ colorScheme: 'dark' });
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(bg(el)).to.equal('rgb(255, 255, 255)');
    el.setAttribute('theme', 'auto');
    await el.updateComplete;
    expect(bg(el)).to.equal('rgb(21, 24, 28)');
  });

  it('nested elements follow the card’s theme (through --ex-color-scheme)', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await card(lunge, { theme: 'dark' });
    const accordion = root(el).querySelector('mistakes-accordion')!;
    await accordion.updateComplete;
    const item = accordion.shadowRoot!.querySelector('.item')!;
    expect(getComputedStyle(item).backgroundColor).to.equal('rgb(21, 24, 28)');
    expect(getComputedStyle(item).color).to.equal('rgb(232, 234, 237)');
    const map = root(el).querySelector('muscle-map')!;
    const plain = map.shadowRoot!.querySelector('.m:not([data-role])')!;
    expect(getComputedStyle(plain).fill).to.equal('rgb(74, 82, 92)');
  });

  it('a page can still set a token on the card', async () => {
    const el = await card(lunge, { theme: 'dark' });
    el.style.setProperty('--ex-color-bg', 'rgb(1, 2, 3)');
    expect(bg(el)).to.equal('rgb(1, 2, 3)');
  });
});

describe('loading, print and accessibility', () => {
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

  it('with inline data, the first frame is final (no layout shift afterwards)', async () => {
    const host = document.createElement('div');
    host.style.width = '700px';
    document.body.append(host);
    const el = withInlineJson(lunge);
    host.append(el);
    const firstFrame = await new Promise<number>((r) => requestAnimationFrame(() => r(el.getBoundingClientRect().height)));
    await aTimeout(300);
    expect(firstFrame).to.be.greaterThan(1000);
    expect(el.getBoundingClientRect().height).to.equal(firstFrame);
    expect(root(el).querySelector('muscle-map')!.shadowRoot!.querySelector('svg')).to.not.equal(null);
    host.remove();
  });

  it('reserves space while a src document loads', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card src="/demo/exercises/reverse-lunge.json"></exercise-card>`);
    const loading = root(el).querySelector('[part="loading"]') as HTMLElement | null;
    if (loading) expect(loading.getBoundingClientRect().height).to.be.greaterThan(400);
    await new Promise((r) => el.addEventListener('exercise-load', r, { once: true }));
    await el.updateComplete;
    expect(root(el).querySelector('[part="title"]')!.textContent).to.equal(lunge.name);
  });

  it('prints without the timer', async () => {
    const el = await card(lunge);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root(el).querySelector('.s-timer')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(root(el).querySelector('.s-timer')!).display).to.not.equal('none');
  });

  for (const layout of ['full', 'compact'])
    for (const theme of ['light', 'dark'])
      it(`is axe-clean: ${layout}, ${theme}`, async () => {
        const el = await card(lunge, { layout, theme });
        await aTimeout(0);
        await expect(el).to.be.accessible();
      });

  it('is axe-clean with three cards on one page: no landmark repeated from card to card', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <exercise-card .exercise=${lunge}></exercise-card><exercise-card .exercise=${lunge}></exercise-card><exercise-card .exercise=${lunge}></exercise-card>
    </div>`);
    const cards = [...page.querySelectorAll('exercise-card')];
    for (const c of cards) await c.updateComplete;
    await aTimeout(0);
    // Sections are plain sections, found by their headings, not a dozen named regions per card.
    expect(root(cards[0]!).querySelectorAll('section[aria-labelledby], section[aria-label], [role="region"]')).to.have.length(0);
    await expect(page).to.be.accessible();
  });

  it('is axe-clean with playable video facades', async () => {
    const el = await card(
      minimal({ videos: [{ title: 'Walkthrough', kind: 'full', provider: 'youtube', videoId: 'abcDEF12345', durationSeconds: 60 }] }),
    );
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'])
    it(`is axe-clean opened up (${theme}): the fold, a mistake with its muscles on the map, the workout dialog running`, async () => {
      type Lit = HTMLElement & { updateComplete: Promise<unknown> };
      const el = await card(lunge, { theme });
      root(el).querySelector('details')!.open = true;
      const accordion = root(el).querySelector('mistakes-accordion') as Lit;
      const map = root(el).querySelector('muscle-map') as Lit;
      await accordion.updateComplete;
      accordion.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      for (let i = 0; i < 2; i++) for (const e of [accordion, el as unknown as Lit, map]) await e.updateComplete;
      expect(root(el).querySelector('.highlight-note')!.textContent).to.contain('mistake');
      await expect(el).to.be.accessible();

      root(el).querySelector<HTMLButtonElement>('[part="timer-button"]')!.click();
      await el.updateComplete;
      const timer = root(el).querySelector('set-timer') as Lit & { start(): void; state: { status: string } };
      await timer.updateComplete;
      timer.setAttribute('muted', '');
      timer.start();
      await timer.updateComplete;
      expect(timer.state.status).to.equal('running');
      try {
        await expect(el).to.be.accessible();
      } finally {
        root(el).querySelector('dialog')!.close();
      }
    });
});
