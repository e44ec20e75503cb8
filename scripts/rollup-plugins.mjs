import ts from 'typescript';

/**
 * Transpiles TypeScript one file at a time with the compiler's own transpileModule
 * (type checking is `npm run typecheck`'s job), so every build sees exactly the
 * tsconfig.json settings, decorators included.
 */
export function typescriptTranspile(tsconfigPath = 'tsconfig.json') {
  const { config } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, '.');
  const compilerOptions = { ...options, declaration: false, sourceMap: true, inlineSources: false, noEmit: false };
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
      const out = ts.transpileModule(code, { compilerOptions, fileName: id });
      return { code: out.outputText, map: out.sourceMapText ? JSON.parse(out.sourceMapText) : null };
    },
  };
}

/** Drops documentation keywords from JSON Schema files: the browser validator needs none of them. */
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
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}
