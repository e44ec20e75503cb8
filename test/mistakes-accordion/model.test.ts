import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { idFromHash, linkTo, toShownMistakes } from '../../src/mistakes-accordion/model.js';
import { parseHeadingLevel } from '../../src/shared/heading.js';
import { muscleChips, resolveMuscle } from '../../src/mistakes-accordion/muscles.js';
import { renderNestedList, usableItems } from '../../src/shared/nested-list.js';

describe('mistakes-accordion model', () => {
  describe('toShownMistakes', () => {
    it('leaves out entries without a title, names the problems, and makes ids unique', () => {
      const { mistakes, problems, error } = toShownMistakes([
        { id: 'a', title: 'First', avoid: 'x' },
        null,
        { id: 'b', avoid: 'no title' },
        { id: 'a', title: 'Again' },
        { title: 'Knee: caving in!' },
        { id: '', title: '' },
      ], 'mistakes');
      expect(error).to.be.undefined;
      expect(mistakes.map((m) => m.id)).to.deep.equal(['a', 'a-2', 'knee-caving-in']);
      expect(problems).to.have.length(4);
      expect(problems.join(' ')).to.contain('mistakes[1]').and.contain('mistakes[2]').and.contain('"a" is used twice');
    });

    it('keeps only usable list items and resolves muscles to ids', () => {
      const [m] = toShownMistakes([
        { id: 'm', title: 'T', why: ['ok', 3, '', { text: 'sub', items: ['s1', 7] }], fixes: 'nope', muscles: ['glutes', 'soleus', 4] },
      ], 'mistakes').mistakes;
      expect(m!.why).to.deep.equal(['ok', { text: 'sub', items: ['s1'] }]);
      expect(m!.fixes).to.deep.equal([]);
      expect(m!.muscles).to.deep.equal(['gluteus-maximus', 'gluteus-medius', 'soleus']);
      expect(m!.avoid).to.be.undefined;
    });

    it('names fields of the wrong type, which it leaves out (they were dropped in silence)', () => {
      const { mistakes, problems } = toShownMistakes([
        { id: 'a', title: 'First', avoid: 42, why: 'because', fixes: {}, muscles: 'glutes' },
        { id: 'b', title: 'Second', avoid: 'Fine.', why: [], fixes: ['Fine.'], muscles: [] },
      ], 'mistakes');
      expect(mistakes.map((m) => m.id)).to.deep.equal(['a', 'b']);
      expect(problems).to.deep.equal(['mistakes[0]: avoid, why, fixes, muscles of the wrong type; left out.']);
    });

    it('says a value that is not a list cannot be shown, and treats undefined as none', () => {
      expect(toShownMistakes({}, 'mistakes').error).to.match(/must be a list/);
      expect(toShownMistakes(null, 'mistakes').error).to.match(/not null/);
      expect(toShownMistakes(undefined, 'mistakes')).to.deep.equal({ mistakes: [], problems: [] });
    });
  });

  describe('links and attributes', () => {
    it('reads #mistake-<id> fragments, decoding them, and nothing else', () => {
      expect(idFromHash('#mistake-knee-caving')).to.equal('knee-caving');
      expect(idFromHash('#mistake-caf%C3%A9')).to.equal('café');
      expect(idFromHash('#mistake-%E0%A4%A')).to.equal('%E0%A4%A');
      expect(idFromHash('#mistake-')).to.be.undefined;
      expect(idFromHash('#steps')).to.be.undefined;
      expect(idFromHash('')).to.be.undefined;
    });

    it('builds a link to a mistake from the page URL, replacing its fragment', () => {
      expect(linkTo('knee', 'https://example.com/lunge?x=1#top')).to.equal('https://example.com/lunge?x=1#mistake-knee');
      expect(idFromHash(new URL(linkTo('a b', 'https://example.com/')).hash)).to.equal('a b');
    });

    it('accepts heading levels 2 to 6 and falls back to 3', () => {
      expect([2, '4', ' 6 ', 5].map((v) => parseHeadingLevel(v, 3))).to.deep.equal([2, 4, 6, 5]);
      expect([1, 7, 2.5, 'h2', '', null, undefined, NaN].map((v) => parseHeadingLevel(v, 3))).to.deep.equal([3, 3, 3, 3, 3, 3, 3, 3]);
    });
  });

  describe('muscle chips', () => {
    it('names ids from the vocabulary, groups by their own name, and keeps unknown names without ids', () => {
      expect(resolveMuscle('gluteus-maximus')).to.deep.equal({ key: 'gluteus-maximus', name: 'Gluteus maximus', ids: ['gluteus-maximus'] });
      expect(resolveMuscle('Hip abductors')).to.deep.equal({
        key: 'hip-abductors',
        name: 'Hip abductors',
        ids: ['gluteus-medius', 'tensor-fasciae-latae'],
      });
      expect(resolveMuscle('wobble-muscle')).to.deep.equal({ key: 'wobble-muscle', name: 'Wobble muscle', ids: [] });
      expect(resolveMuscle('  ')).to.be.undefined;
      expect(resolveMuscle(5)).to.be.undefined;
    });

    it('drops duplicates and non-strings', () => {
      expect(muscleChips(['soleus', 'Soleus', 1, 'soleus ']).map((c) => c.key)).to.deep.equal(['soleus']);
      expect(muscleChips('soleus')).to.deep.equal([]);
    });
  });

  describe('renderNestedList', () => {
    const mount = (result: unknown) => {
      const host = document.createElement('div');
      render(result, host);
      return host;
    };

    it('renders strings and one level of sub-items as text', () => {
      const host = mount(renderNestedList(['<b>one</b>', { text: 'two', items: ['a', 'b'] }], { part: 'fixes', labelledBy: 'l' }));
      const list = host.querySelector('ul')!;
      expect(list.getAttribute('part')).to.equal('fixes');
      expect(list.getAttribute('aria-labelledby')).to.equal('l');
      expect(list.querySelector('b')).to.be.null;
      expect(list.children[0]!.textContent).to.equal('<b>one</b>');
      expect([...list.querySelectorAll(':scope > li > ul > li')].map((li) => li.textContent)).to.deep.equal(['a', 'b']);
    });

    it('renders a list without attributes it was not given', () => {
      const list = mount(renderNestedList(['x'])).firstElementChild!;
      expect(list.localName).to.equal('ul');
      expect(list.hasAttribute('part') || list.hasAttribute('class') || list.hasAttribute('aria-labelledby')).to.be.false;
    });

    it('renders nothing for empty or malformed input', () => {
      for (const value of [[], undefined, 'text', [1, null, {}]]) {
        expect(mount(renderNestedList(value)).querySelector('ul')).to.be.null;
      }
      expect(usableItems([{ text: 'only text', items: [] }])).to.deep.equal(['only text']);
    });
  });
});
