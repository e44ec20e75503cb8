import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement, defineElements } from '../../src/shared/define-element.js';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const versioned = (version: string) => class extends LitElement {
  static version = version;
};

describe('guarded, version-aware define', () => {
  it('registers a tag once; the same class again is a silent no-op', () => {
    const A = versioned('1.0.0');
    const warnings = captureWarnings(() => {
      defineElement('guard-same-class', A);
      defineElement('guard-same-class', A);
    });
    expect(customElements.get('guard-same-class')).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('another copy of the same version is a silent no-op (ESM + IIFE on one page)', () => {
    const first = versioned('1.0.0');
    const second = versioned('1.0.0');
    const warnings = captureWarnings(() => {
      defineElement('guard-same-version', first);
      defineElement('guard-same-version', second);
    });
    expect(customElements.get('guard-same-version')).to.equal(first);
    expect(warnings).to.deep.equal([]);
  });

  it('another version gives exactly one warning for all its tags, and never throws', () => {
    defineElements([
      ['guard-v-a', versioned('1.0.0')],
      ['guard-v-b', versioned('1.0.0')],
    ]);
    const newer = [versioned('2.0.0'), versioned('2.0.0')];
    const warnings = captureWarnings(() =>
      defineElements([
        ['guard-v-a', newer[0]],
        ['guard-v-b', newer[1]],
      ]),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/guard-v-a.*1\.0\.0.*guard-v-b/);
    expect(warnings[0]).to.contain('2.0.0');
    expect(customElements.get('guard-v-a')).to.not.equal(newer[0]);
  });

  it('defines a class under a second name too (a subclass), with no warning', () => {
    const A = versioned('1.0.0');
    defineElement('guard-renamed-a', A);
    // A class can be registered under one name only: the registry would throw, and the tag
    // stayed undefined (README's define('my-muscle-map') left <muscle-map> empty).
    const warnings = captureWarnings(() => defineElement('guard-renamed-b', A));
    expect(warnings).to.deep.equal([]);
    expect(new (customElements.get('guard-renamed-b')!)()).to.be.instanceOf(A);
  });

  it('turns a registry refusal into a warning naming its cause instead of an exception', () => {
    const warnings = captureWarnings(() => defineElement('Not-Valid', versioned('1.0.0')));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[exercise-elements\] could not define <Not-Valid> \(.*not a valid custom element name.*\)\.$/);
    expect(warnings[0]).to.not.contain('another copy');
  });

  it('registers into a given registry', async () => {
    const defined = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (tag: string) => defined.get(tag),
      define: (tag: string, ctor: CustomElementConstructor) => void defined.set(tag, ctor),
    } as unknown as CustomElementRegistry;
    const A = versioned('1.0.0');
    defineElement('guard-scoped', A, registry);
    expect(registry.get('guard-scoped')).to.equal(A);
    expect(customElements.get('guard-scoped')).to.be.undefined;
  });
});
