// The peer for <muscle-map>: react-body-highlighter on React 18, bundled for the browser by the
// harness (bench/bytes.mjs). One React root renders the whole grid, as an app would.
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import Model from 'react-body-highlighter';

// react-body-highlighter colours a muscle by how many exercises work it (index = frequency - 1),
// so the roles become frequencies: stabilizer 1, secondary 2, primary 3.
const COLORS = ['#8fb3d9', '#e0a060', '#c0392b'];

/** Renders `count` items, each the front and the back figure, synchronously. */
export function renderMaps(container, count, data) {
  const item = (key) =>
    h(
      'div',
      { className: 'item', key },
      h(Model, { type: 'anterior', data, highlightedColors: COLORS, style: { width: '50%' } }),
      h(Model, { type: 'posterior', data, highlightedColors: COLORS, style: { width: '50%' } }),
    );
  const root = createRoot(container);
  flushSync(() => root.render(Array.from({ length: count }, (_, i) => item(i))));
  return root;
}

globalThis.bodyHighlighterBench = { renderMaps };
