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
