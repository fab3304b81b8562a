// npm run fuzz — hostile inputs against the built package (run after `npm run build`).
//   npm run fuzz                       100,000 cases (the CI run)
//   npm run fuzz -- --cases 1000000    the long run
//   npm run fuzz -- --seed 42          another seed (the default is fixed, so runs repeat)
// Generated with fast-check: hostile accounts (from valid demo accounts, broken in every way a
// file exported by an old ERP can be), hostile NDJSON and CSV text, hostile files (encodings, line
// ends, joined files, values that are not accounts), ids a spreadsheet would run, and hostile
// policy files; and the command itself as a host runs it (fuzz/edges.mjs).
// What must hold, for every case: no exception but a ValidationError whose issues carry a path
// and a message; accounts in = decisions + error records out; no NaN or Infinity in any output;
// Object.prototype untouched; no record slower than the time limit. Prints the figures as JSON
// and exits 1 on any failure.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import {
  ValidationError,
  defaultPolicy,
  evaluate,
  evaluatePortfolio,
  loadPolicy,
  parseAccount,
  validatePolicy,
} from '../dist/index.js';
import { readAccounts } from '../dist/node/index.js';
import { generateDemoAccount } from '../dist/demo/index.js';
import { money } from '../dist/money/index.js';
import { parseDate } from '../dist/calendar/index.js';
import { checkErrorRecord, commandCases, fileArb, fileCase, formulaCase } from './edges.mjs';
import { FORMULA_IDS, hostileScalar, hostileValue, mutate, mutation, setAt } from './hostile.mjs';

const { values } = parseArgs({
  options: { cases: { type: 'string' }, seed: { type: 'string' }, 'max-ms': { type: 'string' } },
});
const CASES = Number(values.cases ?? 100_000);
const SEED = Number(values.seed ?? 20261123);
const MAX_MS = Number(values['max-ms'] ?? 2_000);
const asOf = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'hlm-fuzz-'));
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

const figures = {
  cases: 0,
  records: 0,
  decisions: 0,
  errorRecords: 0,
  typedErrors: 0,
  policies: 0,
  policiesValid: 0,
  uncaught: 0,
  countMismatches: 0,
  nonFinite: 0,
  pollution: 0,
  slow: 0,
  lineless: 0,
  unbounded: 0,
  formula: 0,
  cli: 0,
  slowestMs: 0,
};
const FAILURE_KINDS = [
  'uncaught',
  'countMismatches',
  'nonFinite',
  'pollution',
  'slow',
  'lineless',
  'unbounded',
  'formula',
  'cli',
];
const failureCount = () => FAILURE_KINDS.reduce((n, k) => n + figures[k], 0);
const failures = [];
const byKind = {};

function fail(kind, detail, input) {
  figures[kind]++;
  if (failures.length < 20)
    failures.push({ kind, detail: String(detail).slice(0, 300), input: JSON.stringify(input)?.slice(0, 300) });
}

/** A thrown error must be a ValidationError with well-formed issues; anything else is a crash. */
function typed(error, input) {
  if (
    error instanceof ValidationError &&
    error.issues.length > 0 &&
    error.issues.every((i) => Array.isArray(i.path) && typeof i.message === 'string' && i.message.length > 0)
  ) {
    figures.typedErrors++;
    return;
  }
  fail('uncaught', error?.stack ?? error, input);
}

/**
 * No number that is not finite, and no NaN or Infinity written in a string, anywhere — except
 * where the input itself said it (an account id "NaN" is echoed, not computed).
 */
function finite(value, input) {
  const given = JSON.stringify(input) ?? '';
  const walk = (v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return false;
    if (typeof v === 'string') {
      const m = /NaN|Infinity/.exec(v);
      if (m !== null && !given.includes(m[0])) return false;
    }
    if (v !== null && typeof v === 'object') for (const x of Object.values(v)) if (!walk(x)) return false;
    return true;
  };
  if (!walk(value)) fail('nonFinite', 'a NaN or Infinity in the output', input);
}

function checkPrototype(input) {
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys || {}.polluted !== undefined) {
    fail('pollution', 'Object.prototype changed', input);
    for (const key of Object.getOwnPropertyNames(Object.prototype))
      if (!prototypeKeys.split(',').includes(key)) delete Object.prototype[key];
  }
}

function timed(run, input) {
  const start = performance.now();
  const out = run();
  const ms = performance.now() - start;
  if (ms > figures.slowestMs) figures.slowestMs = Math.round(ms);
  if (ms > MAX_MS) fail('slow', `${Math.round(ms)} ms`, input);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hostile accounts: fuzz/hostile.mjs (shared with the fast validator's test)

const account = (seed, index) => generateDemoAccount(seed, index, { asOf });

// ---------------------------------------------------------------------------------------------
// The checks

/** A batch of accounts through evaluatePortfolio: one result per record, in order. */
async function portfolioCase(records) {
  let out = 0;
  await timed(async () => {
    for await (const r of evaluatePortfolio(records, defaultPolicy, { asOf })) {
      if (r.index !== out) fail('countMismatches', `result ${out} has index ${r.index}`, records[out]);
      out++;
      if (r.ok) {
        figures.decisions++;
        finite(r.decision, records[r.index]);
      } else {
        figures.errorRecords++;
        if (!r.issues.every((i) => Array.isArray(i.path) && typeof i.message === 'string'))
          fail('uncaught', 'an error record without path or message', records[r.index]);
        checkErrorRecord(r, records[r.index], fail);
      }
    }
  }, records.length);
  figures.records += records.length;
  if (out !== records.length) fail('countMismatches', `${records.length} in, ${out} out`, records.length);
}

/** One account through parseAccount and evaluate directly: a decision or a ValidationError. */
function accountCase(raw) {
  timed(() => {
    try {
      finite(evaluate(parseAccount(raw), defaultPolicy, { asOf }), raw);
    } catch (error) {
      typed(error, raw);
    }
  }, raw);
}

/** Text an old ERP could export: truncated NDJSON lines, BOMs, stray quotes in CSV. */
async function textCase(lines, cuts, csv) {
  const text = lines
    .map((l, i) => (cuts[i] === undefined ? l : l.slice(0, cuts[i] % (l.length + 1))))
    .join(cuts.length % 3 === 0 ? '\r\n' : '\n');
  const withBom = cuts.length % 2 === 0 ? `\uFEFF${text}` : text;
  // Lines end at LF, CRLF or a lone CR, as the reader has it.
  const nonBlank = withBom
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '').length;
  let n = 0;
  for await (const r of evaluatePortfolio(readAccounts(Readable.from([withBom])), defaultPolicy, { asOf })) {
    n++;
    if (r.ok) finite(r.decision, withBom);
  }
  figures.records += nonBlank;
  if (n !== nonBlank) fail('countMismatches', `${nonBlank} NDJSON lines in, ${n} out`, withBom.slice(0, 200));
  if (csv) {
    const file = join(dir, 'accounts.csv');
    writeFileSync(file, csv.accounts);
    writeFileSync(join(dir, 'accounts.ledger.csv'), csv.ledger);
    try {
      for await (const r of evaluatePortfolio(readAccounts(file), defaultPolicy, { asOf }))
        if (r.ok) finite(r.decision, csv);
    } catch (error) {
      typed(error, csv);
    }
  }
}

const csvCell = fc.oneof(
  fc.constantFrom(
    '',
    '"',
    '""',
    '"a',
    'a"b',
    ';',
    ',',
    '\uFEFF',
    '\r',
    '\n',
    '1,50',
    '2026-11-23',
    'true',
    '93',
    '500.00',
  ),
  fc.string({ maxLength: 8 }),
);
const csvText = fc.record({
  header: fc.constantFrom(
    'id,signedOn,department,rent,charges,monthlyResources',
    '\uFEFFid,signedOn,department,rent,charges,monthlyResources',
    'id;signedOn;department',
    'id,signedOn,department,rent,charges,monthlyResources,bogus',
    '',
  ),
  rows: fc.array(fc.array(csvCell, { minLength: 0, maxLength: 8 }), { maxLength: 5 }),
  ledger: fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 5 }),
});

// Hostile policies: the default policy with a section replaced, a condition tree grown, or a key.
const hostileCondition = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      fact: fc.constantFrom(
        'arrears',
        'daysSinceFirstDefault',
        'unknownFact',
        'constructor',
        '__proto__',
        'department',
        'oldestMemberAge',
      ),
      operator: fc.constantFrom(
        'equal',
        'decimalGreaterThan',
        'greaterThan',
        'in',
        'contains',
        'dateBefore',
        'regex',
        'constructor',
        'eval',
      ),
      value: hostileValue,
    }),
    fc.record({ all: fc.array(tie('node'), { maxLength: 4 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 4 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

const policyMutation = fc.oneof(
  fc.record({ kind: fc.constant('value'), pick: fc.nat(), value: hostileValue }),
  fc.record({
    kind: fc.constant('key'),
    pick: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'reminderFee', 'penalty', 'extra'),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('condition'), level: fc.integer({ min: 1, max: 5 }), condition: hostileCondition }),
  fc.record({ kind: fc.constant('wide'), width: fc.integer({ min: 150, max: 3000 }) }),
  fc.record({
    kind: fc.constant('ranks'),
    ranks: fc.array(fc.integer({ min: -2, max: 120 }), { minLength: 6, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('json'),
    section: fc.constantFrom('levels', 'channels', 'cadence', 'steps', 'plans', 'overrides', 'parameters'),
    value: fc.jsonValue({ maxDepth: 4 }),
  }),
);

function policyCase(m) {
  const base = defaultPolicy.versions[0];
  let policy;
  if (m.kind === 'value') policy = setAt(base, m.pick, m.value);
  else if (m.kind === 'key') policy = setAt(base, m.pick, m.value, m.key);
  else {
    policy = structuredClone(base);
    if (m.kind === 'condition') policy.levels[m.level].conditions = m.condition;
    if (m.kind === 'wide')
      policy.levels[1].conditions = {
        any: Array.from({ length: m.width }, (_, i) => ({
          fact: 'arrears',
          operator: 'decimalGreaterThan',
          value: `${i}.00`,
        })),
      };
    if (m.kind === 'ranks') {
      policy.levels.forEach((l, i) => {
        l.rank = m.ranks[i];
      });
    }
    if (m.kind === 'json') policy[m.section] = m.value;
  }
  figures.policies++;
  timed(() => {
    let result;
    try {
      result = validatePolicy(policy);
    } catch (error) {
      fail('uncaught', `validatePolicy threw: ${error?.stack ?? error}`, policy);
      return;
    }
    if (!result.ok) {
      if (!result.issues.every((i) => Array.isArray(i.path) && typeof i.message === 'string'))
        fail('uncaught', 'an issue without path or message', policy);
      try {
        loadPolicy(policy);
        fail('uncaught', 'loadPolicy accepted a policy validatePolicy refused', policy);
      } catch (error) {
        typed(error, policy);
      }
      return;
    }
    figures.policiesValid++;
    for (let i = 0; i < 3; i++) {
      try {
        finite(evaluate(account(7, i), result.value, { asOf }), policy);
      } catch (error) {
        typed(error, policy);
      }
    }
  }, policy);
}

// ---------------------------------------------------------------------------------------------
// The run: each case is one of the kinds below, chosen by fast-check from the seed.

const caseArb = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('account'),
      seed: fc.integer({ min: 0, max: 50 }),
      index: fc.nat({ max: 5000 }),
      mutation,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('batch'),
      seed: fc.integer({ min: 0, max: 50 }),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 20 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('policy'), mutation: policyMutation }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('text'),
      seed: fc.nat({ max: 5000 }),
      cuts: fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 6 }),
      csv: fc.option(csvText, { nil: null, freq: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('primitive'), value: hostileScalar }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file'), file: fileArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('formula'),
      seed: fc.nat({ max: 5000 }),
      ids: fc.subarray(FORMULA_IDS, { minLength: 1 }),
    }),
  },
);

async function runCase(c) {
  byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  if (c.kind === 'account') {
    const raw = mutate(account(c.seed, c.index), c.mutation);
    figures.records++;
    accountCase(raw);
  } else if (c.kind === 'batch') {
    await portfolioCase(c.mutations.map((m, i) => mutate(account(c.seed, i), m)));
  } else if (c.kind === 'policy') {
    policyCase(c.mutation);
  } else if (c.kind === 'text') {
    const lines = Array.from({ length: 1 + (c.cuts.length % 4) }, (_, i) => JSON.stringify(account(3, c.seed + i)));
    const csv =
      c.csv === null
        ? null
        : {
            accounts: [c.csv.header, ...c.csv.rows.map((r) => r.join(','))].join('\n'),
            ledger: ['accountId,date,kind,amount', ...c.csv.ledger.map((r) => r.join(','))].join('\n'),
          };
    await textCase(lines, c.cuts, csv);
  } else if (c.kind === 'file') {
    figures.records += await fileCase(c.file, (i) => account(5, i), fail, typed);
  } else if (c.kind === 'formula') {
    const accounts = c.ids.map((_, i) => account(7, c.seed + i));
    figures.records += accounts.length;
    await formulaCase(accounts, c.ids, fail);
  } else {
    for (const run of [() => money(c.value), () => parseDate(c.value), () => parseAccount(c.value)]) {
      try {
        run();
      } catch (error) {
        typed(error, c.value);
      }
    }
  }
  checkPrototype(c);
}

// Fixed cases that the generators would only rarely reach: the largest admitted ledger and beyond.
async function fixedCases() {
  const base = account(1, 1);
  const ledger = (n) =>
    Array.from({ length: n }, (_, i) => ({
      date: '2026-01-01',
      kind: i % 2 === 0 ? 'rent' : 'payment',
      amount: '10.00',
    }));
  for (const n of [10_000, 100_000, 100_001]) {
    figures.records++;
    accountCase({ ...base, ledger: ledger(n) });
  }
  // Error records that would echo megabytes: a 200,000-posting ledger, a 10 MB name and id.
  await portfolioCase([
    { ...base, ledger: ledger(200_000) },
    { ...base, household: { ...base.household, name: 'n'.repeat(10_000_000) }, ledger: 'x' },
    { ...base, id: 'i'.repeat(10_000_000) },
  ]);
  // A line just over the limit of the NDJSON reader, between two good lines.
  const good = JSON.stringify(account(2, 2));
  const over = `${good.slice(0, -1)}${' '.repeat(16 * 1024 * 1024)}}`;
  const results = [];
  for await (const r of evaluatePortfolio(readAccounts(Readable.from([`${good}\n${over}\n${good}\n`])), defaultPolicy, {
    asOf,
  }))
    results.push(r);
  figures.records += 3;
  if (results.length !== 3 || results[1].ok || results[1].line !== 2 || !results[2].ok)
    fail('countMismatches', 'a line over the limit: not one error record at line 2 between two decisions', 'long line');
  // The command, as a host runs it.
  const file = join(dir, 'accounts.ndjson');
  writeFileSync(file, `${Array.from({ length: 300 }, (_, i) => JSON.stringify(account(4, i))).join('\n')}\n`);
  figures.records += commandCases(dir, file, fail);
}

const start = performance.now();
await fixedCases();
const CHUNK = 1000;
for (let done = 0; done < CASES; done += CHUNK) {
  const n = Math.min(CHUNK, CASES - done);
  for (const c of fc.sample(caseArb, { seed: SEED + done, numRuns: n })) {
    figures.cases++;
    try {
      await runCase(c);
    } catch (error) {
      fail('uncaught', error?.stack ?? error, c);
    }
  }
  if (process.stderr.isTTY) process.stderr.write(`\r${figures.cases} cases, ${failureCount()} failures`);
}
if (process.stderr.isTTY) process.stderr.write('\n');
const failuresFound = failureCount();
console.log(
  JSON.stringify(
    {
      seed: SEED,
      seconds: Math.round((performance.now() - start) / 1000),
      ...figures,
      byKind,
      failuresFound,
      failures,
    },
    null,
    2,
  ),
);
process.exit(failuresFound === 0 ? 0 : 1);
