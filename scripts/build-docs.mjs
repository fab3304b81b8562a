// npm run docs: the static documentation site in docs-site/ — the API reference and the guides
// (typedoc), and the policy playground with the browser build of the library.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => new URL(`../${path}`, import.meta.url);

// --playground-only: only the playground (what the browser test needs).
if (!process.argv.includes('--playground-only')) {
  execFileSync(process.execPath, [fileURLToPath(at('node_modules/typedoc/bin/typedoc'))], {
    cwd: root,
    stdio: 'inherit',
  });
  // The guides link to the playground page; typedoc copied it as a media file: point at the real page.
  rmSync(at('docs-site/media/index.html'), { force: true });
  for (const page of ['index.html', ...readdirSync(at('docs-site/documents')).map((f) => `documents/${f}`)]) {
    const path = at(`docs-site/${page}`);
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text
        .replaceAll('href="../media/index.html"', 'href="../playground/index.html"')
        .replaceAll('href="media/index.html"', 'href="playground/index.html"'),
    );
  }
}

// The playground's folder is written afresh: no file of an earlier build is left behind.
rmSync(at('docs-site/playground'), { recursive: true, force: true });

// codemirror-json-schema's tooltips load markdown-it and the shiki highlighter, and its features
// the JSON5 and YAML parsers (together about 600 kB minified); the policy is JSON and its schema's
// descriptions plain sentences: those two modules are replaced by the editor's light ones.
const lightJsonSchema = {
  name: 'light-codemirror-json-schema',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/(utils\/markdown|parsers)$/ }, (args) => {
      if (!/codemirror-json-schema[\\/]dist/.test(args.importer)) return undefined;
      const light = args.path.endsWith('markdown') ? 'markdown.ts' : 'parsers.ts';
      return { path: fileURLToPath(at(`docs/playground/src/policy/cm-light/${light}`)) };
    });
  },
};

// The editor's page (docs/playground/src, Preact + CodeMirror + Observable Plot, all bundled) and
// its Web Worker (the evaluation of the accounts, off the page's thread).
await build({
  config: false,
  entry: {
    app: fileURLToPath(at('docs/playground/src/main.tsx')),
    worker: fileURLToPath(at('docs/playground/src/results/worker.ts')),
  },
  outDir: fileURLToPath(at('docs-site/playground')),
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  noExternal: [/.*/],
  splitting: false,
  dts: false,
  sourcemap: false,
  minify: true,
  clean: false,
  silent: true,
  esbuildPlugins: [lightJsonSchema],
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.jsxImportSource = 'preact';
  },
});

mkdirSync(at('docs-site/playground'), { recursive: true });
for (const file of readdirSync(at('docs/playground')).filter((f) => f.endsWith('.html')))
  copyFileSync(at(`docs/playground/${file}`), at(`docs-site/playground/${file}`));
const samples = readdirSync(at('examples/accounts'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(at(`examples/accounts/${f}`), 'utf8')));
writeFileSync(at('docs-site/playground/samples.json'), JSON.stringify(samples, null, 2));
// The cases shipped for the default policy, with every account file they name (by file name, as
// the Tests tab matches them): the tab's "cases of the default policy" button loads them.
const caseFolder = 'examples/policies/cases/default';
const jsonFiles = (folder) =>
  readdirSync(at(folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(at(`${folder}/${name}`), 'utf8') }));
writeFileSync(
  at('docs-site/playground/default-cases.json'),
  JSON.stringify([...jsonFiles(caseFolder), ...jsonFiles(`${caseFolder}/accounts`), ...jsonFiles('examples/accounts')]),
);
console.log('docs-site/ written: npm run docs:serve, then open http://localhost:8080/');
