/**
 * The API reference: every function, class and constant exported by an entry point has a TSDoc
 * comment with an `@example` showing its result.
 *
 * Only the sources are read: the declarations of the dependencies and of the standard library are
 * replaced by empty files (they cannot change which of our exports have an example, and reading
 * them took seconds), and the test checks that every export is declared in src/.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = [
  'src/index.ts',
  'src/money/index.ts',
  'src/calendar/index.ts',
  'src/node/index.ts',
  'src/demo/index.ts',
];

describe('the API reference', () => {
  it('gives every exported function, class and constant an example', () => {
    const options: ts.CompilerOptions = {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      noLib: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const readSource = host.getSourceFile.bind(host);
    host.getSourceFile = (file, ...rest) =>
      /[\\/]node_modules[\\/]/.test(file)
        ? ts.createSourceFile(file, '', ts.ScriptTarget.ES2022)
        : readSource(file, ...rest);
    const program = ts.createProgram({ rootNames: ENTRIES, options, host });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    const outside: string[] = [];
    let values = 0;
    for (const entry of ENTRIES) {
      const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        // An export from a dependency would resolve to nothing here (its file reads empty) and escape the check.
        const files = (symbol.declarations ?? []).map((d) => d.getSourceFile().fileName);
        if (files.length === 0 || files.some((f) => !/(^|[\\/])src[\\/]/.test(f) || /[\\/]node_modules[\\/]/.test(f)))
          outside.push(`${entry}: ${exported.getName()}`);
        if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable))) continue;
        values++;
        if (!symbol.getJsDocTags(checker).some((t) => t.name === 'example'))
          missing.push(`${entry}: ${symbol.getName()}`);
      }
    }
    expect(values).toBeGreaterThan(120);
    expect(outside).toEqual([]);
    expect(missing).toEqual([]);
  });
});
