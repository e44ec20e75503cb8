import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';

const TAGS = ['exercise-card', 'muscle-map', 'mistakes-accordion', 'set-timer'] as const;
const setDefaultFontSize = (px: number) => executeServerCommand('set-default-font-size', { px });
const sizes = (root: Element) => TAGS.map((tag) => getComputedStyle(root.querySelector(tag)!).fontSize);

describe('the base font size', () => {
  afterEach(async () => {
    await setDefaultFontSize(16);
    document.documentElement.style.removeProperty('font-size');
  });

  const page = () =>
    fixture(html`<div>
      <exercise-card></exercise-card>
      <muscle-map primary="glutes"></muscle-map>
      <mistakes-accordion></mistakes-accordion>
      <set-timer sets="1" reps="5"></set-timer>
    </div>`);

  it("follows the reader's default font size (it stayed at 16px when a reader set 24px)", async () => {
    const root = await page();
    expect(sizes(root)).to.deep.equal(['16px', '16px', '16px', '16px']);
    await setDefaultFontSize(24);
    expect(getComputedStyle(document.body).fontSize, 'the browser setting took').to.equal('24px');
    expect(sizes(root)).to.deep.equal(['24px', '24px', '24px', '24px']);
  });

  it("is not the host page's root size: html { font-size: 62.5% } does not shrink it", async () => {
    const root = await page();
    document.documentElement.style.fontSize = '62.5%';
    await setDefaultFontSize(24);
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('15px');
    expect(sizes(root)).to.deep.equal(['24px', '24px', '24px', '24px']);
  });

  it('--ex-font-size still sets it', async () => {
    const root = await page();
    root.setAttribute('style', '--ex-font-size: 18px');
    await setDefaultFontSize(24);
    expect(sizes(root)).to.deep.equal(['18px', '18px', '18px', '18px']);
  });
});

/**
 * Each icon's size, [width, height] in px: its box, or a pseudo-element's (`li::before`) used
 * size. Selectors are looked up in the element's shadow root.
 */
function iconSizes(el: Element, selectors: string[]): number[][] {
  return selectors.map((selector) => {
    const [inside, pseudo] = selector.split('::');
    const node = el.shadowRoot!.querySelector(inside!);
    if (!node) throw new Error(`no ${selector} in <${el.localName}>`);
    if (pseudo) {
      const style = getComputedStyle(node, `::${pseudo}`);
      return [parseFloat(style.width), parseFloat(style.height)];
    }
    const box = node.getBoundingClientRect();
    return [box.width, box.height];
  });
}

/**
 * At a 24px default font, each icon measures 1.5 times what it does at 16px, within a pixel.
 * Those that do not are listed, with both sizes.
 */
async function expectIconsToGrow(el: Element, selectors: string[]) {
  const at16 = iconSizes(el, selectors);
  await setDefaultFontSize(24);
  expect(getComputedStyle(el).fontSize, 'the browser setting took').to.equal('24px');
  const at24 = iconSizes(el, selectors);
  const size = ([w, h]: number[]) => `${+w!.toFixed(2)} x ${+h!.toFixed(2)}`;
  const unscaled = selectors
    .map((selector, i) => ({ selector, at16: at16[i]!, at24: at24[i]! }))
    .filter(({ at16: [w16, h16], at24: [w24, h24] }) => !(w16! * h16! > 0) || Math.abs(w24! - 1.5 * w16!) > 1 || Math.abs(h24! - 1.5 * h16!) > 1)
    .map(({ selector, at16, at24 }) => `${selector}: ${size(at16)} at 16px, ${size(at24)} at 24px`);
  expect(unscaled).to.deep.equal([]);
}

describe("icons follow the reader's default font size", () => {
  afterEach(() => setDefaultFontSize(16));

  it('<exercise-card>: the facts, timer and video icons, the legend swatch and the cue tick (they stayed in px)', async () => {
    const lunge = await (await fetch('/demo/exercises/reverse-lunge.json')).json();
    const videos = [
      { title: 'Played here', kind: 'full', url: 'https://youtu.be/abcDEF12345' },
      // No id it can play: listed, with a play mark linking to the page.
      { title: 'On the source page', kind: 'quick', provider: 'youtube', url: 'https://example.org/lunge-video' },
    ];
    const el = await fixture(html`<exercise-card .exercise=${{ ...lunge, videos }}></exercise-card>`);
    await expectIconsToGrow(el, [
      '.fact-level .icon',
      '.fact-equipment .icon',
      '.timer-cta .button svg',
      '.play',
      '.play svg',
      '.video-item-icon',
      '.video-item-icon svg',
      '.legend-title .swatch',
      '.cues li::before',
    ]);
  });

  it("<muscle-map>: the legend's swatches (they stayed 18 x 14px)", async () => {
    const el = await fixture(html`<muscle-map primary="glutes" secondary="hamstrings" stabilizer="abdominals"></muscle-map>`);
    await expectIconsToGrow(el, ['.legend .swatch', '.legend li:last-child .swatch']);
  });

  it('<mistakes-accordion>: the chevron and the copy-link icon (in em already: a guard)', async () => {
    const mistakes = [{ id: 'knee', title: 'Knee caving', avoid: 'Keep the knee over the toes.' }];
    const el = await fixture(html`<mistakes-accordion .mistakes=${mistakes}></mistakes-accordion>`);
    await expectIconsToGrow(el, ['.chevron', '.copy svg']);
  });

  it("<set-timer>: the buttons' icons (in em already: a guard)", async () => {
    const el = await fixture(html`<set-timer sets="1" reps="5"></set-timer>`);
    await expectIconsToGrow(el, ['.primary .icon', '.ctl:not(.primary) .icon', '.sound .icon']);
  });
});
