#!/usr/bin/env node
// Writes the README's API tables from custom-elements.json, between the markers
// <!-- api:start --> and <!-- api:end --> (nothing else in README.md is touched).
//
//   node scripts/api-docs.mjs           regenerate README.md in place (run by `npm run build`)
//   node scripts/api-docs.mjs --check   exit 1 if README.md is not what it would generate
//
// The tables come from the elements' JSDoc (@attr @fires @csspart @cssprop, member comments):
// to change them, edit the JSDoc in src/ and run the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** React prop for an event: `exercise-load` -> `onExerciseLoad`. */
export const reactEventProp = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** A table cell: one line, pipes escaped (also inside code spans, which GitHub allows). */
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${oneLine(text)}\`` : '');
const firstParagraph = (text = '') => oneLine(text.split(/\n\s*\n/)[0]);

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** `CustomEvent<{id: string}>` -> `{id: string}`; other types as they are. */
const eventDetail = (type) => /^CustomEvent<(.*)>$/s.exec(type ?? '')?.[1] ?? '';

const params = (method) =>
  (method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}${p.default ? ` = ${p.default}` : ''}`)
    .join(', ');

const signature = (method) =>
  `${method.static ? 'static ' : ''}${method.name}(${params(method)})${method.return?.type ? `: ${method.return.type.text}` : ''}`;

/** Public members only: protected ones are for subclasses, `@internal` ones never reach the manifest. */
const isPublic = (item) => !item.privacy || item.privacy === 'public';

/**
 * An element's own items: those it inherits from the base class are described once, under
 * "Common to all elements" (custom properties stay when the element says what they do in it).
 */
function ownItems(items = [], base, { keepRedescribed = false } = {}) {
  if (!base) return items;
  const baseByName = new Map(base.map((b) => [b.name, b]));
  return items.filter((item) => {
    const inherited = item.inheritedFrom && baseByName.has(item.name);
    return !inherited || (keepRedescribed && baseByName.get(item.name).description !== item.description);
  });
}

/** package.json "exports" subpath of a built module, e.g. dist/muscle-map/muscle-map.js -> exercise-elements/muscle-map. */
function importPath(pkg, modulePath) {
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.default;
    if (file === `./${modulePath}`) return `${pkg.name}${subpath.slice(1)}`;
  }
  return undefined;
}

function renderTables(decl, base) {
  const out = [];
  const members = (decl.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const attributes = ownItems(decl.attributes, base?.attributes);
  const attrRows = attributes.map((a) => {
    const field = fields.find((f) => f.name === a.fieldName || f.attribute === a.name);
    return [code(a.name), code(a.fieldName ?? field?.name), code(a.type?.text ?? field?.type?.text), code(a.default ?? field?.default), a.description ?? field?.description];
  });
  out.push(...heading('Attributes', attrRows), ...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attrRows));

  const propRows = ownItems(fields, base?.members)
    .filter((f) => !f.attribute && !f.static)
    .map((f) => [code(f.name), code(f.type?.text), code(f.default), `${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`]);
  out.push(...heading('Properties', propRows), ...table(['Property', 'Type', 'Default', 'Description'], propRows));

  const eventRows = ownItems(decl.events, base?.events).map((e) => [code(e.name), code(eventDetail(e.type?.text)), e.description]);
  out.push(...heading('Events', eventRows), ...table(['Event', 'Detail', 'Description'], eventRows));

  const methodRows = ownItems(members.filter((m) => m.kind === 'method'), base?.members).map((m) => [code(signature(m)), m.description]);
  out.push(...heading('Methods', methodRows), ...table(['Method', 'Description'], methodRows));

  const slotRows = ownItems(decl.slots, base?.slots).map((s) => [s.name ? code(s.name) : '(default)', s.description]);
  out.push(...heading('Slots', slotRows), ...table(['Slot', 'Description'], slotRows));

  const partRows = ownItems(decl.cssParts, base?.cssParts).map((p) => [code(p.name), p.description]);
  out.push(...heading('CSS parts', partRows), ...table(['Part', 'Description'], partRows));

  const propsRows = ownItems(decl.cssProperties, base?.cssProperties, { keepRedescribed: true }).map((p) => [code(p.name), code(p.default), p.description]);
  const hasDefaults = propsRows.some((r) => r[1]);
  out.push(
    ...heading('CSS custom properties', propsRows),
    ...(hasDefaults
      ? table(['Property', 'Default', 'Description'], propsRows)
      : table(['Property', 'Description'], propsRows.map(([name, , description]) => [name, description]))),
  );
  return out;
}

const heading = (title, rows) => (rows.length ? [`**${title}**`, ''] : []);

/** The Markdown between the markers, from a manifest and package.json. */
export function renderApiDocs(manifest, pkg) {
  const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ mod, decl })));
  const elements = declarations.filter(({ decl }) => decl.customElement && decl.tagName);
  // The base class every element extends (a custom element class without a tag of its own).
  const baseEntry = declarations.find(({ decl }) => decl.customElement && !decl.tagName && elements.some(({ decl: e }) => e.superclass?.name === decl.name));
  const base = baseEntry?.decl;

  const out = [
    START,
    '<!-- Generated from custom-elements.json by scripts/api-docs.mjs (npm run build). Edit the JSDoc in src/, not this text. -->',
    '',
    'Each element also has everything under [Common to all elements](#common-to-all-elements) ' +
      `(their shared base class${base ? ` \`${base.name}\`` : ''}). ` +
      '`custom-elements.json` (the [Custom Elements Manifest](https://github.com/webcomponents/custom-elements-manifest), ' +
      'referenced from `package.json`) holds the same information for editors and tools.',
    '',
  ];

  for (const { mod, decl } of elements) {
    out.push(`### \`<${decl.tagName}>\``, '');
    const from = importPath(pkg, mod.path);
    const define = importPath(pkg, mod.path.replace(/[^/]+\.js$/, 'define.js'));
    if (decl.description) out.push(firstParagraph(decl.description), '');
    if (from) {
      out.push(`Class \`${decl.name}\` from \`${from}\`${define ? `; \`${define}\` registers the tag` : ''}.`, '');
    }
    out.push(...renderTables(decl, base));
  }

  if (base) {
    out.push('### Common to all elements', '');
    if (base.description) out.push(firstParagraph(base.description), '');
    out.push(...renderTables(base, undefined));
  }

  out.push(
    '### React',
    '',
    `\`${pkg.name}/react\` wraps each element as a React component (made with \`@lit/react\`, typed props and events). ` +
      'Importing it registers the four tags. Props are the elements\' property names (`headingLevel`, `perSide`, `leadIn`; ' +
      'objects such as `exercise` too), and each event has an `on…` prop:',
    '',
    '```jsx',
    `import { ExerciseCard, SetTimer } from '${pkg.name}/react';`,
    '',
    '<ExerciseCard src="/exercises/reverse-lunge.json" layout="compact" onExerciseLoad={(e) => console.log(e.detail.exercise.name)} />',
    '<SetTimer sets={3} reps={8} tempo="3-0-1-0" perSide onSetComplete={(e) => console.log(e.detail.set)} />',
    '```',
    '',
    ...table(
      ['Component', 'Element', 'Event props'],
      elements.map(({ decl }) => [
        code(decl.name),
        code(`<${decl.tagName}>`),
        (decl.events ?? []).map((e) => `\`${reactEventProp(e.name)}\` (\`${e.name}\`)`).join(', '),
      ]),
    ),
    END,
  );
  return out.join('\n');
}

/** README text with the generated block in place of the old one. */
export function replaceApiBlock(readme, block) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

/** What README.md should be, given the repository's files. */
export function expectedReadme(rootUrl = new URL('../', import.meta.url)) {
  const read = (path) => readFileSync(new URL(path, rootUrl), 'utf8');
  const manifest = JSON.parse(read('custom-elements.json'));
  const pkg = JSON.parse(read('package.json'));
  return replaceApiBlock(read('README.md'), renderApiDocs(manifest, pkg));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmeUrl = new URL('../README.md', import.meta.url);
  const current = readFileSync(readmeUrl, 'utf8');
  const next = expectedReadme();
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md API tables are out of date: run `npm run build` (or node scripts/api-docs.mjs).');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(readmeUrl, next);
    console.log('README.md: API tables updated from custom-elements.json');
  }
}
