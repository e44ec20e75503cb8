import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { SCHEMES, emulateScheme, resetScheme } from '../shared/media.js';
import { MuscleMap } from '../../src/muscle-map/muscle-map.js';
import { ARTWORK, seams } from '../../src/muscle-map/artwork.js';
import { MUSCLES } from '../../src/muscles/vocabulary.js';
import { chooseViews, computeHighlights, accessibleName, focusOrder } from '../../src/muscle-map/model.js';
import { FEDB_MUSCLES } from './fedb-muscles.js';
import { MAP_WORDS } from '../../src/i18n/map-words.js';
import { normaliseMuscleName } from '../../src/muscles/resolve.js';

MuscleMap.define();

const shapes = (el: MuscleMap, selector = '[data-muscle]'): SVGPathElement[] => [
  ...el.shadowRoot!.querySelectorAll<SVGPathElement>(selector),
];
const views = (el: MuscleMap): string[] => [...new Set(shapes(el).map((s) => s.dataset.view!))];

function captureWarnings(): { calls: unknown[][]; restore: () => void } {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

const LUNGE = {
  schemaVersion: 1,
  id: 'reverse-lunge',
  name: 'Reverse lunge',
  muscles: [
    { id: 'gluteus-maximus', role: 'primary' },
    { id: 'gluteus-medius', role: 'primary' },
    { id: 'quadriceps', role: 'secondary' },
    { id: 'erector-spinae', role: 'stabilizer' },
  ],
};

describe('muscle-map artwork', () => {
  it('draws every vocabulary id as a shape in each of its views, for both figures, and nothing else', () => {
    for (const figure of ['female', 'male'] as const) {
      for (const view of ['front', 'back'] as const) {
        const drawn = ARTWORK[figure][view].muscles.map(([id]) => id);
        const expected = MUSCLES.filter((m) => m.views.includes(view)).map((m) => m.id);
        expect(drawn, `${figure} ${view}`).to.have.members(expected);
        for (const [, d] of ARTWORK[figure][view].muscles) expect(d).to.match(/^M[\d.]+ [\d.]+c/);
      }
    }
  });

  it('closes every shape from shared line pieces (no gaps between neighbours), in every view', () => {
    // The size budget of the artwork (14 KB gzipped) is checked on the built module by `npm run size`.
    for (const figure of ['female', 'male'] as const) {
      for (const view of ['front', 'back'] as const) expect(seams(figure, view), `${figure} ${view}`).to.deep.equal([]);
    }
  });

  it('draws a border two shapes share the same in both, closes every path, and mirrors the outline', () => {
    // A path's subpaths as cubic curves in absolute tenths of a unit: [x0, y0, c1x, c1y, c2x, c2y, x3, y3].
    const subpaths = (d: string) => {
      const subs: { start: number[]; end?: number[]; curves: number[][] }[] = [];
      let x = 0;
      let y = 0;
      for (const [, cmd, args] of d.matchAll(/([Mcz])([^Mcz]*)/g)) {
        const n = args!.trim() ? args!.trim().split(' ').map((v) => Math.round(Number(v) * 10)) : [];
        if (cmd === 'M') subs.push({ start: [(x = n[0]!), (y = n[1]!)], curves: [] });
        else if (cmd === 'z') subs.at(-1)!.end = [x, y];
        else {
          subs.at(-1)!.curves.push([x, y, x + n[0]!, y + n[1]!, x + n[2]!, y + n[3]!, (x += n[4]!), (y += n[5]!)]);
        }
      }
      return subs;
    };
    const reversed = (c: number[]) => [c[6]!, c[7]!, c[4]!, c[5]!, c[2]!, c[3]!, c[0]!, c[1]!];
    for (const figure of ['female', 'male'] as const) {
      for (const view of ['front', 'back'] as const) {
        const art = ARTWORK[figure][view];
        // Curves by their two ends, in one direction: a second curve between the same ends must be the same curve.
        const byEnds = new Map<string, number[]>();
        let shared = 0;
        for (const [id, d] of [...art.muscles, ...art.parts, ['outline', art.outline] as const]) {
          for (const { start, end, curves } of subpaths(d)) {
            expect(end, `${figure} ${view} ${id} ends where it starts`).to.deep.equal(start);
            for (const c of curves) {
              const one = c[0]! < c[6]! || (c[0] === c[6] && c[1]! <= c[7]!) ? c : reversed(c);
              const ends = [one[0], one[1], one[6], one[7]].join();
              if (byEnds.has(ends)) {
                shared++;
                expect(one, `${figure} ${view} ${id}`).to.deep.equal(byEnds.get(ends));
              } else byEnds.set(ends, one);
            }
          }
        }
        expect(shared, `${figure} ${view}: curves drawn twice`).to.be.above(80);
        // The outline's right half is its left half mirrored round x = 100 (to a tenth: each is rounded).
        const outline = subpaths(art.outline)[0]!.curves;
        const half = outline.length / 2;
        for (let k = 0; k < half; k++) {
          const right = reversed(outline[half + k]!).slice(0, 6);
          const left = outline[half - 1 - k]!.slice(0, 6).map((v, i) => (i % 2 ? v : 2000 - v));
          right.forEach((v, i) => expect(Math.abs(v - left[i]!), `${figure} ${view} outline, curve ${k}`).to.be.at.most(1));
        }
      }
    }
  });
});

describe('muscle-map model', () => {
  it('lets present role attributes override highlights and the document', () => {
    const h = computeHighlights({ primary: '', secondary: null, stabilizer: null, highlights: { glutes: 1 }, muscles: LUNGE.muscles as never });
    expect(h.byId.size).to.equal(0);
    const d = computeHighlights({ primary: null, secondary: null, stabilizer: null, muscles: LUNGE.muscles as never });
    expect(d.byId.get('gluteus-maximus')?.role).to.equal('primary');
    expect(d.byId.get('vastus-lateralis')?.role).to.equal('secondary');
  });

  it('keeps the strongest role for a muscle named twice', () => {
    const h = computeHighlights({ primary: 'glutes', secondary: 'gluteus-maximus hamstrings', stabilizer: 'hamstrings', highlights: null });
    expect(h.byId.get('gluteus-maximus')?.role).to.equal('primary');
    expect(h.byId.get('biceps-femoris')?.role).to.equal('secondary');
  });

  it('chooses views: auto shows only the views holding highlighted muscles', () => {
    expect(chooseViews('auto', [])).to.deep.equal(['front', 'back']);
    expect(chooseViews('auto', ['pectoralis-major', 'biceps-brachii'])).to.deep.equal(['front']);
    expect(chooseViews('auto', ['gluteus-maximus', 'latissimus-dorsi'])).to.deep.equal(['back']);
    expect(chooseViews('auto', ['gluteus-maximus', 'rectus-femoris'])).to.deep.equal(['front', 'back']);
    expect(chooseViews('auto', ['gastrocnemius', 'soleus'])).to.deep.equal(['back']);
    expect(chooseViews('bogus', ['pectoralis-major'])).to.deep.equal(['front']);
    expect(chooseViews('both', ['pectoralis-major'])).to.deep.equal(['front', 'back']);
    expect(chooseViews('back', ['pectoralis-major'])).to.deep.equal(['back']);
  });

  it('names the figure by role, primary first', () => {
    const h = computeHighlights({ primary: 'glutes', secondary: 'calves', stabilizer: null, highlights: null });
    expect(accessibleName(h.byId, ['back'], 'female', MAP_WORDS.en)).to.equal(
      'Female body figure, back view. Primary: gluteus maximus, gluteus medius and minimus. Secondary: gastrocnemius (calf), soleus (calf).',
    );
    expect(focusOrder(h.byId)).to.deep.equal(['gluteus-maximus', 'gluteus-medius', 'gastrocnemius', 'soleus']);
  });
});

describe('<muscle-map>', () => {
  it('renders every vocabulary id as a data-muscle shape, left and right, in both views', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map view="both"></muscle-map>`);
    for (const m of MUSCLES) {
      for (const view of m.views) {
        const found = shapes(el, `[data-muscle="${m.id}"][data-view="${view}"]`);
        expect(found.map((s) => s.dataset.side).sort(), `${m.id} ${view}`).to.deep.equal(['left', 'right']);
      }
    }
    // non-muscle parts are drawn but carry no data-muscle
    expect(shapes(el, '[data-part="knee"]').length).to.equal(2);
    expect(shapes(el, '.body').length).to.equal(2);
  });

  it('keeps the Front and Back captions readable (10 px or more) at every width that shows them', async () => {
    for (const [view, widths] of [['both', [270, 300, 340, 341, 400, 440, 441, 600]], ['front', [270, 400]]] as const) {
      for (const width of widths) {
        const el = await fixture<MuscleMap>(html`<muscle-map view=${view} style="display: block; width: ${width}px"></muscle-map>`);
        const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.figure')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const caption of el.shadowRoot!.querySelectorAll<SVGTextElement>('.caption')) {
          const px = parseFloat(getComputedStyle(caption).fontSize) * scale;
          expect(px, `${view} at ${width} px`).to.be.at.least(10);
          // Two views at a phone's width: readable, yet still a caption beside the figure.
          if (view === 'both') expect(px, `${view} at ${width} px`).to.be.at.most(16);
        }
      }
    }
  });

  it('takes a role property as an array too (a React prop), without throwing', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map .primary=${['glutes', 'soleus'] as unknown as string}></muscle-map>`);
    const lit = new Set(shapes(el, '[data-muscle][data-role="primary"]').map((s) => s.dataset.muscle));
    expect([...lit].sort()).to.deep.equal(['gluteus-maximus', 'gluteus-medius', 'soleus']);
  });

  it('puts each role on the right shapes with data-role, from attributes (group names expand)', async () => {
    const el = await fixture<MuscleMap>(
      html`<muscle-map primary="glutes" secondary="quadriceps" stabilizer="abs erector-spinae"></muscle-map>`,
    );
    const roleOf = (id: string) => [...new Set(shapes(el, `[data-muscle="${id}"]`).map((s) => s.dataset.role))];
    expect(roleOf('gluteus-maximus')).to.deep.equal(['primary']);
    expect(roleOf('gluteus-medius')).to.deep.equal(['primary']);
    expect(roleOf('rectus-femoris')).to.deep.equal(['secondary']);
    expect(roleOf('vastus-medialis')).to.deep.equal(['secondary']);
    expect(roleOf('rectus-abdominis')).to.deep.equal(['stabilizer']);
    expect(roleOf('erector-spinae')).to.deep.equal(['stabilizer']);
    expect(roleOf('biceps-brachii')).to.deep.equal([undefined]);
    const highlighted = shapes(el, '[data-muscle][data-role]').map((s) => s.dataset.muscle);
    expect(new Set(highlighted)).to.have.all.keys(
      'gluteus-maximus', 'gluteus-medius', 'rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'rectus-abdominis', 'erector-spinae',
    );
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!;
    expect(legend.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Primary Secondary Stabilizer');
  });

  it("takes roles from the document's muscles, and the attributes override it", async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map .exercise=${LUNGE}></muscle-map>`);
    expect(shapes(el, '[data-muscle="gluteus-maximus"][data-role="primary"]').length).to.equal(2);
    expect(shapes(el, '[data-muscle="vastus-lateralis"][data-role="secondary"]').length).to.equal(4); // front and back
    expect(views(el)).to.deep.equal(['front', 'back']); // quads in front, glutes behind
    el.setAttribute('primary', 'chest');
    await el.updateComplete;
    expect(shapes(el, '[data-muscle][data-role]').every((s) => s.dataset.muscle === 'pectoralis-major')).to.equal(true);
    expect(views(el)).to.deep.equal(['front']);
  });

  it('shows intensity from .highlights', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map .highlights=${{ 'gluteus-maximus': 1, hamstrings: 0.5, calves: 0.2, triceps: 0 }}></muscle-map>`);
    const one = (id: string) => shapes(el, `[data-muscle="${id}"]`)[0];
    expect(one('gluteus-maximus').dataset.role).to.equal('primary');
    expect(one('biceps-femoris').dataset.role).to.equal('secondary');
    expect(one('biceps-femoris').style.getPropertyValue('--i')).to.equal('0.5');
    expect(one('soleus').dataset.role).to.equal('stabilizer');
    expect(one('triceps-brachii').dataset.role).to.equal(undefined);
    expect(views(el)).to.deep.equal(['back']);
  });

  it('fades only the shapes given an intensity below 1, and unfades them when it returns to 1', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map .highlights=${{ 'gluteus-maximus': 1, hamstrings: 0.5 }}></muscle-map>`);
    const opacity = (id: string) => Number(getComputedStyle(shapes(el, `[data-muscle="${id}"]`)[0]).fillOpacity);
    expect(opacity('gluteus-maximus')).to.equal(1);
    expect(opacity('biceps-femoris')).to.be.closeTo(0.725, 1e-6);
    expect(opacity('triceps-brachii')).to.equal(1);
    el.highlights = { 'gluteus-maximus': 1, hamstrings: 1 };
    await el.updateComplete;
    expect(opacity('biceps-femoris')).to.equal(1);
    el.highlights = { 'gluteus-maximus': 1 };
    await el.updateComplete;
    expect(opacity('biceps-femoris')).to.equal(1);
  });

  it('auto view follows the highlighted muscles; view and figure attributes are honoured', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map primary="chest"></muscle-map>`);
    expect(views(el)).to.deep.equal(['front']);
    el.setAttribute('primary', 'lats');
    await el.updateComplete;
    expect(views(el)).to.deep.equal(['back']);
    el.setAttribute('view', 'both');
    await el.updateComplete;
    expect(views(el)).to.deep.equal(['front', 'back']);
    const svgEl = el.shadowRoot!.querySelector('svg[part="figure"]')!;
    expect(svgEl.getAttribute('viewBox')).to.equal('0 0 400 522');
    const female = shapes(el, '[data-muscle="gluteus-maximus"]')[0].getAttribute('d');
    el.setAttribute('figure', 'male');
    await el.updateComplete;
    expect(shapes(el, '[data-muscle="gluteus-maximus"]')[0].getAttribute('d')).to.not.equal(female);
  });

  it('has an accessible name listing the muscles by role', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map primary="gluteus-maximus gluteus-medius" secondary="hamstrings"></muscle-map>`);
    const svgEl = el.shadowRoot!.querySelector('svg[part="figure"]')!;
    expect(svgEl.getAttribute('role')).to.equal('img');
    expect(svgEl.getAttribute('aria-label')).to.equal(
      'Female body figure, back view. Primary: gluteus maximus, gluteus medius and minimus. ' +
        'Secondary: biceps femoris (outer hamstring), semitendinosus and semimembranosus (inner hamstrings).',
    );
  });

  it('warns once about unknown ids and otherwise carries on', async () => {
    const warn = captureWarnings();
    try {
      const el = await fixture<MuscleMap>(html`<muscle-map primary="glutes wings" secondary="fins"></muscle-map>`);
      expect(warn.calls.length).to.equal(1);
      expect(String(warn.calls[0][0])).to.contain('wings').and.contain('fins');
      expect(shapes(el, '[data-muscle][data-role="primary"]').length).to.equal(4);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.calls.length).to.equal(1);
    } finally {
      warn.restore();
    }
  });

  it('is not focusable unless interactive', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map primary="glutes"></muscle-map>`);
    expect(shapes(el, '[data-muscle][tabindex]').length).to.equal(0);
  });

  it('with interactive: one tab stop, arrow keys in role then head-to-toe order, name tip, muscle-select', async () => {
    const el = await fixture<MuscleMap>(
      html`<div><button id="before">before</button><muscle-map interactive primary="gluteus-maximus" secondary="rectus-femoris" stabilizer="obliques"></muscle-map><button id="after">after</button></div>`,
    ).then((div) => div.querySelector('muscle-map')!);
    await el.updateComplete;
    const stops = shapes(el, '[data-muscle][tabindex]');
    // one focusable shape per highlighted muscle, only one of them in the tab order
    expect(stops.map((s) => s.dataset.muscle).sort()).to.deep.equal(['gluteus-maximus', 'obliques', 'rectus-femoris']);
    expect(stops.filter((s) => s.tabIndex === 0).map((s) => s.dataset.muscle)).to.deep.equal(['gluteus-maximus']);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('role')).to.equal('group');

    (el.parentElement!.querySelector('#before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.muscle;
    expect(focused()).to.equal('gluteus-maximus');
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(tip.textContent).to.contain('Gluteus maximus');
    expect(el.shadowRoot!.querySelector('.ring')).to.not.equal(null);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()).to.equal('rectus-femoris');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()).to.equal('obliques');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()).to.equal('gluteus-maximus');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused()).to.equal('obliques');

    const selected: CustomEvent[] = [];
    el.addEventListener('muscle-select', (e) => selected.push(e));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(selected.map((e) => e.detail)).to.deep.equal([
      { id: 'obliques', name: 'Obliques' },
      { id: 'obliques', name: 'Obliques' },
    ]);
    expect(selected[0].bubbles && selected[0].composed).to.equal(true);

    // a click on the mirrored shape of another highlighted muscle
    const other = shapes(el, '[data-muscle="rectus-femoris"]').find((s) => !s.hasAttribute('tabindex'))!;
    other.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(selected[2].detail.id).to.equal('rectus-femoris');

    // leaving the figure: Tab goes on to the page, not through every muscle
    // the click made it the tab stop
    await el.updateComplete;
    const stop = el.shadowRoot!.querySelector<SVGPathElement>('path[tabindex="0"]')!;
    expect(stop.dataset.muscle).to.equal('rectus-femoris');
    stop.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('with interactive, the tab stop and the arrow keys pass over muscles the views shown do not draw', async () => {
    // The chest is drawn only in front: in a back view it has no shape to focus.
    const el = await fixture<MuscleMap>(html`<muscle-map interactive view="back" primary="chest gluteus-maximus" secondary="latissimus-dorsi"></muscle-map>`);
    const focusable = shapes(el, '[data-muscle][tabindex]').map((s) => s.dataset.muscle);
    expect([...new Set(focusable)].sort()).to.deep.equal(['gluteus-maximus', 'latissimus-dorsi']);
    const stop = el.shadowRoot!.querySelector<SVGPathElement>('path[tabindex="0"]')!;
    expect(stop.dataset.muscle).to.equal('gluteus-maximus');
    stop.focus();
    const seen = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      seen.push((el.shadowRoot!.activeElement as SVGElement).dataset.muscle);
    }
    expect(seen).to.deep.equal(['latissimus-dorsi', 'gluteus-maximus', 'latissimus-dorsi']);
    // Nothing focusable at all: a plain image, with no arrow-key hint.
    el.view = 'front';
    el.primary = 'gluteus-maximus';
    el.secondary = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('role')).to.equal('img');
  });

  it('shows the name on hover', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map interactive primary="chest"></muscle-map>`);
    const shape = shapes(el, '[data-muscle="pectoralis-major"]')[1];
    shape.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.textContent).to.contain('Pectoralis major');
    expect(tip.hasAttribute('style')).to.equal(true); // set through CSSOM (styleMap)
  });

  it('lets the pointer rest on the name tip, and Escape hide it wherever the focus is (WCAG 1.4.13)', async () => {
    // The gluteus medius, also highlighted, lies between the maximus and its tip.
    const el = await fixture<MuscleMap>(html`<muscle-map interactive primary="glutes" secondary="hamstrings" view="back" style="width: 360px"></muscle-map>`);
    const centre = (r: DOMRect) => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    const tip = () => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
    try {
      const shape = shapes(el, '[data-muscle="gluteus-maximus"]')[0];
      await sendMouse({ type: 'move', position: centre(shape.getBoundingClientRect()) });
      await el.updateComplete;
      expect(tip()!.textContent).to.contain('Gluteus maximus');
      // Up onto the tip, the way a hand moves, crossing other shapes: it stays, and stays there.
      const [x0, y0] = centre(shape.getBoundingClientRect());
      const [x1, y1] = centre(tip()!.getBoundingClientRect());
      for (let i = 1; i <= 6; i++) await sendMouse({ type: 'move', position: [Math.round(x0 + ((x1 - x0) * i) / 6), Math.round(y0 + ((y1 - y0) * i) / 6)] });
      await aTimeout(600);
      await el.updateComplete;
      // Booleans, not elements: a failing comparison of elements can stall the runner's report.
      expect(tip() !== null, 'still shown with the pointer on it').to.be.true;
      expect(tip()!.textContent).to.contain('Gluteus maximus');
      // Escape, with the focus on the page and the pointer where it is: gone.
      expect(el.shadowRoot!.activeElement === null, 'nothing in the map has the focus').to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tip() === null, 'hidden by Escape').to.be.true;
      // Resting on another muscle brings its name, after the moment a passing pointer gets.
      await sendMouse({ type: 'move', position: centre(shape.getBoundingClientRect()) });
      await el.updateComplete;
      await sendMouse({ type: 'move', position: centre(shapes(el, '[data-muscle="biceps-femoris"]')[0].getBoundingClientRect()) });
      await el.updateComplete;
      expect(tip()!.textContent).to.contain('Gluteus maximus');
      await aTimeout(600);
      await el.updateComplete;
      expect(tip()!.textContent).to.contain('Biceps femoris');
    } finally {
      await resetMouse();
    }
  });

  it('with a muscle focused, hovering another names it; leaving the figure keeps the focused one named', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map interactive primary="gluteus-maximus" secondary="hamstrings" view="back" style="width: 360px"></muscle-map>`);
    const centre = (r: DOMRect) => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    const tip = () => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')?.textContent ?? '';
    try {
      el.shadowRoot!.querySelector<SVGPathElement>('[data-muscle="gluteus-maximus"][tabindex]')!.focus();
      await el.updateComplete;
      expect(tip()).to.contain('Gluteus maximus');
      await sendMouse({ type: 'move', position: centre(shapes(el, '[data-muscle="biceps-femoris"]')[0].getBoundingClientRect()) });
      await aTimeout(600);
      await el.updateComplete;
      expect(tip()).to.contain('Biceps femoris');
      const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(stage.left + 4), Math.round(stage.top + 4)] });
      await aTimeout(600);
      await el.updateComplete;
      expect(tip(), 'a focused muscle keeps a tip up').to.not.equal('');
    } finally {
      await resetMouse();
    }
  });

  it("keeps the name tip inside the map's box, wrapping a long name, at phone and thumbnail widths", async () => {
    const el = await fixture<MuscleMap>(
      html`<muscle-map interactive primary="gluteus-maximus" secondary="quads hamstrings shoulders" stabilizer="obliques"></muscle-map>`,
    );
    const stage = el.shadowRoot!.querySelector('.stage')!;
    for (const width of [320, 200]) {
      el.style.width = `${width}px`;
      for (const id of ['vastus-lateralis', 'semitendinosus', 'lateral-deltoid', 'gluteus-maximus', 'obliques']) {
        // Each side's shape, in each view: near the left and the right edge of the figure.
        const sides = shapes(el, `[data-muscle="${id}"][data-role]`);
        expect(sides.length, id).to.be.at.least(2);
        for (const shape of sides) {
          shape.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
          await el.updateComplete;
          const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!.getBoundingClientRect();
          const box = stage.getBoundingClientRect();
          const where = `${id} (${shape.dataset.side}, ${shape.dataset.view}) at ${width} px: ${tip.left}..${tip.right} in ${box.left}..${box.right}`;
          expect(tip.left, where).to.be.at.least(box.left - 0.5);
          expect(tip.right, where).to.be.at.most(box.right + 0.5);
          expect(tip.width, where).to.be.greaterThan(40);
        }
      }
    }
  });

  for (const figure of ['female', 'male']) {
    for (const view of ['front', 'back', 'both']) {
      it(`passes axe: ${figure} ${view}, plain, interactive, and with a muscle focused (ring and name tip)`, async () => {
        const el = await fixture<MuscleMap>(
          html`<muscle-map figure=${figure} view=${view} primary="glutes chest" secondary="quads lats" stabilizer="abdominals calves"></muscle-map>`,
        );
        await expect(el).to.be.accessible();
        el.interactive = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.shadowRoot!.querySelector<SVGPathElement>('path[tabindex="0"]')!.focus();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.ring')).to.not.equal(null);
        expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('tells roles apart by a second cue (pattern, stroke), also in dark and forced-colors modes', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map primary="chest" secondary="abs" stabilizer="obliques"></muscle-map>`);
    const style = (id: string) => getComputedStyle(shapes(el, `[data-muscle="${id}"]`)[0]);
    try {
      for (const media of SCHEMES) {
        await emulateScheme(media);
        expect(style('pectoralis-major').fill, JSON.stringify(media)).to.match(/^rgb/);
        expect(style('rectus-abdominis').fill).to.contain('url(');
        expect(style('obliques').fill).to.contain('url(');
        expect(style('obliques').strokeDasharray).to.not.equal('none');
        expect(style('pectoralis-major').fill).to.not.equal(style('biceps-brachii').fill);
        expect(parseFloat(style('pectoralis-major').strokeWidth)).to.be.greaterThan(parseFloat(style('biceps-brachii').strokeWidth));
        await expect(el).to.be.accessible();
      }
    } finally {
      await resetScheme();
    }
  });

  it('draws the focus ring so that it shows on a primary muscle in every colour scheme, forced colours included', async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map interactive primary="glutes" secondary="hamstrings" view="back"></muscle-map>`);
    const shape = el.shadowRoot!.querySelector<SVGPathElement>('path[data-muscle="gluteus-maximus"][tabindex]')!;
    shape.focus();
    await el.updateComplete;
    const ring = el.shadowRoot!.querySelector('path.ring')!;
    expect(ring.getAttribute('d')).to.equal(shape.getAttribute('d'));
    try {
      for (const media of SCHEMES) {
        await emulateScheme(media);
        const label = JSON.stringify(media);
        const r = getComputedStyle(ring);
        const m = getComputedStyle(shape);
        // The ring differs from the muscle's fill and from its border, in colour or in pattern.
        expect(r.stroke, label).to.not.equal(m.fill);
        expect(r.stroke !== m.stroke || r.strokeDasharray !== m.strokeDasharray, label).to.be.true;
        expect(parseFloat(r.strokeWidth), label).to.be.greaterThan(parseFloat(m.strokeWidth));
      }
    } finally {
      await resetScheme();
    }
  });

  it("draws the legend's swatches with CSS, each role as the figure draws it, in every colour scheme", async () => {
    const el = await fixture<MuscleMap>(html`<muscle-map primary="chest" secondary="abs" stabilizer="obliques"></muscle-map>`);
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!;
    // Small SVGs cost a page of many maps style time: the legend has none.
    expect(legend.querySelectorAll('svg').length).to.equal(0);
    const swatch = (role: string) => getComputedStyle(legend.querySelector(`.swatch[data-role="${role}"]`)!);
    const fill = (id: string) => getComputedStyle(shapes(el, `[data-muscle="${id}"]`)[0]).fill;
    try {
      for (const media of SCHEMES) {
        await emulateScheme(media);
        const label = JSON.stringify(media);
        expect(swatch('primary').backgroundColor, label).to.equal(fill('pectoralis-major'));
        expect(swatch('primary').backgroundImage, label).to.equal('none');
        expect(swatch('secondary').backgroundImage, label).to.contain('repeating-linear-gradient');
        expect(swatch('stabilizer').backgroundImage, label).to.contain('radial-gradient');
        expect(parseFloat(swatch('primary').width), label).to.be.greaterThan(12);
      }
    } finally {
      await resetScheme();
    }
  });

  it('renders all 873 free-exercise-db exercises with at least one highlighted shape and no error', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const warn = captureWarnings();
    const el = await fixture<MuscleMap>(html`<muscle-map></muscle-map>`);
    const failures: string[] = [];
    try {
      for (const [name, primary, secondary] of FEDB_MUSCLES) {
        el.exercise = {
          schemaVersion: 1,
          id: 'x',
          name,
          // Documents name muscles in kebab case ("lower back" -> "lower-back"), as the importer writes them.
          muscles: [
            ...primary.map((id) => ({ id: normaliseMuscleName(id), role: 'primary' })),
            ...secondary.map((id) => ({ id: normaliseMuscleName(id), role: 'secondary' })),
          ],
        };
        await el.updateComplete;
        if (el.shadowRoot!.querySelector('[part="error"]') || !el.shadowRoot!.querySelector('[data-muscle][data-role]')) failures.push(name);
      }
    } finally {
      warn.restore();
      window.removeEventListener('error', onError);
    }
    expect(FEDB_MUSCLES.length).to.equal(873);
    expect(failures).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(warn.calls).to.deep.equal([]);
  });
});
