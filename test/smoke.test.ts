import { expect } from '@open-wc/testing';
import { MUSCLES } from '../src/muscles/vocabulary.js';

describe('smoke', () => {
  it('runs in a real browser', () => {
    expect(navigator.userAgent).to.match(/Chrome/);
    expect(MUSCLES.length).to.be.greaterThan(20);
  });
});
