import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/shared/safe-url.js';

describe('safeUrl', () => {
  let warnings: string[];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('keeps http, https and relative URLs', () => {
    for (const url of ['https://example.org/a', 'http://example.org', 'exercises/x.json', '/a/b', '../x', '#frag', '?q=1', '//cdn.example.org/x']) {
      expect(safeUrl(url, 'URL')).to.equal(url);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('drops every other scheme with one warning each, however it is disguised', () => {
    const bad = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'jav\nascript:x', '\u0001javascript:x', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd'];
    for (const url of bad) expect(safeUrl(url, 'URL'), url).to.be.undefined;
    expect(warnings).to.have.length(bad.length);
    expect(warnings[0]).to.match(/only http, https and relative/);
  });

  it('ignores non-strings and empty strings', () => {
    expect(safeUrl(42, 'URL')).to.be.undefined;
    expect(safeUrl('  ', 'URL')).to.be.undefined;
    expect(warnings).to.deep.equal([]);
  });
});
