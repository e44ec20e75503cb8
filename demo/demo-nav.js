// <demo-nav>: the demo gallery's navigation, one line on every demo page. Links resolve against
// this module, so the nav works from any page; the current page is marked aria-current.
const PAGES = [
  ['index.html', 'Card'],
  ['muscle-map.html', 'Muscle map'],
  ['mistakes.html', 'Mistakes'],
  ['set-timer.html', 'Timer'],
  ['builder.html', 'Builder'],
];

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host {
    display: block;
    font: 600 14px/1.3 system-ui, -apple-system, 'Segoe UI', sans-serif;
    letter-spacing: normal;
    color: var(--demo-nav-text, #1f2328);
    background: var(--demo-nav-bg, rgb(255 255 255 / 0.7));
    border-bottom: 1px solid var(--demo-nav-rule, #e3ded6);
  }
  nav {
    max-width: 1240px;
    margin: 0 auto;
    padding: 10px 20px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 18px;
  }
  .brand { font-weight: 800; margin-right: auto; }
  ul { display: flex; flex-wrap: wrap; gap: 2px; margin: 0 -9px; padding: 0; list-style: none; }
  @media (min-width: 700px) { ul { margin: 0; } }
  a { color: inherit; }
  li a {
    display: block;
    padding: 6px 9px;
    border-radius: 999px;
    text-decoration: none;
    color: var(--demo-nav-muted, #4b5260);
  }
  li a:hover { background: var(--demo-nav-hover, rgb(0 0 0 / 0.06)); color: inherit; }
  li a[aria-current='page'] { background: var(--demo-nav-current-bg, #b4235a); color: var(--demo-nav-current-text, #fff); }
  a:focus-visible { outline: 2px solid var(--demo-nav-focus, #b4235a); outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--demo-nav-text, #e6e8eb);
      background: var(--demo-nav-bg, rgb(14 16 19 / 0.7));
      border-bottom-color: var(--demo-nav-rule, #2c3138);
    }
    li a { color: var(--demo-nav-muted, #b3bac4); }
    li a:hover { background: var(--demo-nav-hover, rgb(255 255 255 / 0.08)); }
    li a[aria-current='page'] { background: var(--demo-nav-current-bg, #f47fa8); color: var(--demo-nav-current-text, #15181c); }
    a:focus-visible { outline-color: var(--demo-nav-focus, #f47fa8); }
  }
  @media (forced-colors: active) {
    li a[aria-current='page'] { outline: 2px solid CanvasText; }
  }
  /* Phones: the five links on one row under the name. */
  @media (max-width: 480px) {
    :host { font-size: 13px; }
    nav { padding: 8px 12px; }
    ul { gap: 0; margin: 0 -6px; }
    li a { padding: 6px 6px; }
  }
`);

class DemoNav extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Demos');
    const brand = document.createElement('span');
    brand.className = 'brand';
    brand.textContent = 'exercise-elements';
    const list = document.createElement('ul');
    const here = new URL(location.href);
    here.hash = '';
    here.search = '';
    for (const [file, label] of PAGES) {
      const url = new URL(file, import.meta.url);
      const link = document.createElement('a');
      link.href = url.href;
      link.textContent = label;
      const current = here.href === url.href || (file === 'index.html' && here.href === new URL('./', import.meta.url).href);
      if (current) link.setAttribute('aria-current', 'page');
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    nav.append(brand, list);
    root.append(nav);
  }
}

if (!customElements.get('demo-nav')) customElements.define('demo-nav', DemoNav);
