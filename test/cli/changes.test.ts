/**
 * `hlm-recovery changes previous.ndjson current.ndjson`: the officers' worklist between two runs
 * of `evaluate` on the demo portfolio a month apart (23 November and 23 December 2026, the same
 * seed, the default policy), in text (French and English), CSV and NDJSON, with an error record in
 * the current run and a malformed line in the previous file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/cli/args';
import { commandChanges } from '../../src/cli/changes';
import { generateDemoPortfolio } from '../../src/demo';
import type { Locale } from '../../src/i18n';
import {
  decisionChanges,
  evaluatePortfolio,
  resultRecord,
  type ChangesSummary,
  type DecisionChange,
} from '../../src/portfolio';
import { defaultPolicy } from '../../src/rules';
import { linesOf, tempDir, textSink, writeTo } from './io';

const COUNT = 80;
/** DEMO-000006: not in the previous run, new in the current one. */
const NEW_INDEX = 5;
/** DEMO-000011: not in the current run, gone from it. */
const GONE_INDEX = 10;
/** DEMO-000021: its rent is broken in the current export, an error record there. */
const BROKEN_INDEX = 20;

/** The NDJSON `evaluate` writes for the demo accounts on `asOf`, as lines. */
async function evaluated(asOf: string, count: number, skip: number, breakAt: number | null): Promise<string[]> {
  const accounts = [...generateDemoPortfolio({ count, asOf })]
    .map((a, i) => (i === breakAt ? { ...a, lease: { ...a.lease, rent: '12,50' } } : a))
    .filter((_, i) => i !== skip);
  const lines: string[] = [];
  for await (const r of evaluatePortfolio(accounts, defaultPolicy, { asOf }))
    lines.push(JSON.stringify(resultRecord(r)));
  return lines;
}

const dir = tempDir('hlm-changes-');
const previousLines = await evaluated('2026-11-23', COUNT, NEW_INDEX, null);
const currentLines = await evaluated('2026-12-23', COUNT + 2, GONE_INDEX, BROKEN_INDEX);
/** The previous file: a blank line after its 5th record, and a line cut short at its end. */
const MALFORMED_LINE = previousLines.length + 2;
const previousText = [...previousLines.slice(0, 5), '', ...previousLines.slice(5), '{"accountId": "DEMO-0'].join('\n');
const previousFile = writeTo(dir, 'previous.ndjson', `${previousText}\n`);
const currentFile = writeTo(dir, 'current.ndjson', `${currentLines.join('\n')}\n`);
const cleanFile = writeTo(dir, 'clean.ndjson', `${previousLines.join('\n')}\n`);

/** What the library finds in the same two files (the malformed line as a reader gives it). */
async function expectedChanges(): Promise<{ entries: DecisionChange[]; summary: ChangesSummary }> {
  const parse = (lines: string[]) => lines.filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
  const unreadable = { unreadable: true, line: MALFORMED_LINE, issues: [] };
  const changes = decisionChanges([...parse(previousText.split('\n').slice(0, -1)), unreadable], parse(currentLines));
  const entries: DecisionChange[] = [];
  let step = await changes.next();
  for (; !step.done; step = await changes.next()) entries.push(step.value);
  return { entries, summary: step.value };
}

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `hlm-recovery changes <args>` in the locale, with standard input when given. */
async function changes(locale: Locale, args: string[], stdin?: string): Promise<Run> {
  const out = textSink();
  const err = textSink();
  const io = {
    stdout: out.stream,
    stderr: err.stream,
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
  };
  const code = await commandChanges(args, io, locale);
  return { code, out: out.text(), err: err.text() };
}

/** The lines of a text worklist after a group's heading, up to the next blank line. */
function group(text: string, heading: string): string[] {
  const lines = linesOf(text);
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', at);
  return lines.slice(at, end === -1 ? undefined : end);
}

describe('hlm-recovery changes, as text', () => {
  it('in English: the worklist grouped by kind of change, amounts and dates in English', async () => {
    const { summary } = await expectedChanges();
    const r = await changes('en', [previousFile, currentFile]);
    expect(r.code).toBe(3);
    const lines = linesOf(r.out);
    expect(lines.slice(0, 3)).toEqual([
      'Changes between the previous run (as of 23 Nov 2026) and the current run (as of 23 Dec 2026)',
      `Previous run: ${COUNT} records, 1 error; current run: ${COUNT + 1} records, 1 error`,
      `Accounts compared: ${summary.compared} (unchanged: ${summary.unchanged}, changed: ${summary.changed}); new: ${summary.new}; gone: ${summary.gone}; errors: 2`,
    ]);
    expect(group(r.out, 'Alert level up (')).toEqual([
      `Alert level up (${summary.byField.levelUp}):`,
      '  DEMO-000037 (line 36) — amount due: €3.79',
      '    alert level: 0 À jour → 1 Suivi (une somme est due)',
      '    steps: none → reminder on 23 Dec 2026',
      '    channel: none → letter',
      '    + obligation winter_truce on 1 Apr 2027 (closed)',
    ]);
    expect(group(r.out, 'New accounts (')).toEqual([
      'New accounts (3):',
      '  DEMO-000006 (line 6) — amount due: €289.66',
      '    alert level 1 Suivi (une somme est due); steps: reminder on 29 Dec 2026; channel: sms',
      `  DEMO-0000${COUNT + 1} (line ${COUNT})`,
      '    alert level 0 À jour; steps: none',
      `  DEMO-0000${COUNT + 2} (line ${COUNT + 1})`,
      '    alert level 0 À jour; steps: none',
    ]);
    // Its line in the previous file, one further down for the blank line before it.
    expect(group(r.out, 'Accounts gone')).toEqual([
      'Accounts gone from the current run (1):',
      '  DEMO-000011 (line 11)',
      '    was at alert level 0 À jour; steps: none',
    ]);
    const errors = group(r.out, 'Error records (');
    expect(errors[0]).toBe('Error records (2):');
    expect(errors[1]).toBe('  current run, line 20, account DEMO-000021: the evaluation could not decide this account');
    expect(errors[2]).toMatch(/^ {4}lease\.rent: expected .*; received "12,50"$/);
    expect(errors[3]).toMatch(/^ {4}in the previous run: alert level \d .+; steps: /);
    expect(errors[4]).toBe(`  previous run, line ${MALFORMED_LINE}: unreadable line (not a JSON object on one line)`);
    expect(r.err).toBe('2 error records (previous run: 1, current run: 1), each listed with its line (exit code 3)\n');
  });

  it('in French: the same worklist, in French words and formats', async () => {
    const { summary } = await expectedChanges();
    const r = await changes('fr', [previousFile, currentFile]);
    expect(r.code).toBe(3);
    const lines = linesOf(r.out);
    expect(lines[0]).toBe(
      'Changements entre l’exécution précédente (au 23/11/2026) et l’exécution actuelle (au 23/12/2026)',
    );
    expect(lines[1]).toBe(
      `Exécution précédente\u00a0: ${COUNT} enregistrements dont 1 erreur\u00a0; actuelle\u00a0: ${COUNT + 1} enregistrements dont 1 erreur`,
    );
    expect(group(r.out, 'Niveau en hausse (')).toEqual([
      `Niveau en hausse (${summary.byField.levelUp})\u00a0:`,
      '  DEMO-000037 (ligne 36) — montant dû\u00a0: 3,79\u00a0€',
      '    niveau\u00a0: 0 À jour → 1 Suivi (une somme est due)',
      '    étapes\u00a0: aucune → reminder le 23/12/2026',
      '    canal\u00a0: aucun → courrier',
      '    + obligation winter_truce au 01/04/2027 (fermée)',
    ]);
    expect(group(r.out, 'Enregistrements en erreur (')[1]).toBe(
      '  exécution actuelle, ligne 20, compte DEMO-000021\u00a0: l’évaluation n’a pas pu décider ce compte',
    );
    expect(group(r.out, 'Enregistrements en erreur (')[2]).toMatch(/^ {4}lease\.rent\u00a0: attendu .*, reçu "12,50"$/);
    for (const line of lines) {
      // An issue echoes the data it received (JSON, with its own colons) after "reçu".
      expect(line.replace(/, reçu .*$/, '')).not.toMatch(/ [:;]|\S:(?=\s|$)/u);
      expect(line).not.toMatch(/\d\.\d\d\s?€|€\d/);
    }
    expect(r.err).toBe(
      '2 enregistrements en erreur (exécution précédente\u00a0: 1, actuelle\u00a0: 1), chacun listé avec sa ligne (code de sortie 3)\n',
    );
  });

  it('the same groups and counts in both languages, which add up to the library’s', async () => {
    const { summary } = await expectedChanges();
    const en = linesOf((await changes('en', [previousFile, currentFile])).out);
    const fr = linesOf((await changes('fr', [previousFile, currentFile])).out);
    expect(fr).toHaveLength(en.length);
    const headings = (lines: string[]) =>
      lines.filter((l) => /^\S.*\((\d+)\)\u00a0?:$/.test(l)).map((l) => Number(/\((\d+)\)/.exec(l)![1]));
    const counts = headings(en);
    expect(headings(fr)).toEqual(counts);
    // Each entry in one group: the groups add up to the entries of each kind.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(summary.changed + summary.new + summary.gone + summary.errors);
  });

  it('says there is nothing new when the two runs decide alike', async () => {
    const r = await changes('en', [cleanFile, cleanFile]);
    expect(r.code).toBe(0);
    expect(linesOf(r.out).slice(-2)).toEqual(['', 'Nothing new: no account changed, appeared or left, and no error.']);
    expect(r.err).toBe('');
  });
});

describe('hlm-recovery changes, as CSV and NDJSON', () => {
  it('writes one CSV row per entry, the French dialect with French names, ";" and decimal commas', async () => {
    const { entries } = await expectedChanges();
    const standard = await changes('en', [previousFile, currentFile, '--format', 'csv']);
    expect(standard.code).toBe(3);
    const rows = linesOf(standard.out);
    expect(rows[0]).toBe(
      'kind,accountId,run,line,changed,levelMove,levelBefore,levelAfter,stepsBefore,stepsAfter,channelBefore,channelAfter,dateBefore,dateAfter,amountDueBefore,amountDueAfter,obligationsBefore,obligationsAfter,error',
    );
    expect(rows).toHaveLength(entries.length + 1);
    expect(rows.find((r) => r.includes(',DEMO-000037,'))).toBe(
      'changed,DEMO-000037,current,36,level|steps|channel|obligations,up,0 À jour,1 Suivi (une somme est due),,reminder,,letter,,2026-12-23,,3.79,,winter_truce 2027-04-01 closed,',
    );
    const fr = await changes('fr', [previousFile, currentFile, '--format', 'csv', '--dialect', 'fr']);
    expect(fr.out.startsWith('\uFEFFtype;compte;execution;ligne;changements;sens_niveau;')).toBe(true);
    const frRows = fr.out.slice(1).split('\r\n').slice(0, -1);
    expect(frRows).toHaveLength(entries.length + 1);
    const row = frRows.find((r) => r.includes(';DEMO-000006;'))!.split(';');
    const column = (name: string) => row[frRows[0]!.split(';').indexOf(name)];
    expect(column('type')).toBe('new');
    expect(column('montant_du_apres')).toBe('289,66');
    expect(column('date_action_apres')).toBe('2026-12-29');
    expect(frRows.find((r) => r.startsWith('error;;previous;'))).toMatch(
      new RegExp(`^error;;previous;${MALFORMED_LINE};.*;"ligne illisible \\(pas un objet JSON sur une ligne\\) \\| `),
    );
  });

  it('writes one NDJSON line per entry, with its line in its run’s file, and the --out file', async () => {
    const { entries, summary } = await expectedChanges();
    const out = join(dir, 'worklist.ndjson');
    const r = await changes('en', [previousFile, currentFile, '--format', 'ndjson', '--out', out]);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    const written = linesOf(readFileSync(out, 'utf8')).map((l) => JSON.parse(l) as DecisionChange);
    expect(written.map((c) => [c.kind, c.accountId, c.run, c.index])).toEqual(
      entries.map((c) => [c.kind, c.accountId, c.run, c.index]),
    );
    expect(written.filter((c) => c.kind === 'changed')).toHaveLength(summary.changed);
    // Lines count the blank line of the previous file: its records after the 5th are one further down.
    const gone = written.find((c) => c.kind === 'gone')!;
    expect([gone.index, gone.line]).toEqual([GONE_INDEX - 1, GONE_INDEX + 1]);
    const malformed = written.find((c) => c.error?.reason === 'unreadable')!;
    expect(malformed).toMatchObject({ run: 'previous', line: MALFORMED_LINE, accountId: null });
    expect(malformed.error!.issues[0]!.message).toMatch(new RegExp(`\\(line ${MALFORMED_LINE}\\)`));
  });

  it('reads the current run from standard input for -', async () => {
    const fromFile = await changes('en', [previousFile, currentFile, '--format', 'ndjson']);
    const fromStdin = await changes('en', [previousFile, '-', '--format', 'ndjson'], `${currentLines.join('\n')}\n`);
    expect(fromStdin).toEqual(fromFile);
  });
});

describe('hlm-recovery changes, refused', () => {
  const refused = async (args: string[], kind: typeof UsageError | typeof InputError) => {
    const error = await changes('fr', args).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(kind);
    return (error as UsageError).render;
  };

  it('asks for two files, one of them at most on standard input, neither a CSV', async () => {
    expect((await refused([previousFile], UsageError))('en')).toBe(
      'give two files, the output of evaluate for the previous run then for the current one: hlm-recovery changes <previous.ndjson> <current.ndjson>',
    );
    expect((await refused(['-', '-'], UsageError))('fr')).toBe(
      'un seul des deux fichiers peut être - (l’entrée standard)\u00a0: donnez l’autre par son nom',
    );
    const csv = writeTo(dir, 'decisions.csv', 'index,accountId\n');
    expect((await refused([previousFile, csv], UsageError))('en')).toMatch(
      /decisions\.csv is a CSV: changes reads the NDJSON/,
    );
    expect((await refused([previousFile, currentFile, '--format', 'xml'], UsageError))('en')).toMatch(
      /^--format must be one of text, ndjson, csv/,
    );
    expect((await refused([previousFile, currentFile, '--fromat', 'csv'], UsageError))('en')).toMatch(
      /unknown option --fromat \(did you mean --format\?\)/,
    );
  });

  it('names a file that cannot be read (exit code 1 in main)', async () => {
    expect((await refused([previousFile, join(dir, 'missing.ndjson')], InputError))('en')).toMatch(
      /^cannot read .*missing\.ndjson: no such file/,
    );
  });
});
