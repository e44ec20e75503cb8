import { expect } from '@open-wc/testing';
import { rovingIndex } from '../../src/shared/roving-index.js';

describe('rovingIndex (APG list keys)', () => {
  it('steps with the arrows and wraps round at both ends', () => {
    expect(rovingIndex('ArrowDown', 0, 3)).to.equal(1);
    expect(rovingIndex('ArrowDown', 2, 3)).to.equal(0);
    expect(rovingIndex('ArrowUp', 0, 3)).to.equal(2);
    expect(rovingIndex('ArrowUp', 2, 3)).to.equal(1);
  });

  it('jumps to the ends with Home and End', () => {
    expect(rovingIndex('Home', 2, 5)).to.equal(0);
    expect(rovingIndex('End', 0, 5)).to.equal(4);
  });

  it('takes Left and Right only when both axes are asked for', () => {
    expect(rovingIndex('ArrowRight', 0, 3)).to.equal(undefined);
    expect(rovingIndex('ArrowRight', 0, 3, 'both')).to.equal(1);
    expect(rovingIndex('ArrowLeft', 0, 3, 'both')).to.equal(2);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(rovingIndex('Enter', 0, 3)).to.equal(undefined);
    expect(rovingIndex('a', 0, 3)).to.equal(undefined);
    expect(rovingIndex('ArrowDown', 0, 0)).to.equal(undefined);
  });
});
