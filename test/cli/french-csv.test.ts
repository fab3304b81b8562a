/**
 * French CSV files in: the same accounts give byte-identical decisions from NDJSON, from the
 * English CSV layout and from a French export — `;`, decimal commas, thousands separated by a
 * space, dates DD/MM/YYYY, French column names — in Windows-1252 or in UTF-8 with a byte-order
 * mark, through the command's `main()` with an injected Io. And what the command says when a
 * French file is read without the right options.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_COLUMNS_FR, LEDGER_COLUMNS_FR } from '../../src/node';
import { cli, linesOf, tempDir, writeTo } from './io';

const asOf = '2026-11-23';
const dir = tempDir('hlm-french-csv-');

/** The household's name, with the letters a single-byte export may spoil: é, œ, ’ and €. */
const NAME = 'Mme Œillet-Cœur d’Étienne (caution 1 000 €)';

interface Posting {
  readonly date: string;
  readonly kind: string;
  readonly amount: string;
  readonly id?: string;
  readonly settles?: readonly string[];
}

/** Accounts the CSV layout can carry in full, with every kind of column it has. */
const ACCOUNTS = [
  {
    id: 'FR-1',
    lease: { signedOn: '2019-05-01', department: '93', rent: '1234.56', charges: '85.00', dueDay: 5, guarantor: true },
    household: {
      name: NAME,
      monthlyResources: '2450.10',
      members: [{ age: 44 }, { age: 41 }, { age: 10 }],
      digital: { email: true, mobile: true },
      preferredChannels: ['sms', 'letter'],
    },
    housingBenefit: { kind: 'APL', monthlyAmount: '212.40', paidTo: 'landlord' },
    ledger: [
      { date: '2026-09-01', kind: 'rent', amount: '1234.56', id: 'R-09' },
      { date: '2026-09-01', kind: 'charges', amount: '85.00', id: 'C-09' },
      { date: '2026-09-12', kind: 'payment', amount: '600.00', id: 'P-09', settles: ['R-09'] },
      { date: '2026-10-01', kind: 'rent', amount: '1234.56', id: 'R-10' },
      { date: '2026-10-01', kind: 'charges', amount: '85.00', id: 'C-10' },
      { date: '2026-10-15', kind: 'adjustment', amount: '-12.50', id: 'A-10' },
      { date: '2026-11-01', kind: 'rent', amount: '1234.56', id: 'R-11' },
    ] as Posting[],
  },
  {
    id: 'FR-2',
    lease: { signedOn: '2021-03-15', department: '2A', rent: '402.10', charges: '61.40', rls: '32.00', rooms: 3 },
    household: { name: 'M. Lefèvre', monthlyResources: '1120.00', members: [{ age: 82 }] },
    procedure: { cafSignalledOn: '2026-10-20' },
    ledger: [
      { date: '2026-08-01', kind: 'rent', amount: '402.10' },
      { date: '2026-09-01', kind: 'rent', amount: '402.10' },
      { date: '2026-10-01', kind: 'rent', amount: '402.10' },
      { date: '2026-11-01', kind: 'rent', amount: '402.10' },
    ] as Posting[],
  },
  {
    id: 'FR-3',
    lease: { signedOn: '2024-02-29', department: '974', rent: '0.50', charges: '0.00' },
    household: { monthlyResources: '0.00' },
    ledger: [] as Posting[],
  },
];

/** The accounts columns used, with the cell of an account. */
const COLUMNS: Record<string, (a: (typeof ACCOUNTS)[number]) => string> = {
  id: (a) => a.id,
  signedOn: (a) => a.lease.signedOn,
  department: (a) => a.lease.department,
  rent: (a) => a.lease.rent,
  charges: (a) => a.lease.charges,
  dueDay: (a) => String((a.lease as { dueDay?: number }).dueDay ?? ''),
  rls: (a) => (a.lease as { rls?: string }).rls ?? '',
  rooms: (a) => String((a.lease as { rooms?: number }).rooms ?? ''),
  guarantor: (a) => String((a.lease as { guarantor?: boolean }).guarantor ?? ''),
  name: (a) => (a.household as { name?: string }).name ?? '',
  monthlyResources: (a) => a.household.monthlyResources,
  memberAges: (a) => ((a.household as { members?: { age: number }[] }).members ?? []).map((m) => m.age).join('|'),
  email: (a) => String((a.household as { digital?: { email?: boolean } }).digital?.email ?? ''),
  mobile: (a) => String((a.household as { digital?: { mobile?: boolean } }).digital?.mobile ?? ''),
  preferredChannels: (a) => ((a.household as { preferredChannels?: string[] }).preferredChannels ?? []).join('|'),
  benefitKind: (a) => (a as { housingBenefit?: { kind: string } }).housingBenefit?.kind ?? '',
  benefitAmount: (a) => (a as { housingBenefit?: { monthlyAmount: string } }).housingBenefit?.monthlyAmount ?? '',
  benefitPaidTo: (a) => (a as { housingBenefit?: { paidTo: string } }).housingBenefit?.paidTo ?? '',
  cafSignalledOn: (a) => (a as { procedure?: { cafSignalledOn?: string } }).procedure?.cafSignalledOn ?? '',
};
const AMOUNTS = new Set(['rent', 'charges', 'rls', 'monthlyResources', 'benefitAmount', 'amount']);
const DATES = new Set(['signedOn', 'cafSignalledOn', 'date']);

const LEDGER: Record<string, (p: Posting, id: string) => string> = {
  accountId: (_, id) => id,
  date: (p) => p.date,
  kind: (p) => p.kind,
  amount: (p) => p.amount,
  id: (p) => p.id ?? '',
  settles: (p) => (p.settles ?? []).join('|'),
};

/** `1234.56` as a French export writes it: `1 234,56`, thousands separated by a no-break space. */
const frenchAmount = (a: string) =>
  a.replace('.', ',').replace(/^(-?\d+)(\d{3}),/, (_, head: string, tail: string) => `${head}\u00A0${tail},`);
/** `2026-11-23` as a French export writes it: `23/11/2026`. */
const frenchDate = (d: string) => (d === '' ? '' : d.split('-').reverse().join('/'));

/** The two files of the layout, English (`,`, points, ISO dates) or French. */
function csvFiles(dialect: 'standard' | 'fr', names: 'english' | 'french') {
  const sep = dialect === 'fr' ? ';' : ',';
  const cell = (column: string, text: string) =>
    dialect === 'standard' || text === ''
      ? text
      : AMOUNTS.has(column)
        ? frenchAmount(text)
        : DATES.has(column)
          ? frenchDate(text)
          : text;
  // A cell with the separator or a quote is quoted; so is one with a parenthesis, to read quotes in a ";" file.
  const quote = (text: string) =>
    text.includes(sep) || text.includes('"') || text.includes('(') ? `"${text.replace(/"/g, '""')}"` : text;
  const accountHeader = Object.keys(COLUMNS).map((c) =>
    names === 'french' ? ACCOUNT_COLUMNS_FR[c as keyof typeof ACCOUNT_COLUMNS_FR] : c,
  );
  const ledgerHeader = Object.keys(LEDGER).map((c) =>
    names === 'french' ? LEDGER_COLUMNS_FR[c as keyof typeof LEDGER_COLUMNS_FR] : c,
  );
  const accounts = [
    accountHeader.join(sep),
    ...ACCOUNTS.map((a) =>
      Object.entries(COLUMNS)
        .map(([c, get]) => quote(cell(c, get(a))))
        .join(sep),
    ),
  ];
  const ledger = [
    ledgerHeader.join(sep),
    ...ACCOUNTS.flatMap((a) =>
      a.ledger.map((p) =>
        Object.entries(LEDGER)
          .map(([c, get]) => quote(cell(c, get(p, a.id))))
          .join(sep),
      ),
    ),
  ];
  const end = dialect === 'fr' ? '\r\n' : '\n';
  return { accounts: accounts.join(end) + end, ledger: ledger.join(end) + end };
}

/** The bytes of a text in Windows-1252, for the characters these tests use. */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c };
  return Buffer.from(
    Array.from(text, (c) => {
      const code = high[c] ?? c.codePointAt(0)!;
      if (code > 0xff) throw new Error(`no Windows-1252 byte for ${c} in this test`);
      return code;
    }),
  );
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const ndjson = writeTo(dir, 'accounts.ndjson', `${ACCOUNTS.map((a) => JSON.stringify(a)).join('\n')}\n`);
const english = csvFiles('standard', 'english');
const englishCsv = writeTo(dir, 'english.csv', english.accounts);
writeTo(dir, 'english.ledger.csv', english.ledger);
const french = csvFiles('fr', 'french');
// Windows-1252, French column names, ";", decimal commas, DD/MM/YYYY, CRLF.
const frenchCp1252 = `${dir}/export-ansi.csv`;
writeFileSync(frenchCp1252, cp1252(french.accounts));
writeFileSync(`${dir}/export-ansi.ledger.csv`, cp1252(french.ledger));
// UTF-8 with a byte-order mark, English column names, ";", decimal commas, DD/MM/YYYY.
const frenchEnglishNames = csvFiles('fr', 'english');
const frenchUtf8 = `${dir}/export-utf8.csv`;
writeFileSync(frenchUtf8, Buffer.concat([UTF8_BOM, Buffer.from(frenchEnglishNames.accounts)]));
writeFileSync(`${dir}/export-utf8.ledger.csv`, Buffer.concat([UTF8_BOM, Buffer.from(frenchEnglishNames.ledger)]));

describe('the same accounts from NDJSON, the English CSV and a French CSV', () => {
  it('builds French files that really are French: ";", decimal commas, DD/MM/YYYY, the name in Windows-1252', () => {
    const bytes = readFileSync(frenchCp1252);
    expect(bytes.includes(Buffer.from([0x9c]))).toBe(true); // œ
    expect(bytes.includes(Buffer.from([0x92]))).toBe(true); // ’
    expect(bytes.includes(Buffer.from([0x80]))).toBe(true); // €
    const text = bytes.toString('latin1');
    expect(text).toMatch(/^compte;date_signature;departement;loyer;/);
    expect(text).toContain(';01/05/2019;93;1\u00A0234,56;85,00;');
    expect(readFileSync(`${dir}/export-ansi.ledger.csv`, 'latin1')).toContain('FR-1;15/10/2026;adjustment;-12,50;');
  });

  it.each([
    ['ndjson', []],
    ['csv', ['--format', 'csv']],
    ['French csv', ['--format', 'csv', '--dialect', 'fr']],
  ])('gives byte-identical decisions as %s', async (_, output) => {
    const run = (file: string, ...more: string[]) =>
      cli('evaluate', file, '--as-of', asOf, '--workers', '1', '--quiet', ...output, ...more);
    const fromNdjson = await run(ndjson);
    expect(fromNdjson.code).toBe(0);
    expect(fromNdjson.err).toBe('');
    expect(linesOf(fromNdjson.out).length).toBe(ACCOUNTS.length + (output.length > 0 ? 1 : 0));
    expect(fromNdjson.out).toContain(output.length === 0 ? JSON.stringify(NAME).slice(1, -1) : 'FR-1');
    const fromEnglish = await run(englishCsv);
    const fromCp1252 = await run(frenchCp1252, '--encoding', 'windows-1252');
    const fromCp1252Explicit = await run(frenchCp1252, '--encoding', 'windows-1252', '--input-dialect', 'fr');
    const fromUtf8 = await run(frenchUtf8);
    // The byte-order mark says UTF-8, whatever --encoding says.
    const fromUtf8Said1252 = await run(frenchUtf8, '--encoding', 'windows-1252');
    for (const r of [fromEnglish, fromCp1252, fromCp1252Explicit, fromUtf8, fromUtf8Said1252])
      expect(r).toEqual(fromNdjson);
  });

  it('gives the same decisions through compare and kpi', async () => {
    const kpi = (file: string, ...more: string[]) => cli('kpi', file, '--as-of', asOf, '--format', 'json', ...more);
    const reference = await kpi(ndjson);
    expect(reference.code).toBe(0);
    expect(await kpi(frenchCp1252, '--encoding', 'windows-1252')).toEqual(reference);
    expect(await kpi(frenchUtf8)).toEqual(reference);
  });
});

describe('a French file read without the right options', () => {
  it('says the file looks like Windows-1252 and what to pass: the ledger, read whole, stops the run (exit code 1)', async () => {
    const r = await cli('evaluate', frenchCp1252, '--as-of', asOf, '--workers', '1', '--quiet');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    // Its amounts "1 234,56" have a no-break space, byte 0xA0 in Windows-1252.
    const lines = linesOf(r.err);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines)
      expect(l).toMatch(
        /^ledger\["line \d+"\]: expected UTF-8 text, but line \d+ holds bytes that are not UTF-8: the file looks like Windows-1252 .*pass --encoding windows-1252/,
      );
  });

  it('says it of each row of the accounts file, which is decided without it (exit code 3)', async () => {
    const accounts = `${dir}/rows-ansi.csv`;
    writeFileSync(accounts, cp1252(french.accounts));
    writeFileSync(`${dir}/rows-ansi.ledger.csv`, french.ledger);
    const r = await cli('evaluate', accounts, '--as-of', asOf, '--workers', '1', '--quiet');
    expect(r.code).toBe(3);
    const records = linesOf(r.out).map((l) => JSON.parse(l));
    // FR-1 (œ, ’, €) and FR-2 (è) are refused, FR-3 (ASCII) is decided.
    expect(records.map((x) => [x.line ?? null, x.accountId])).toEqual([
      [2, 'FR-1'],
      [3, 'FR-2'],
      [null, 'FR-3'],
    ]);
    expect(records[0].issues[0].message).toMatch(
      /line 2 holds bytes that are not UTF-8: the file looks like Windows-1252 .* pass --encoding windows-1252/,
    );
  });

  it('names a French amount in an English file, and says which dialect to pass', async () => {
    const accounts = writeTo(
      dir,
      'mixed.csv',
      'id,signedOn,department,rent,charges,monthlyResources\nM-1,2024-02-01,93,"512,30",100.00,1800.00\n',
    );
    writeTo(dir, 'mixed.ledger.csv', 'accountId,date,kind,amount\nM-1,01/10/2026,rent,512.30\n');
    const r = await cli('evaluate', accounts, '--as-of', asOf, '--workers', '1', '--quiet');
    expect(r.code).toBe(3);
    const [record] = linesOf(r.out).map((l) => JSON.parse(l));
    expect(record.issues.map((i: { message: string }) => i.message)).toEqual([
      expect.stringMatching(
        /^accounts\["line 2"\]\.rent: expected an amount with a decimal point .* pass --input-dialect fr .*\(mixed\.csv line 2, column "rent"\); received "512,30"$/,
      ),
      expect.stringMatching(
        /^ledger\["line 2"\]\.date: expected a date written YYYY-MM-DD .* pass --input-dialect fr .*\(mixed\.ledger\.csv line 2, column "date"\); received "01\/10\/2026"$/,
      ),
    ]);
  });

  it('names the separator read in a header it cannot read, with the nearest column (exit code 1)', async () => {
    const accounts = writeTo(
      dir,
      'typo.csv',
      'compte;date_signature;departement;loyr;provision_charges;ressources_mensuelles\n',
    );
    writeTo(dir, 'typo.ledger.csv', 'compte;date;nature;montant\n');
    const r = await cli('evaluate', accounts, '--as-of', asOf, '--quiet');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(linesOf(r.err)).toEqual([
      'accounts.header: expected a column of the accounts file, by its English or its French name (docs/csv-layout.md) — did you mean "loyer"?; the header was read with ";" as the separator; received "loyr"',
      'accounts.header: expected the required columns id (compte), signedOn (date_signature), department (departement), rent (loyer), charges (provision_charges), monthlyResources (ressources_mensuelles); missing: rent; the header was read with ";" as the separator; received ["compte","date_signature","departement","loyr","provision_charges","ressources_mensuelles"]',
    ]);
  });
});

describe('the options --input-dialect and --encoding', () => {
  it.each([
    [
      ['--encoding', 'cp1252'],
      '--encoding must be one of utf-8, windows-1252, iso-8859-1, not "cp1252": write --encoding windows-1252 for cp1252',
    ],
    [
      ['--encoding', 'latin1'],
      '--encoding must be one of utf-8, windows-1252, iso-8859-1, not "latin1": write --encoding iso-8859-1 for latin1',
    ],
    [['--encoding', 'ebcdic'], '--encoding must be one of utf-8, windows-1252, iso-8859-1, not "ebcdic"'],
    [['--input-dialect', 'de'], '--input-dialect must be one of standard, fr, not "de" (did you mean fr?)'],
  ])('refuses %j as wrong usage (exit code 2)', async (options, message) => {
    const r = await cli('evaluate', englishCsv, '--as-of', asOf, ...options);
    expect(r.code).toBe(2);
    expect(linesOf(r.err)[0]).toBe(`hlm-recovery: ${message}`);
  });

  it('takes UTF-8 written in capitals', async () => {
    const r = await cli('evaluate', englishCsv, '--as-of', asOf, '--encoding', 'UTF-8', '--quiet', '--workers', '1');
    expect(r.code).toBe(0);
  });

  it.each([
    [['--encoding', 'windows-1252'], '--encoding is for CSV input; NDJSON is always UTF-8'],
    [['--input-dialect', 'fr'], '--input-dialect is for CSV input; NDJSON is always UTF-8'],
  ])('refuses %j for NDJSON input (exit code 2)', async (options, message) => {
    const r = await cli('evaluate', ndjson, '--as-of', asOf, ...options);
    expect(r.code).toBe(2);
    expect(linesOf(r.err)[0]).toContain(`hlm-recovery: ${message}`);
  });

  it('are listed by evaluate --help, compare --help and kpi --help', async () => {
    for (const command of ['evaluate', 'compare', 'kpi']) {
      const help = (await cli(command, '--help')).out;
      expect(help).toContain('--input-dialect <d>');
      expect(help).toContain('--encoding <e>');
    }
  });
});
