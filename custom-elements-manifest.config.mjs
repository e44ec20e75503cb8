import { posix } from 'node:path';

// Custom Elements Manifest (custom-elements.json), generated in `npm run build` from the element
// classes' JSDoc (@tagname @attr @fires @csspart @cssprop @slot) and their `static properties`.
// The README's API tables are generated from it by scripts/api-docs.mjs.

/**
 * The manifest describes the published package, which ships dist/ and not src/: point every
 * module path at the file the npm build emits for it (one module per source file).
 */
function publishedPaths() {
  const toDist = (p) => p.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  // Module references are package-relative paths, or (re-exports) specifiers relative to the
  // module that holds them: make them all package-relative paths into dist/.
  const resolve = (ref, from) => toDist(ref.startsWith('.') ? posix.join(posix.dirname(from), ref) : ref);
  const visit = (node, from) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, from));
    if (!node || typeof node !== 'object') return;
    if (typeof node.module === 'string') node.module = resolve(node.module, from);
    Object.values(node).forEach((n) => visit(n, from));
  };
  return {
    name: 'published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const from = mod.path.replace(/^\//, '');
        visit(mod.declarations, from);
        visit(mod.exports, from);
        mod.path = toDist(from);
      }
    },
  };
}

/**
 * Only what a user can use: private members are implementation (and most of the file's size),
 * and a declaration the module does not export is not reachable (the analyzer also lists stray
 * locals, e.g. a `const` inside an arrow-function field).
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    // Type-only exports (`export type { T }`, `export type * from`, `export { type T } from`)
    // name no JavaScript.
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node)) return;
      // The analyzer records a module as written, or resolved against this one (`export *`).
      const specifier = node.moduleSpecifier?.text;
      const modules = specifier
        ? [specifier, new URL(specifier, `file:///${moduleDoc.path}`).pathname.replace(/^\/+/, '')]
        : [moduleDoc.path];
      const types = new Set(
        (node.exportClause?.elements ?? []).filter((e) => node.isTypeOnly || e.isTypeOnly).map((e) => e.name.text),
      );
      if (node.isTypeOnly && !node.exportClause) types.add('*');
      moduleDoc.exports = (moduleDoc.exports ?? []).filter((e) => !(types.has(e.name) && modules.includes(e.declaration?.module)));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const d of mod.declarations) {
          // The analyzer reads every entry of `static properties` as an attribute, internal
          // state included: an attribute is API only when its field is public.
          const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName));
          for (const m of d.members ?? []) if (hidden.has(m.name)) delete m.attribute;
          if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private');
        }
      }
    },
  };
}

export default {
  // The modules a user imports (the package's "exports") and the base class the elements
  // inherit from; the helpers behind them (artwork, timer maths, schema internals) are not API.
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/schema/index.ts',
    'src/shared/exercise-element.ts',
    'src/*/define.ts',
    'src/exercise-card/exercise-card.ts',
    'src/muscle-map/muscle-map.ts',
    'src/mistakes-accordion/mistakes-accordion.ts',
    'src/set-timer/set-timer.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already says "customElements": "custom-elements.json"; the analyzer would
  // otherwise rewrite it to whatever --outdir a trial run used.
  packagejson: false,
  quiet: true,
  plugins: [publicApiOnly(), publishedPaths()],
};
