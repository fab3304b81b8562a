/**
 * `--lang` on the command (issue "[5/8] In French"): the narrative, the reports and the summary in
 * French or English; anything else is a usage error naming the values.
 */
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function cli(...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += String(c);
  });
  stderr.on('data', (c) => {
    err += String(c);
  });
  const code = await main(argv, { stdout, stderr, stdin: undefined } as never);
  return { code, out, err };
}

const account = join(__dirname, '..', '..', 'examples', 'accounts', 'a-1029-two-months-behind.json');

describe('--lang', () => {
  it('explain in French: the narrative in French words and formats', async () => {
    const r = await cli('explain', account, '--as-of', '2026-11-23', '--lang', 'fr');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Compte A-1029 au 23/11/2026 — politique default 2024.1');
    expect(lines[1]).toBe("Niveau d'alerte 3\u00a0: Impayé constitué (au sens de l'aide au logement)");
    expect(lines[2]).toBe('Actions du jour\u00a0:');
    expect(lines[3]).toMatch(/^ {2}1\. .+ \(caf-signal\) — back-office, à la CAF\/MSA, en interne le 23\/11\/2026$/);
    expect(lines).toContain('Pourquoi\u00a0:');
    expect(r.out).toMatch(/Plan d'apurement\u00a0: 11 échéances de 66,79\u00a0€/);
    expect(lines).toContain('Obligations légales\u00a0:');
    expect(r.out).toMatch(/\n {2}01\/10\/2026 {2}caf_signal \(échéance, dépassée\) — /);
  });

  it('explain in French by default', async () => {
    const r = await cli('explain', account, '--as-of', '2026-11-23');
    expect(r.out.split('\n')[1]).toBe("Niveau d'alerte 3\u00a0: Impayé constitué (au sens de l'aide au logement)");
    expect(r.out).toContain('Prochaine étape');
  });

  it('a language the library does not write is a usage error naming the two', async () => {
    const r = await cli('explain', account, '--as-of', '2026-11-23', '--lang', 'de');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang/);
    expect(r.err).toMatch(/fr/);
    expect(r.err).toMatch(/en/);
  });

  it('the demo summary in French', async () => {
    const r = await cli('demo', '--accounts', '30', '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n30 comptes\u00a0: 30 décisions, 0 erreur en \d+,\d\u00a0s\n/);
    expect(r.out).toContain('Niveaux d’alerte\u00a0:');
  });
});

describe('the explain narrative, pinned in both languages', () => {
  it.each(['fr', 'en'])('%s', async (lang) => {
    const r = await cli('explain', account, '--as-of', '2026-11-23', '--lang', lang);
    expect(r.code).toBe(0);
    expect(r.out).toMatchSnapshot();
  });
});
