import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { ExerciseElement } from '../../src/shared/exercise-element.js';

describe('version', () => {
  it('matches package.json, and every element carries it', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    expect(ExerciseElement.version).to.equal(VERSION);
  });
});
