// The numbered runnable examples of examples/: runs each one (after `npm run build`), checks
// that it prints what examples/output/<name>.txt says, and that docs/examples.md shows it.
//   node scripts/examples.mjs            check (what CI runs)
//   node scripts/examples.mjs --update   rewrite the outputs and docs/examples.md
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => new URL(`../${path}`, import.meta.url);

/** The example files, in order. */
export function exampleFiles() {
  return readdirSync(at('examples'))
    .filter((f) => /^\d\d-.*\.mjs$/.test(f))
    .sort();
}

/** What an example prints. */
export function runExample(file) {
  return execFileSync(process.execPath, [`examples/${file}`], { cwd: root, encoding: 'utf8' });
}

/** docs/examples.md for these examples and their outputs. */
export function examplesMarkdown(outputs) {
  const parts = [
    '# Runnable examples',
    '',
    'Each example is a file of `examples/` that runs as is after `npm run build` (`node examples/<file>`).',
    'The output shown is what it prints; the test suite runs every example and compares.',
    '',
  ];
  for (const [file, output] of outputs) {
    const source = readFileSync(at(`examples/${file}`), 'utf8');
    const title = source.split('\n')[0].replace(/^\/\/\s*/, '');
    parts.push(
      `## ${file.replace(/\.mjs$/, '')}`,
      '',
      title,
      '',
      '```js',
      source.trimEnd(),
      '```',
      '',
      'Prints:',
      '',
      '```text',
      output.trimEnd(),
      '```',
      '',
    );
  }
  return parts.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const update = process.argv.includes('--update');
  const outputs = [];
  let failed = 0;
  for (const file of exampleFiles()) {
    const output = runExample(file);
    outputs.push([file, output]);
    const expectedPath = at(`examples/output/${file.replace(/\.mjs$/, '.txt')}`);
    if (update) writeFileSync(expectedPath, output);
    else if (readFileSync(expectedPath, 'utf8') !== output) {
      console.error(`${file}: prints something else than examples/output/${file.replace(/\.mjs$/, '.txt')}`);
      failed++;
    }
  }
  const markdown = examplesMarkdown(outputs);
  if (update) writeFileSync(at('docs/examples.md'), markdown);
  else if (readFileSync(at('docs/examples.md'), 'utf8') !== markdown) {
    console.error('docs/examples.md is out of date: run node scripts/examples.mjs --update');
    failed++;
  }
  if (failed > 0) process.exit(1);
  console.log(`${outputs.length} examples ${update ? 'written' : 'print what the docs show'}`);
}
