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

// The browser build of the core and of hlm-recovery/demo (the playground's demo portfolios): one
// ES module, every dependency inside, no node: import.
await build({
  config: false,
  entry: { 'hlm-recovery': fileURLToPath(at('scripts/playground-bundle.ts')) },
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
});

mkdirSync(at('docs-site/playground'), { recursive: true });
for (const file of readdirSync(at('docs/playground')))
  copyFileSync(at(`docs/playground/${file}`), at(`docs-site/playground/${file}`));
const samples = readdirSync(at('examples/accounts'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(at(`examples/accounts/${f}`), 'utf8')));
writeFileSync(at('docs-site/playground/samples.json'), JSON.stringify(samples, null, 2));
console.log('docs-site/ written: npm run docs:serve, then open http://localhost:8080/');
