/**
 * French CSV files in, on the library: the decoding of Windows-1252 and ISO-8859-1, French amounts
 * and dates, the header (its separator, French column names), and errors that name the file, the
 * line and the column of the CSV.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import {
  ACCOUNT_COLUMNS,
  ACCOUNT_COLUMNS_FR,
  DECISION_COLUMNS,
  DECISION_COLUMNS_FR,
  LEDGER_COLUMNS,
  LEDGER_COLUMNS_FR,
  evaluateFile,
  readAccounts,
  writeDecisions,
} from '../../src/node';
import { ACCOUNTS_LAYOUT, LEDGER_LAYOUT, readHeader } from '../../src/node/csv-layout';
import { amountCell, dateCell } from '../../src/node/csv-line';
import { decodeLine } from '../../src/node/encoding';
import { evaluatePortfolio } from '../../src/portfolio';
import { defaultPolicy } from '../../src/rules';
import { account, asOf, brief, collect, streamOf, tempDir, viaEvaluateFile, viaReadAccounts, written } from './inputs';

const dir = tempDir('french-csv');

/**
 * Windows-1252 bytes 0x80–0x9F, from the official table (unicode.org, MAPPINGS/VENDORS/MICSFT/
 * WINDOWS/CP1252.TXT), written out here rather than computed: the 27 defined bytes, in order.
 */
const CP1252_DEFINED = [
  [0x80, '€'],
  [0x82, '‚'],
  [0x83, 'ƒ'],
  [0x84, '„'],
  [0x85, '…'],
  [0x86, '†'],
  [0x87, '‡'],
  [0x88, 'ˆ'],
  [0x89, '‰'],
  [0x8a, 'Š'],
  [0x8b, '‹'],
  [0x8c, 'Œ'],
  [0x8e, 'Ž'],
  [0x91, '‘'],
  [0x92, '’'],
  [0x93, '“'],
  [0x94, '”'],
  [0x95, '•'],
  [0x96, '–'],
  [0x97, '—'],
  [0x98, '˜'],
  [0x99, '™'],
  [0x9a, 'š'],
  [0x9b, '›'],
  [0x9c, 'œ'],
  [0x9e, 'ž'],
  [0x9f, 'Ÿ'],
] as const;
const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

describe('decoding a line of a CSV file', () => {
  it('maps the 27 bytes 0x80–0x9F of Windows-1252 by the official table, not as Latin-1 control characters', () => {
    const bytes = Buffer.from(CP1252_DEFINED.map(([b]) => b));
    expect(decodeLine(bytes, 'windows-1252', 1)).toEqual({
      ok: true,
      text: CP1252_DEFINED.map(([, c]) => c).join(''),
    });
  });

  it('reads every byte from 0xA0 as the same code point, in Windows-1252 and ISO-8859-1', () => {
    const bytes = Buffer.from(Array.from({ length: 0x60 }, (_, i) => 0xa0 + i));
    const text = String.fromCharCode(...bytes);
    expect(decodeLine(bytes, 'windows-1252', 1)).toEqual({ ok: true, text });
    expect(decodeLine(bytes, 'iso-8859-1', 1)).toEqual({ ok: true, text });
    expect(text).toContain('é');
  });

  it.each(CP1252_UNDEFINED)('refuses the byte 0x%s, which Windows-1252 leaves undefined, naming the line', (byte) => {
    const decoded = decodeLine(Buffer.from([0x41, 0x42, byte]), 'windows-1252', 7);
    expect(decoded.ok).toBe(false);
    const hex = byte.toString(16).toUpperCase();
    expect(decoded.ok ? '' : decoded.expected).toMatch(
      new RegExp(`^Windows-1252 text, but line 7 holds the byte 0x${hex} \\(at byte 3\\), which is no character`),
    );
  });

  it('refuses a C1 control byte in ISO-8859-1, naming the Windows-1252 letter and what to pass', () => {
    const decoded = decodeLine(Buffer.from('C\x9cur', 'latin1'), 'iso-8859-1', 4);
    expect(decoded.ok ? '' : decoded.expected).toBe(
      'ISO-8859-1 text, but line 4 holds the byte 0x9C (at byte 2), a control character in ISO-8859-1 but "œ" in ' +
        "Windows-1252: the file is Windows-1252 — pass --encoding windows-1252 (the option encoding: 'windows-1252')",
    );
  });

  it('refuses a UTF-8 line in a file said to be Windows-1252, rather than read "ChloÃ©"', () => {
    for (const encoding of ['windows-1252', 'iso-8859-1'] as const) {
      const decoded = decodeLine(Buffer.from('Chloé'), encoding, 3);
      expect(decoded.ok ? '' : decoded.expected).toMatch(/line 3 is UTF-8 .* pass --encoding utf-8/);
    }
    expect(decodeLine(Buffer.from('plain ASCII'), 'windows-1252', 3)).toEqual({ ok: true, text: 'plain ASCII' });
  });

  it('says what a line that is not UTF-8 looks like, and what to pass', () => {
    const ansi = decodeLine(Buffer.from('Chlo\xe9 \x80', 'latin1'), 'utf-8', 9);
    expect(ansi.ok ? '' : ansi.expected).toMatch(
      /^UTF-8 text, but line 9 holds bytes that are not UTF-8: the file looks like Windows-1252 .* pass --encoding windows-1252 \(the option encoding: 'windows-1252'\), which reads both/,
    );
    // 0x81 is no character in Windows-1252: nothing to pass but UTF-8.
    const other = decodeLine(Buffer.from([0x43, 0x81]), 'utf-8', 9);
    expect(other.ok ? '' : other.expected).toMatch(/an encoding this library does not read — export it again as UTF-8/);
  });
});

describe('French amounts', () => {
  it.each([
    ['512,30', '512.30'],
    ['-12,50', '-12.50'],
    ['0,5', '0.5'],
    ['12', '12'],
    ['1 234,56', '1234.56'],
    ['1\u00A0234,56', '1234.56'],
    ['1\u202F234\u00A0567,89', '1234567.89'],
    ['12345678901234567,89', '12345678901234567.89'],
    ['', ''],
  ])('reads %j as %j', (text, value) => {
    expect(amountCell(text, 'fr')).toEqual({ ok: true, value });
  });

  it.each([
    ['512.30', /a point is not read in a French file.*pass --input-dialect standard/],
    ['1.234,56', /a point is not read/],
    ['12 34,56', /groups of 3 digits/],
    ['1 2345,00', /groups of 3 digits/],
    ['512,305', /at most 2 decimals/],
    ['+5,00', /decimal comma/],
    [',50', /decimal comma/],
    ['512,', /decimal comma/],
    ['5x', /decimal comma/],
  ])('refuses %j, saying how to write it', (text, message) => {
    const cell = amountCell(text, 'fr');
    expect(cell.ok).toBe(false);
    expect(cell.ok ? '' : cell.expected).toMatch(message);
    expect(cell.ok ? '' : cell.code).toBe('invalid_amount');
  });

  it('in the standard dialect, passes amounts as written, but names a decimal comma', () => {
    expect(amountCell('512.30', 'standard')).toEqual({ ok: true, value: '512.30' });
    expect(amountCell('abc', 'standard')).toEqual({ ok: true, value: 'abc' }); // the contract names it
    const comma = amountCell('1 234,56', 'standard');
    expect(comma.ok ? '' : comma.expected).toMatch(/decimal comma, as French files write it: pass --input-dialect fr/);
  });

  it('gives exactly the standard amount of any French amount, grouped or not (property)', () => {
    const separator = fc.constantFrom('', ' ', '\u00A0', '\u202F');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.constantFrom('', '5', '05', '50', '99'),
        fc.boolean(),
        separator,
        (units, cents, negative, sep) => {
          const digits = units.toString();
          const grouped = sep === '' ? digits : digits.replace(/\B(?=(\d{3})+$)/g, sep);
          const sign = negative ? '-' : '';
          const french = `${sign}${grouped}${cents === '' ? '' : `,${cents}`}`;
          expect(amountCell(french, 'fr')).toEqual({
            ok: true,
            value: `${sign}${digits}${cents === '' ? '' : `.${cents}`}`,
          });
        },
      ),
    );
  });
});

describe('French dates', () => {
  it.each([
    ['23/11/2026', '2026-11-23'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['2026-11-23', '2026-11-23'],
    ['', ''],
  ])('reads %j as %j', (text, value) => {
    expect(dateCell(text, 'fr')).toEqual({ ok: true, value });
  });

  it.each([
    ['29/02/2026', /29\/02\/2026 is no day of the calendar/],
    ['29/02/1900', /no day of the calendar/],
    ['31/04/2026', /no day of the calendar/],
    ['00/01/2026', /no day of the calendar/],
    ['12/13/2026', /no day of the calendar/],
    ['1/2/2026', /2 digits for the day and for the month, 4 for the year/],
    ['23/11/26', /4 for the year/],
    ['23-11-2026', /DD\/MM\/YYYY/],
    ['23/11/2026 00:00', /DD\/MM\/YYYY/],
  ])('refuses %j', (text, message) => {
    const cell = dateCell(text, 'fr');
    expect(cell.ok ? '' : cell.expected).toMatch(message);
    expect(cell.ok ? '' : cell.code).toBe('invalid_date');
  });

  it('reads every real day written DD/MM/YYYY as its ISO date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(dateCell(`${day}/${m}/${y}`, 'fr')).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('in the standard dialect, names a date written DD/MM/YYYY, which it never guesses', () => {
    const cell = dateCell('03/04/2026', 'standard');
    expect(cell.ok ? '' : cell.expected).toMatch(
      /written DD\/MM\/YYYY, as French files write it: pass --input-dialect fr/,
    );
  });
});

describe('the header of a CSV file', () => {
  it('tells the separator by the known column names, English or French', () => {
    expect(readHeader('id,signedOn,department,rent,charges,monthlyResources', ACCOUNTS_LAYOUT)).toMatchObject({
      separator: ',',
    });
    const french = readHeader('compte;date;nature;montant;lettrage', LEDGER_LAYOUT);
    expect(french).toEqual({
      separator: ';',
      columns: ['accountId', 'date', 'kind', 'amount', 'settles'],
      written: ['compte', 'date', 'nature', 'montant', 'lettrage'],
    });
    expect(readHeader('accountId;date;kind;amount', LEDGER_LAYOUT).separator).toBe(';');
  });

  it('has one French name per column, none the English name of another column', () => {
    for (const [columns, french] of [
      [ACCOUNT_COLUMNS, ACCOUNT_COLUMNS_FR],
      [LEDGER_COLUMNS, LEDGER_COLUMNS_FR],
      [DECISION_COLUMNS, DECISION_COLUMNS_FR],
    ] as const) {
      const names = columns.map((c) => (french as Record<string, string>)[c]!);
      expect(Object.keys(french).sort()).toEqual([...columns].sort());
      expect(new Set(names).size).toBe(columns.length);
      for (const [i, name] of names.entries()) {
        expect(name).toMatch(/^[a-z_]+$/);
        const other = (columns as readonly string[]).indexOf(name);
        expect(other === -1 || other === i, name).toBe(true);
      }
    }
  });

  it('names a column given twice, by its English and its French name', () => {
    const error = (() => {
      try {
        readHeader('accountId,date,kind,amount,montant', LEDGER_LAYOUT);
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.issues.map((i) => i.message)).toEqual([
      'ledger.header: expected each column once, but "amount" and "montant" (cells 4 and 5) are the same column (amount); received "montant"',
    ]);
  });

  it('says a header read as one column is not separated by "," or ";"', () => {
    expect(() => readHeader('accountId\tdate\tkind\tamount', LEDGER_LAYOUT)).toThrow(
      /the header was read as one column: separate the columns with "," or ";" \(not with tabs\)/,
    );
    expect(() => readHeader('', LEDGER_LAYOUT)).toThrow(/missing: accountId, date, kind, amount/);
  });
});

/** Writes `<name>.csv` and `<name>.ledger.csv`, each from lines or bytes; returns the accounts file's path. */
function files(name: string, accounts: string | Buffer, ledger: string | Buffer): string {
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, accounts);
  writeFileSync(join(dir, `${name}.ledger.csv`), ledger);
  return path;
}

const FR_HEADER = 'compte;date_signature;departement;loyer;provision_charges;ressources_mensuelles';
const FR_LEDGER = 'compte;date;nature;montant';

describe('a French file read by readAccounts and evaluateFile', () => {
  it('reads the account as the JSON one, from ";", decimal commas and DD/MM/YYYY', async () => {
    const path = files(
      'one',
      `${FR_HEADER}\r\nA-1;01/02/2024;93;500,00;100,00;1 800,00\r\n`,
      `${FR_LEDGER}\r\nA-1;01/10/2026;rent;500,00\r\nA-1;01/10/2026;charges;100,00\r\n`,
    );
    const fromJson = written(await collect(evaluatePortfolio([account('A-1')], defaultPolicy, { asOf, locale: 'en' })));
    expect(written(await viaReadAccounts(path))).toEqual(fromJson);
    expect(written(await viaEvaluateFile(path))).toEqual(fromJson);
  });

  it('names the file, the line and the column of each cell at fault, in the accounts and the ledger file', async () => {
    const path = files(
      'faults',
      [
        FR_HEADER,
        'B-1;01/02/2024;93;500,00;100,00;1 800,00',
        'B-2;01/02/2024;93;512.30;100,00;-5,00',
        'B-3;30/02/2024;93;500,00;100,00;1 800,00',
      ].join('\r\n'),
      [FR_LEDGER, 'B-1;01/10/2026;rent;500,00', 'B-2;01/10/2026;rent;5x', 'B-2;2026-10-01;loyer;500,00'].join('\r\n'),
    );
    const results = await viaReadAccounts(path);
    expect(brief(results).map((r) => [r.ok, r.id])).toEqual([
      [true, 'B-1'],
      [false, 'B-2'],
      [false, 'B-3'],
    ]);
    const messages = (i: number) => {
      const r = results[i]!;
      return r.ok ? [] : r.issues.map((x) => x.message);
    };
    expect(results[1]).toMatchObject({ ok: false, line: 3 });
    expect(messages(1)).toEqual([
      expect.stringMatching(
        /^accounts\["line 3"\]\.loyer: expected an amount with a decimal comma, .* \(faults\.csv line 3, column "loyer"\); received "512\.30"$/,
      ),
      expect.stringMatching(
        /^accounts\["line 3"\]\.ressources_mensuelles: expected a non-negative EUR amount .* e\.g\. "512,30" \(faults\.csv line 3, column "ressources_mensuelles"\); received "-5,00"$/,
      ),
      expect.stringMatching(
        /^ledger\["line 3"\]\.montant: expected an amount with a decimal comma and at most 2 decimals.* \(faults\.ledger\.csv line 3, column "montant"\); received "5x"$/,
      ),
      expect.stringMatching(
        /^ledger\["line 4"\]\.nature: expected .* \(faults\.ledger\.csv line 4, column "nature"\); received "loyer"$/,
      ),
    ]);
    expect(messages(2)).toEqual([
      expect.stringMatching(
        /^accounts\["line 4"\]\.date_signature: expected a real date .* \(faults\.csv line 4, column "date_signature"\)/,
      ),
    ]);
    expect(written(await viaEvaluateFile(path, { batchSize: 1 }))).toEqual(written(results));
  });

  it('names the ledger line, not the index of the posting, in an English file too', async () => {
    const path = files(
      'english',
      'id,signedOn,department,rent,charges,monthlyResources\nE-1,2024-02-01,93,500.00,100.00,1800.00\n',
      'accountId,date,kind,amount\nE-9,2026-09-01,rent,1.00\nE-1,2026-10-01,rent,500.00\nE-1,2026-10-02,rent,5x\n',
    );
    const [record] = await viaReadAccounts(path);
    expect(record).toMatchObject({ ok: false, line: 2, accountId: 'E-1' });
    expect(record!.ok ? [] : record!.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['ledger', 'line 4', 'amount'],
        'ledger["line 4"].amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56" (english.ledger.csv line 4, column "amount"); received "5x"',
      ],
    ]);
  });

  it('reads ";" with decimal points when told the standard dialect', async () => {
    const path = files(
      'points',
      'id;signedOn;department;rent;charges;monthlyResources\nA-1;2024-02-01;93;500.00;100.00;1800.00\n',
      'accountId;date;kind;amount\nA-1;2026-10-01;rent;500.00\nA-1;2026-10-01;charges;100.00\n',
    );
    const fromJson = written(await collect(evaluatePortfolio([account('A-1')], defaultPolicy, { asOf, locale: 'en' })));
    expect(written(await viaReadAccounts(path, { inputDialect: 'standard' }))).toEqual(fromJson);
    expect(brief(await viaReadAccounts(path))[0]).toMatchObject({ ok: false, message: /a point is not read/ });
  });

  it('reads Windows-1252 and ISO-8859-1 when told, and a byte-order mark as UTF-8 whatever it is told', async () => {
    const name = 'Cœur’s €';
    const header = `${FR_HEADER};nom`;
    const row = 'A-1;01/02/2024;93;500,00;100,00;1 800,00;';
    const ledger = `${FR_LEDGER}\nA-1;01/10/2026;rent;500,00\nA-1;01/10/2026;charges;100,00\n`;
    const cp1252 = Buffer.concat([
      Buffer.from(`${header}\n${row}`),
      Buffer.from([0x43, 0x9c, 0x75, 0x72, 0x92, 0x73, 0x20, 0x80]),
    ]);
    const named = { ...account('A-1'), household: { monthlyResources: '1800.00', name } };
    const fromJson = written(await collect(evaluatePortfolio([named], defaultPolicy, { asOf, locale: 'en' })));
    const ansi = files('ansi', cp1252, ledger);
    expect(written(await viaReadAccounts(ansi, { encoding: 'windows-1252' }))).toEqual(fromJson);
    const bom = files('bom', `\uFEFF${header}\n${row}${name}\n`, ledger);
    expect(written(await viaReadAccounts(bom, { encoding: 'windows-1252' }))).toEqual(fromJson);
    expect(written(await viaReadAccounts(bom, { encoding: 'iso-8859-1' }))).toEqual(fromJson);
    const latin1 = files('latin1', Buffer.from(`${header}\n${row}Chloé\n`, 'latin1'), ledger);
    expect(brief(await viaReadAccounts(latin1, { encoding: 'iso-8859-1' }))[0]).toMatchObject({ ok: true });
    // The same file said to be ISO-8859-1 but holding Windows-1252 letters.
    expect(brief(await viaReadAccounts(ansi, { encoding: 'iso-8859-1' }))[0]).toMatchObject({
      ok: false,
      line: 2,
      message: /the file is Windows-1252 — pass --encoding windows-1252/,
    });
  });

  it('names standard input in the messages of a stream', async () => {
    const text = `${FR_HEADER}\nS-1;01/02/2024;93;500.00;100,00;1 800,00\n`;
    const [record] = await viaReadAccounts(streamOf(text), { format: 'csv' });
    expect(record!.ok ? '' : record!.issues[0]!.message).toMatch(/\(standard input line 2, column "loyer"\)/);
  });

  it('refuses an encoding other than UTF-8 for NDJSON and JSON input', async () => {
    await expect(
      collect(evaluateFile(streamOf('{}\n'), defaultPolicy, { asOf, workers: 1, encoding: 'windows-1252' })),
    ).rejects.toThrow(/encoding: expected utf-8 for NDJSON input, which is always UTF-8/);
    expect(() => readAccounts(streamOf('[]'), { format: 'json', encoding: 'iso-8859-1' })).toThrow(ValidationError);
  });
});

describe('the decisions CSV in the French dialect', () => {
  it('has French column names, in the same order as the English ones', async () => {
    const chunks: string[] = [];
    const out = new (await import('node:stream')).Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    await writeDecisions(evaluatePortfolio([account('A-1')], defaultPolicy, { asOf }), out, {
      format: 'csv',
      dialect: 'fr',
    });
    const [header] = chunks.join('').split('\r\n');
    expect(header).toBe(
      '\uFEFFnumero;compte;date_evaluation;politique;rang_niveau;niveau;prochaine_etape;canal;date_action;' +
        'validation_humaine;role;destinataire;actions;montant_du;mensualite_max_soutenable;plan_mois;plan_mensualite;' +
        'obligations_a_echeance;obligations_en_retard;prevention;erreur',
    );
  });
});

describe('every line of a French file is accounted for (property)', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      '"',
      '"a;b"',
      ';',
      ',',
      '512,30',
      '512.30',
      '1 234,56',
      '1\u00A0234,56',
      '-12,50',
      '23/11/2026',
      '31/02/2026',
      '2026-11-23',
      'Cœur’s €',
      'Chloé',
      '93',
      'rent',
      'Y-1',
    ),
    fc.string({ maxLength: 6 }),
  );
  /** Windows-1252 bytes of a text, or `null` when a character has none. */
  const cp1252 = (text: string): Buffer | null => {
    const high: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c };
    const bytes: number[] = [];
    for (const c of text) {
      const code = high[c] ?? c.codePointAt(0)!;
      if (code > 0xff || (code >= 0x80 && code <= 0x9f)) return null;
      bytes.push(code);
    }
    return Buffer.from(bytes);
  };
  it('gives one record per non-blank line after the header, at its line, from either encoding and both paths', async () => {
    writeFileSync(join(dir, 'prop.ledger.csv'), `${FR_LEDGER}\nY-1;01/10/2026;rent;500,00\nY-1;01/10/2026;rent;5.00\n`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('utf-8', 'windows-1252') as fc.Arbitrary<'utf-8' | 'windows-1252'>,
        async (rows, end, encoding) => {
          const text = [FR_HEADER, ...rows.map((r) => r.join(';'))].join(end);
          const bytes = encoding === 'utf-8' ? Buffer.from(text) : cp1252(text);
          if (bytes === null) return;
          const path = join(dir, 'prop.csv');
          writeFileSync(path, bytes);
          const expectedLines = text
            .split(/\r\n|\n/)
            .map((l, i) => ({ blank: l.trim() === '', n: i + 1 }))
            .filter((l) => !l.blank && l.n > 1)
            .map((l) => l.n);
          const results = await viaReadAccounts(path, { encoding });
          // The ledger row of no account row comes last, when no row has the id Y-1.
          const accounts = results.slice(0, expectedLines.length);
          expect(results.length - accounts.length).toBeLessThanOrEqual(2);
          accounts.forEach((r, i) => {
            if (!r.ok) {
              expect(r.line).toBe(expectedLines[i]);
              for (const issue of r.issues) expect(issue.message).not.toMatch(/^ledger\[\d/);
            }
          });
          expect(written(await viaEvaluateFile(path, { encoding, batchSize: 2 }))).toEqual(written(results));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('an issue whose column the header lacks', () => {
  it('names the column, and says the header lacks it', async () => {
    const path = files(
      'lacks',
      'id,signedOn,department,rent,charges,monthlyResources,benefitAmount\nL-1,2024-02-01,93,500.00,100.00,1800.00,150.00\n',
      'accountId,date,kind,amount\n',
    );
    const [record] = await viaReadAccounts(path);
    expect(record!.ok ? [] : record!.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(
        /^accounts\["line 2"\]\.benefitKind: .*\(lacks\.csv line 2, column "benefitKind", which the header lacks\)/,
      ),
    );
  });
});
