// Writes the generated reference pages of docs/ from the built package (run after `npm run build`):
// docs/facts.md (the facts and operators a policy can use) and docs/legal-basis.md (the law table).
//   node scripts/write-docs.mjs           write them
//   node scripts/write-docs.mjs --check   fail when a page is out of date (the test suite runs this)
import { readFileSync, writeFileSync } from 'node:fs';
import { FORBIDDEN_CHARGES, LAW_TABLE_VERSION, LEGAL_PARAMETERS } from '../dist/index.js';
import { internals } from './internals.mjs';

const { factsMarkdown } = await internals();

const CLOCKS = {
  'day-judged': 'the day judged',
  'lease-signature': 'the lease signature',
  hearing: 'the hearing',
  commandement: 'the commandement',
  'as-of': 'the evaluation date',
  signal: 'the signal of the impayé',
};

function valueText(value) {
  if (value === null || typeof value !== 'object') return String(value);
  const keys = Object.keys(value);
  if (keys.every((k) => ['months', 'weeks', 'days'].includes(k))) return keys.map((k) => `${value[k]} ${k}`).join(' ');
  if ('from' in value && 'to' in value && keys.length === 2) return `${value.from} to ${value.to}`;
  return keys.map((k) => `${k}: ${JSON.stringify(value[k])}`).join(', ');
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function legalBasisMarkdown() {
  const lines = [
    '# The legal basis',
    '',
    `Every legal number the library applies, with the article it encodes and its dates of effect (law table version ${LAW_TABLE_VERSION}).`,
    'These are built in: a policy file cannot change them, only be stricter. When the law changes, a new version is added with',
    'its first day; the date that chooses the version is the one the law names ("chosen by").',
    'Generated from `LEGAL_PARAMETERS`; not legal advice — re-read each article on Légifrance.',
    '',
    '| rule | value | from | until | chosen by | article |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const p of LEGAL_PARAMETERS) {
    lines.push(
      `| \`${p.id}\` | ${cell(valueText(p.value))} | ${p.validFrom} | ${p.validTo ?? 'in force'} | ${CLOCKS[p.clock] ?? p.clock} | ${cell(p.source)} |`,
    );
  }
  lines.push(
    '',
    '## What a landlord may never charge',
    '',
    'A policy step or parameter that charges one of these is refused by `validatePolicy`.',
    '',
    '| code | what | article |',
    '| --- | --- | --- |',
  );
  for (const c of FORBIDDEN_CHARGES) lines.push(`| \`${c.code}\` | ${cell(c.label)} | ${cell(c.basis)} |`);
  lines.push('');
  return lines.join('\n');
}

const pages = { 'docs/facts.md': factsMarkdown(), 'docs/legal-basis.md': legalBasisMarkdown() };
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of Object.entries(pages)) {
  const url = new URL(`../${path}`, import.meta.url);
  if (!check) {
    writeFileSync(url, text);
    console.log(`${path} written`);
  } else if (readFileSync(url, 'utf8') !== text) {
    console.error(`${path} is out of date: run npm run docs:facts`);
    stale++;
  }
}
if (stale > 0) process.exit(1);
