import ts from 'typescript';

/**
 * Transpiles TypeScript one file at a time with the compiler's own transpileModule
 * (type checking is `npm run typecheck`'s job), so every build sees exactly the
 * tsconfig.json settings.
 */
export function typescriptTranspile(tsconfigPath = 'tsconfig.json') {
  const { config } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, '.');
  // ES2022 keeps `#private` members as they are, so terser can shorten their names (TypeScript
  // `private` names are ordinary properties and survive minification whole).
  const compilerOptions = {
    ...options,
    target: ts.ScriptTarget.ES2022,
    declaration: false,
    sourceMap: true,
    inlineSources: false,
    noEmit: false,
  };
  return {
    name: 'typescript-transpile',
    async resolveId(source, importer) {
      // Sources import './x.js' for files that are really './x.ts'.
      if (importer && source.startsWith('.') && source.endsWith('.js') && !importer.includes('node_modules')) {
        const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
        if (resolved) return resolved;
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, {
        compilerOptions,
        fileName: id,
        transformers: { before: [minifyTemplates] },
      });
      return { code: out.outputText, map: out.sourceMapText ? JSON.parse(out.sourceMapText) : null };
    },
  };
}

/**
 * Collapses white space in Lit's css`` and html``/svg`` templates (the static parts only,
 * never the expressions). CSS loses comments and the spaces around punctuation; markup keeps
 * one space wherever a run of white space held a line break, which renders the same.
 */
function minifyTemplates(context) {
  const minifyCss = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/:\s+/g, ':')
      // `16px / 1.5`, `16 / 9`: white space around a slash separates nothing (no template
      // holds a slash inside a string or url).
      .replace(/\s*\/\s*/g, '/')
      // [data-role='primary'] -> [data-role=primary]: a value that is an identifier needs no quotes.
      .replace(/\[([\w-]+)([~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '[$1$2$3]')
      // 0.5em -> .5em (only where a number starts: after a space, colon, comma, bracket, slash or minus).
      .replace(/([\s:,(/-])0\.(\d)/g, '$1.$2')
      // `.a + .b`, `li ~ li`: white space around these combinators separates nothing. Only in
      // selectors (the text before a `{`; calc() needs its spaces around +) with no quoted value.
      .replace(/[^{};]+(?=\{)/g, (selector) => (/['"]/.test(selector) ? selector : selector.replace(/\s*([+~])\s*/g, '$1')))
      // calc(100% * 1.3): unlike + and -, * needs no spaces.
      .replace(/calc\([^;{}]*\)/g, (calc) => calc.replace(/ \* /g, '*'));
  // A line that starts with > or /> closes the tag above it (no template starts a line of text
  // with >): the white space before it goes.
  const minifyMarkup = (text) => text.replace(/\s*\n\s*(\/?>)/g, '$1').replace(/\s*\n\s*/g, ' ');
  const rewrite = (template, minify) => {
    const raw = (text) => text; // templates keep their escapes: work on the raw text
    if (ts.isNoSubstitutionTemplateLiteral(template)) {
      // A whole css`` sheet loses its outer white space too (markup keeps it: it may be text).
      const whole = minify(raw(template.rawText ?? template.text));
      const text = minify === minifyCss ? whole.trim() : whole;
      return context.factory.createNoSubstitutionTemplateLiteral(text, text);
    }
    const head = minify(template.head.rawText ?? template.head.text);
    const spans = template.templateSpans.map((span, i) => {
      const last = i === template.templateSpans.length - 1;
      const text = minify(span.literal.rawText ?? span.literal.text);
      const literal = last
        ? context.factory.createTemplateTail(text, text)
        : context.factory.createTemplateMiddle(text, text);
      return context.factory.createTemplateSpan(span.expression, literal);
    });
    return context.factory.createTemplateExpression(context.factory.createTemplateHead(head, head), spans);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = node.tag.text === 'css' ? minifyCss : node.tag.text === 'html' || node.tag.text === 'svg' ? minifyMarkup : undefined;
      if (minify) {
        const template = ts.visitEachChild(node.template, visit, context);
        return context.factory.updateTaggedTemplateExpression(node, node.tag, node.typeArguments, rewrite(template, minify));
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (sourceFile) => ts.visitNode(sourceFile, visit);
}

/**
 * Drops documentation keywords from JSON Schema files, and the root's `$schema` and `$id` (its
 * dialect and name, for other tools): the browser validator needs none of them.
 */
export function stripSchemaDocs() {
  const docKeys = new Set(['description', 'title', '$comment', 'examples']);
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key, inner]) => !(docKeys.has(key) && typeof inner === 'string'))
          .map(([key, inner]) => [key, strip(inner)]),
      );
    }
    return value;
  };
  return {
    name: 'strip-schema-docs',
    transform(code, id) {
      if (!id.endsWith('.schema.json')) return null;
      // Only the root's: `properties.$schema` is a field of exercise documents.
      const { $schema, $id, ...schema } = strip(JSON.parse(code));
      return { code: JSON.stringify(schema), map: null };
    },
  };
}
