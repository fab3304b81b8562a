// The edges of the batch and the command, for fuzz/run.mjs: hostile files (encodings, line ends,
// joined files, values that are not accounts, CSV quotes, ledger rows of no account), CSV output
// a spreadsheet could run, error records that echo too much, and the command as a host runs it
// (a pipe closed early, an --out it cannot write, mistyped options, standard input).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { defaultPolicy, evaluatePortfolio } from '../dist/index.js';
import { readAccounts, writeDecisions } from '../dist/node/index.js';

/** What an issue may weigh once written: the value it received is bounded to 200 characters. */
const MAX_ISSUE_BYTES = 2_000;
/** A cell a spreadsheet would run: a formula start that is not a plain (negative) number. */
const runsAsFormula = (cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell);

/** Checks the error records of a run: each names its issues in a bounded size. */
export function checkErrorRecord(result, input, fail) {
  for (const issue of result.issues) {
    const size = JSON.stringify(issue).length;
    if (size > MAX_ISSUE_BYTES) fail('unbounded', `an issue of ${size} characters`, input);
  }
  if (result.issues.length > 101) fail('unbounded', `${result.issues.length} issues for one record`, input);
}

/** Accounts with ids a spreadsheet would run, through CSV output in both dialects. */
export async function formulaCase(accounts, ids, fail) {
  const records = accounts.map((a, i) => ({ ...a, id: ids[i % ids.length] }));
  for (const dialect of ['standard', 'fr']) {
    const chunks = [];
    const out = new (await import('node:stream')).Writable({
      write(chunk, _enc, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    await writeDecisions(evaluatePortfolio(records, defaultPolicy, { asOf: '2026-11-23' }), out, {
      format: 'csv',
      dialect,
    });
    const text = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const rows = parse(text, { delimiter: dialect === 'fr' ? ';' : ',', relax_column_count: true });
    if (rows.length !== records.length + 1)
      fail('countMismatches', `${records.length} in, ${rows.length - 1} CSV rows`, ids);
    for (const row of rows) for (const cell of row) if (runsAsFormula(cell)) fail('formula', cell, ids);
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile files: the bytes of an NDJSON export, broken as old ERPs and careless hands break them.

const NOT_ACCOUNTS = ['null', '42', '[]', '{}', '"A-1"', 'true', '{"id": "X-1"}', '{"id": 7}'];

export const fileArb = fc.record({
  lines: fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('account'), index: fc.nat({ max: 3000 }) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('value'), text: fc.constantFrom(...NOT_ACCOUNTS) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('blank'), text: fc.constantFrom('', ' ', '\t') }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut'), index: fc.nat({ max: 3000 }), at: fc.nat() }) },
    ),
    { minLength: 1, maxLength: 8 },
  ),
  ending: fc.constantFrom('\n', '\r\n', '\r'),
  finalEnding: fc.boolean(),
  leadingBom: fc.boolean(),
  midBom: fc.option(fc.nat(), { nil: null, freq: 3 }),
  badBytes: fc.option(fc.nat(), { nil: null, freq: 3 }),
  utf16: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('le', 'be') }),
});

/** The file's bytes, and the number of its physical lines that hold something. */
export function fileBytes(file, account) {
  const lines = file.lines.map((l) => {
    if (l.kind === 'account') return JSON.stringify(account(l.index));
    if (l.kind === 'cut') {
      const text = JSON.stringify(account(l.index));
      return text.slice(0, 1 + (l.at % (text.length - 1)));
    }
    return l.text;
  });
  if (file.midBom !== null && lines.length > 1) {
    const at = 1 + (file.midBom % (lines.length - 1));
    lines[at] = `\uFEFF${lines[at]}`;
  }
  let text = lines.join(file.ending) + (file.finalEnding ? file.ending : '');
  if (file.leadingBom) text = `\uFEFF${text}`;
  let bytes;
  if (file.utf16 === 'le') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  else if (file.utf16 === 'be') bytes = Buffer.from(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16());
  else bytes = Buffer.from(text, 'utf8');
  if (file.badBytes !== null && file.utf16 === null && bytes.length > 0) {
    const at = file.badBytes % bytes.length;
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff]), bytes.subarray(at)]);
  }
  const filled = lines.filter((l) => l.replace(/^\uFEFF/, '').trim() !== '').length;
  return { bytes, lines: lines.length, filled };
}

/**
 * A hostile file through readAccounts and evaluatePortfolio: never an exception but one
 * ValidationError before any record (an encoding the reader refuses whole); results in order; each
 * error record naming a line of the file; no more results than physical lines; in UTF-8 with
 * known line ends, exactly one result per line that holds something.
 */
export async function fileCase(file, account, fail, typed) {
  const { bytes, lines, filled } = fileBytes(file, account);
  const results = [];
  try {
    for await (const r of evaluatePortfolio(readAccounts(Readable.from([bytes])), defaultPolicy, {
      asOf: '2026-11-23',
    }))
      results.push(r);
  } catch (error) {
    if (results.length === 0) typed(error, file);
    else fail('uncaught', error?.stack ?? error, file);
    return results.length;
  }
  let lastLine = 0;
  results.forEach((r, i) => {
    if (r.index !== i) fail('countMismatches', `result ${i} has index ${r.index}`, file);
    if (!r.ok) {
      if (typeof r.line !== 'number' || r.line < 1) fail('lineless', 'an error record without its line', file);
      else if (r.line < lastLine) fail('lineless', `line ${r.line} after line ${lastLine}`, file);
      else lastLine = r.line;
      checkErrorRecord(r, file, fail);
    }
  });
  if (results.length > Math.max(lines, 1) + 1)
    fail('countMismatches', `${lines} lines, ${results.length} results`, file);
  const plain = file.utf16 === null && file.badBytes === null;
  if (plain && results.length !== filled)
    fail('countMismatches', `${filled} lines that hold something, ${results.length} results`, file);
  return results.length;
}

// ---------------------------------------------------------------------------------------------
// The command as a host runs it.

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/**
 * Fixed cases of the command: exit codes as documented, one clear line on stderr, never a stack
 * trace, never a partial --out file.
 */
export function commandCases(dir, ndjson, fail) {
  const run = (args, options = {}) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000, ...options });
  const expect = (what, r, code, pattern) => {
    const stack = /\n\s+at .+:\d+:\d+/.test(r.stderr);
    if (r.status !== code || stack || (pattern && !pattern.test(r.stderr)))
      fail('cli', `${what}: exit ${r.status}${stack ? ', a stack trace' : ''}: ${r.stderr.slice(0, 200)}`, what);
  };
  // A pipe closed after the first line, as `| head -1`.
  const piped = spawnSync(
    'bash',
    [
      '-c',
      `node ${JSON.stringify(cli)} evaluate ${JSON.stringify(ndjson)} --as-of 2026-11-23 --workers 1 | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}" >&2`,
    ],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (!/^141\s*$/m.test(piped.stderr) || /\n\s+at .+:\d+:\d+/.test(piped.stderr))
    fail('cli', `a pipe closed early: ${piped.stderr.slice(0, 200)}`, 'pipe');
  // An --out it cannot write: a folder, a missing folder.
  const folder = join(dir, 'out-folder');
  mkdirSync(folder, { recursive: true });
  expect('--out a folder', run(['evaluate', ndjson, '--as-of', '2026-11-23', '--out', folder]), 1, /out-folder/);
  expect(
    '--out in a missing folder',
    run(['evaluate', ndjson, '--as-of', '2026-11-23', '--out', join(dir, 'missing', 'd.ndjson')]),
    1,
    /missing/,
  );
  const partial = readdirSync(dir).filter((f) => f.endsWith('.partial'));
  if (partial.length > 0) fail('cli', `temporary files left: ${partial.join(', ')}`, 'out');
  // Mistyped and repeated options.
  expect('--fromat', run(['evaluate', ndjson, '--as-of', '2026-11-23', '--fromat', 'csv']), 2, /--format/);
  expect('two --as-of', run(['evaluate', ndjson, '--as-of', '2026-11-23', '--as-of', '2026-11-24']), 2, /as-of/);
  // Standard input, and a missing file.
  const text = spawnSync('cat', [ndjson], { encoding: 'utf8' }).stdout;
  const stdin = run(['evaluate', '-', '--as-of', '2026-11-23', '--workers', '1', '--quiet'], { input: text });
  if (![0, 3].includes(stdin.status) || stdin.stdout.trim().split('\n').length !== text.trim().split('\n').length)
    fail('cli', `standard input: exit ${stdin.status}`, 'stdin');
  expect('a missing file', run(['evaluate', join(dir, 'nope.ndjson'), '--as-of', '2026-11-23']), 1, /nope\.ndjson/);
  // A policy with a syntax error: its line and column.
  const policy = join(dir, 'broken-policy.json');
  writeFileSync(policy, '{\n  "id": "x",\n  "version": 1,,\n}\n');
  expect('a broken policy', run(['validate', policy]), 1, /ligne 3, colonne/);
  return 8;
}
