import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { SetTimer } from '../../src/set-timer/set-timer.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { Exercise } from '../../src/schema/exercise-types.js';
import { fakeClock, installFakes, settle, type Fakes } from '../set-timer/helpers.js';

// A page may move one of our elements into another document: a Document Picture-in-Picture
// window (`pipWindow.document.body.append(timer)`) or a same-origin iframe. Its shadow styles
// must come along, and come back with it.

let lunge: Exercise;
before(async () => {
  lunge = (await (await fetch('/demo/exercises/reverse-lunge.json')).json()) as Exercise;
});

const PROPS = ['display', 'fill', 'padding-top', 'border-top-style', 'border-top-width', 'color', 'background-color', 'font-size', 'font-weight'];

/**
 * What our shadow styles decide, for the host and every part, through nested elements' shadow
 * roots (the card's map, accordion and timer): "tag > part: display ...".
 */
function looks(host: Element, path = host.localName): string[] {
  const view = host.ownerDocument.defaultView!;
  const of = (el: Element) => PROPS.map((p) => view.getComputedStyle(el).getPropertyValue(p)).join(' ');
  const out = [`${path}: ${of(host)}`];
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...looks(el, `${path} > ${el.localName}`));
    else if (el.matches('[part], [data-role]')) out.push(`${path} [${el.getAttribute('part') ?? el.getAttribute('data-role')}]: ${of(el)}`);
  }
  return out;
}

/** The element and those in its shadow root (the card's) have rendered. */
async function settled(el: Element): Promise<void> {
  const all = [el, ...el.shadowRoot!.querySelectorAll('*')].filter((e) => 'updateComplete' in e);
  await Promise.all(all.map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

/** A same-origin iframe (about:blank) in the test page: its document. */
async function otherDocument(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 900px; height: 900px"></iframe>`);
  return frame.contentDocument!;
}

/** A box as wide in either document (the card and the map follow their width). */
const WIDTH = '640px';
async function box(doc: Document = document): Promise<HTMLElement> {
  if (doc === document) return fixture<HTMLElement>(html`<div style="width: ${WIDTH}"></div>`);
  const div = doc.body.appendChild(doc.createElement('div'));
  div.style.width = WIDTH;
  return div;
}

/** An element of ours showing the reverse lunge, rendered in a box of the test page. */
async function shown<T extends HTMLElement>(tag: string, home?: HTMLElement): Promise<T> {
  const el = Object.assign(document.createElement(tag), { exercise: lunge }) as unknown as T;
  (home ?? (await box())).append(el);
  await settled(el);
  return el;
}

describe('an element moved into another document', () => {
  for (const tag of ['exercise-card', 'muscle-map', 'mistakes-accordion', 'set-timer']) {
    it(`<${tag}> keeps its shadow styles in an iframe, and after it comes back`, async () => {
      const away = await box(await otherDocument());
      const home = await box();
      const el = await shown(tag, home);
      const before = looks(el);
      // Our styles are in the snapshot: an unstyled custom element is display: inline.
      expect(before[0]).to.match(new RegExp(`^${tag}: block `));
      expect(before.length).to.be.greaterThan(3);

      away.append(el);
      await settled(el);
      expect(looks(el)).to.deep.equal(before);

      home.append(el);
      await settled(el);
      expect(looks(el)).to.deep.equal(before);
    });
  }

  it('a card moved with adoptNode() and inserted later keeps its styles, moved back too', async () => {
    const doc = await otherDocument();
    const away = await box(doc);
    const card = await shown<ExerciseCard>('exercise-card');
    const home = card.parentElement!;
    const before = looks(card);
    doc.adoptNode(card);
    away.append(card);
    await settled(card);
    expect(looks(card)).to.deep.equal(before);
    document.adoptNode(card);
    home.append(card);
    await settled(card);
    expect(looks(card)).to.deep.equal(before);
  });

  it('a card that renders its nested elements only in the other document styles them', async () => {
    const away = await box(await otherDocument());
    const model = await shown<ExerciseCard>('exercise-card');
    const card = document.createElement('exercise-card');
    away.append(card);
    await card.updateComplete;
    card.exercise = lunge;
    await settled(card);
    expect(card.shadowRoot!.querySelector('muscle-map')).to.exist;
    expect(looks(card)).to.deep.equal(looks(model));
  });

  it("in the other document, the card and its nested elements share that document's sheets", async () => {
    const doc = await otherDocument();
    const card = await shown<ExerciseCard>('exercise-card');
    const map = card.shadowRoot!.querySelector('muscle-map')!;
    doc.body.append(card);
    await settled(card);
    const [cardSheets, mapSheets] = [card, map].map((el) => el.shadowRoot!.adoptedStyleSheets);
    expect(cardSheets).to.have.length((card.constructor as typeof ExerciseCard).elementStyles.length);
    expect(cardSheets!.every((s) => s instanceof doc.defaultView!.CSSStyleSheet)).to.be.true;
    // The base styles come first in every element: one sheet object, made once for the document.
    expect(mapSheets![0]).to.equal(cardSheets![0]);
    document.body.append(card);
    expect(card.shadowRoot!.adoptedStyleSheets).to.have.length(cardSheets!.length);
    expect(card.shadowRoot!.adoptedStyleSheets.every((s) => s instanceof CSSStyleSheet)).to.be.true;
    card.remove();
  });

  it('a document without a window (nothing renders there) takes an element, and gives it back styled', async () => {
    const home = await box();
    const el = await shown<HTMLElement>('set-timer', home);
    const before = looks(el);
    document.implementation.createHTMLDocument('').body.append(el);
    await settled(el);
    home.append(el);
    await settled(el);
    expect(looks(el)).to.deep.equal(before);
  });

  it('elements in two other documents at once are each styled', async () => {
    const [a, b] = [await box(await otherDocument()), await box(await otherDocument())];
    const model = await shown<HTMLElement>('mistakes-accordion');
    const [x, y] = [0, 1].map(() => Object.assign(document.createElement('mistakes-accordion'), { exercise: lunge }));
    a.append(x!);
    b.append(y!);
    await settled(x!);
    await settled(y!);
    expect(looks(x!)).to.deep.equal(looks(model));
    expect(looks(y!)).to.deep.equal(looks(model));
  });
});

describe('a running <set-timer> moved into another document', () => {
  let clock: sinon.SinonFakeTimers;
  let fakes: Fakes;
  // The timers start on the test page (not fixture(): for plain elements it waits for a frame,
  // which the fake clock holds back) beside an iframe. There a timer runs on that window's
  // timers and frames: faked too, at this page's time.
  let home: HTMLElement;
  let frame: HTMLIFrameElement;
  let frameClock: sinon.SinonFakeTimers;
  beforeEach(() => {
    fakes = installFakes();
    clock = fakeClock();
    home = document.body.appendChild(document.createElement('div'));
    frame = home.appendChild(document.createElement('iframe'));
    frameClock = fakeClock(frame.contentWindow!);
  });
  afterEach(() => {
    frameClock.uninstall();
    home.remove();
    clock.restore();
    fakes.restore();
    localStorage.clear();
  });

  it('keeps counting, shows the time and fires its events there, and back again, in step with one that stayed', async () => {
    const doc = frame.contentDocument!;
    // Both clocks moved on in small steps, as real time would.
    const tick = (ms: number) => {
      for (let t = 0; t < ms; t += 50) {
        clock.tick(50);
        frameClock.tick(50);
      }
    };
    const [moved, twin] = [0, 1].map(() => home.appendChild(Object.assign(document.createElement('set-timer'), { exercise: lunge })));
    await Promise.all([moved.updateComplete, twin.updateComplete]);
    const phases = new Map<SetTimer, string[]>();
    for (const t of [moved, twin]) {
      phases.set(t, []);
      t.addEventListener('phase-change', (e) => phases.get(t)!.push((e as CustomEvent<{ phase: string }>).detail.phase));
    }
    const face = (t: SetTimer) => t.shadowRoot!.querySelector('[part~="timer"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const inStep = async (why: string) => {
      await Promise.all([moved.updateComplete, twin.updateComplete]);
      expect(moved.state, why).to.deep.equal(twin.state);
      expect(face(moved), why).to.equal(face(twin));
      expect(phases.get(moved), why).to.deep.equal(phases.get(twin));
    };
    moved.start();
    twin.start();
    tick(5_000);
    await inStep('before the move');
    const shown = face(moved);

    doc.body.append(moved);
    tick(40_000);
    await inStep('in the other document');
    expect(moved.state.status).to.equal('running');
    expect(face(moved), 'the face counts in the other document').to.not.equal(shown);
    expect(phases.get(moved)!.length, 'phase-change fired in the other document').to.be.greaterThan(1);

    home.prepend(moved);
    tick(30_000);
    await inStep('back home');
  });

  it('there takes its ticks and frames from that window (a Picture-in-Picture window keeps them while the page hides)', async () => {
    const timer = home.appendChild(Object.assign(document.createElement('set-timer'), { exercise: lunge }));
    await timer.updateComplete;
    timer.start();
    clock.tick(1_000);
    expect([clock.countTimers() > 0, frameClock.countTimers()], 'at home').to.deep.equal([true, 0]);
    frame.contentDocument!.body.append(timer);
    expect([clock.countTimers(), frameClock.countTimers() > 0], 'in the iframe').to.deep.equal([0, true]);
    home.append(timer);
    expect([clock.countTimers() > 0, frameClock.countTimers()], 'back home').to.deep.equal([true, 0]);
  });
  it('there makes sound after a tap on Start in that window, the reader’s gesture being there', async () => {
    // The tap happens in the other window: that one is active, the page is not.
    fakes.activation.isActive = false;
    Object.defineProperty(frame.contentWindow!.navigator, 'userActivation', { value: { isActive: true, hasBeenActive: true } });
    const timer = home.appendChild(Object.assign(document.createElement('set-timer'), { exercise: lunge }));
    await timer.updateComplete;
    frame.contentDocument!.body.append(timer);
    await timer.updateComplete;
    timer.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle();
    expect(timer.state.status).to.equal('running');
    expect(fakes.audio.instances.length, 'a sound context, made from that tap').to.equal(1);
  });

  it('there keeps the screen awake through that window while the page that opened it is hidden', async () => {
    // The other window's own wake lock, as a Picture-in-Picture window has.
    const locks: { released: boolean }[] = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'wakeLock', {
      value: {
        request: async () => {
          const lock = { released: false, addEventListener: () => {}, release: async () => void (lock.released = true) };
          locks.push(lock);
          return lock;
        },
      },
    });
    const timer = home.appendChild(Object.assign(document.createElement('set-timer'), { exercise: lunge }));
    await timer.updateComplete;
    // Started on the page, then popped out: the usual way.
    timer.start();
    await settle();
    expect(fakes.wakeLock.held(), 'held through the page at first').to.equal(true);
    frame.contentDocument!.body.append(timer);
    await settle();
    expect(fakes.wakeLock.held(), 'let go through the page it left').to.equal(false);
    // The page that opened it goes to the background: the browser drops that page's locks.
    fakes.setVisible(false);
    clock.tick(20_000);
    frameClock.tick(20_000);
    await settle();
    expect(locks.filter((l) => !l.released).length, 'held through the other window').to.equal(1);
    expect(fakes.wakeLock.held(), 'none through the hidden page').to.equal(false);
    timer.pause();
    await settle();
    expect(locks.filter((l) => !l.released).length, 'let go on pause').to.equal(0);
  });
});

describe('connected again in the same document', () => {
  it('keeps its shadow root’s sheets, one a page added too', async () => {
    const home = await box();
    const map = await shown<HTMLElement>('muscle-map', home);
    const added = new CSSStyleSheet();
    added.replaceSync(':host { outline: 3px solid red; }');
    const root = map.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, added];
    const before = root.adoptedStyleSheets;
    // A framework moving it within its list.
    home.prepend(map);
    await settled(map);
    expect(root.adoptedStyleSheets).to.deep.equal(before);
    expect(getComputedStyle(map).outlineStyle).to.equal('solid');
  });
});

describe('in another document, an element follows that document’s keys and events', () => {
  const frameOf = async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 900px; height: 900px"></iframe>`);
    return { win: frame.contentWindow!, doc: frame.contentDocument! };
  };

  it('<muscle-map>: Escape pressed in the iframe hides the name tip (WCAG 1.4.13)', async () => {
    const { doc } = await frameOf();
    const map = await shown<HTMLElement>('muscle-map', await box(doc));
    map.toggleAttribute('interactive', true);
    await settled(map);
    const tip = () => map.shadowRoot!.querySelector('[part="tooltip"]');
    const shape = map.shadowRoot!.querySelector<SVGPathElement>('path[data-role]')!;
    shape.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settled(map);
    expect(tip() !== null, 'the pointer on a muscle shows its name').to.be.true;
    doc.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settled(map);
    expect(tip() === null, 'hidden by Escape in its own document').to.be.true;
  });

  it('<exercise-card>: printing the iframe opens the card’s folds there, and closes them after', async () => {
    const { win, doc } = await frameOf();
    const card = await shown<ExerciseCard>('exercise-card', await box(doc));
    const closed = () => card.shadowRoot!.querySelectorAll('details:not([open])').length;
    const before = closed();
    expect(before).to.be.greaterThan(0);
    win.dispatchEvent(new Event('beforeprint'));
    expect(closed()).to.equal(0);
    win.dispatchEvent(new Event('afterprint'));
    expect(closed()).to.equal(before);
  });

  it('<mistakes-accordion>: a link to a mistake in the iframe opens it there', async () => {
    const { win, doc } = await frameOf();
    const list = await shown<HTMLElement & { expandedIds: string[] }>('mistakes-accordion', await box(doc));
    const id = lunge.mistakes![1]!.id;
    win.location.hash = `#mistake-${id}`;
    await new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
    await settled(list);
    expect(list.expandedIds).to.deep.equal([id]);
  });

  it('<mistakes-accordion>: put into the iframe, it opens the mistake that frame’s link names, not the page’s', async () => {
    const { win, doc } = await frameOf();
    const [first, second] = lunge.mistakes!.map((m) => m.id);
    const pageHash = location.hash;
    history.replaceState(null, '', `#mistake-${first}`);
    // Followed to its end before the accordion arrives: what it reads when connected counts.
    win.location.hash = `#mistake-${second}`;
    await new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
    try {
      const list = await shown<HTMLElement & { expandedIds: string[] }>('mistakes-accordion', await box(doc));
      expect(list.expandedIds).to.deep.equal([second]);
    } finally {
      history.replaceState(null, '', pageHash || location.pathname + location.search);
    }
  });

  it('moved back, none of them listens to the iframe any more', async () => {
    const { win, doc } = await frameOf();
    const away = await box(doc);
    const card = await shown<ExerciseCard>('exercise-card', away);
    const timer = await shown<SetTimer>('set-timer', away);
    const added = sinon.spy(win, 'addEventListener');
    const removed = sinon.spy(win, 'removeEventListener');
    const docAdded = sinon.spy(doc, 'addEventListener');
    const docRemoved = sinon.spy(doc, 'removeEventListener');
    const home = await box();
    try {
      // Their listeners on the iframe's window were added before the spies (the card's nested
      // accordion's too). Moving back removes every one of them.
      home.append(card, timer);
      await Promise.all([settled(card), settled(timer)]);
      expect(removed.args.map(([type]) => type)).to.include.members(['beforeprint', 'afterprint', 'hashchange', 'pagehide']);
      // The card's map listens for Escape, the timer for the page's visibility.
      expect(docRemoved.args.map(([type]) => type)).to.include.members(['keydown', 'visibilitychange']);
      expect([added.called, docAdded.called]).to.deep.equal([false, false]);
    } finally {
      for (const spy of [added, removed, docAdded, docRemoved]) spy.restore();
    }
  });
});
