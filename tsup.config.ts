import { defineConfig } from 'tsup';

const common = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  // import.meta.url in the CommonJS build (evaluateFile finds its workers' entry file from it).
  shims: true,
};

export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      'money/index': 'src/money/index.ts',
      'calendar/index': 'src/calendar/index.ts',
      'node/index': 'src/node/index.ts',
      'demo/index': 'src/demo/index.ts',
      // The entry file of evaluateFile's worker threads, found through the package's exports.
      'node/worker': 'src/node/worker-entry.ts',
    },
    dts: true,
    clean: true,
    platform: 'node',
    splitting: true,
  },
  {
    ...common,
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
