/**
 * The API reference: every function, class and constant exported by an entry point has a TSDoc
 * comment with an `@example` showing its result.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['src/index.ts', 'src/money/index.ts', 'src/calendar/index.ts', 'src/node/index.ts'];

describe('the API reference', () => {
  it('gives every exported function, class and constant an example', () => {
    const program = ts.createProgram(ENTRIES, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    let values = 0;
    for (const entry of ENTRIES) {
      const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable))) continue;
        values++;
        if (!symbol.getJsDocTags(checker).some((t) => t.name === 'example')) missing.push(`${entry}: ${symbol.getName()}`);
      }
    }
    expect(values).toBeGreaterThan(120);
    expect(missing).toEqual([]);
  });
});
