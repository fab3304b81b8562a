/**
 * `readPolicyCases` (hlm-recovery/node): a file or the *.json files of a folder, sorted, account
 * files read relative to each case file; a path that cannot be read is an issue at the case.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { localizeIssues } from '../../src/i18n';
import { readPolicyCases } from '../../src/node';
import { tempDir, writeTo } from '../cli/io';

const dir = tempDir('hlm-cases-');
mkdirSync(join(dir, 'accounts'));
mkdirSync(join(dir, 'broken'));
writeTo(join(dir, 'accounts'), 'a.json', '{"id": "A-1"}');
writeTo(join(dir, 'accounts'), 'bad.json', '{"id": "A-1",}');
const kase = (name: string, account: unknown) => ({ name, asOf: '2026-11-23', account, expect: {} });
writeTo(dir, 'b.json', JSON.stringify({ cases: [kase('B1', 'accounts/a.json'), kase('B2', { id: 'inline' })] }));
writeTo(dir, 'a.json', JSON.stringify(kase('A', 'accounts/a.json')));
writeTo(dir, 'notes.txt', 'not a case file');
writeTo(
  join(dir, 'broken'),
  'c.json',
  JSON.stringify({
    cases: [
      kase('missing', '../accounts/none.json'),
      kase('syntax', '../accounts/bad.json'),
      kase('folder', '../accounts'),
    ],
  }),
);

describe('readPolicyCases', () => {
  it('reads the *.json files directly in a folder, by name, accounts read relative to each case file', async () => {
    const cases = await readPolicyCases(dir);
    expect(cases.map((c) => [c.name, c.file?.endsWith(c.name === 'A' ? '/a.json' : '/b.json')])).toEqual([
      ['A', true],
      ['B1', true],
      ['B2', true],
    ]);
    expect(cases[0]!.account).toEqual({ id: 'A-1' });
    expect(cases[0]!.accountFile).toBe('accounts/a.json');
    expect(cases[2]!.account).toEqual({ id: 'inline' });
    expect(cases[2]!.accountFile).toBeUndefined();
  });

  it('reads one file', async () => {
    expect((await readPolicyCases(join(dir, 'b.json'))).map((c) => c.name)).toEqual(['B1', 'B2']);
  });

  it('names the case file, the case and the reason of each account file it cannot read', async () => {
    const error = await readPolicyCases(join(dir, 'broken', 'c.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    const where = join(dir, 'broken', 'c.json');
    expect(issues.map((i) => [i.path, i.received])).toEqual([
      [[where, 'cases', 0, 'account'], '../accounts/none.json'],
      [[where, 'cases', 1, 'account'], '../accounts/bad.json'],
      [[where, 'cases', 2, 'account'], '../accounts'],
    ]);
    expect(issues[0]!.expected).toMatch(
      /^a JSON account file, relative to the case file \(.*accounts\/none\.json: no such file\)$/,
    );
    expect(issues[1]!.expected).toMatch(/: not JSON, line 1, column 14\)$/);
    expect(issues[2]!.expected).toMatch(/: a folder, not a file\)$/);
    const fr = localizeIssues(issues, 'fr').map((i) => i.message);
    expect(fr[0]).toMatch(
      /attendu un fichier de compte JSON, relatif au fichier de cas \(.*\u00a0: fichier introuvable\)/,
    );
    expect(fr[1]).toMatch(/pas du JSON, ligne 1, colonne 14\)/);
  });

  it('lets the file system say why a path cannot be read', async () => {
    await expect(readPolicyCases(join(dir, 'none'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
