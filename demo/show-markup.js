// Fills every <code data-markup-of="selector"> with the markup of the element the selector
// names, as written in the page: the demo shows the snippet that runs beside it, written once.
// Runs before the bundle, so the element is still as authored (nothing rendered into it yet).
for (const code of document.querySelectorAll('code[data-markup-of]')) {
  const source = document.querySelector(code.dataset.markupOf);
  if (!source) continue;
  const lines = source.outerHTML.split('\n');
  // The first line starts at the tag; the others carry the page's indentation: take it off.
  const indent = Math.min(...lines.slice(1).filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  code.textContent = [lines[0], ...lines.slice(1).map((l) => l.slice(indent))].join('\n');
}
