/**
 * The summary of a run in both languages (issue "[5/8] In French"): the same counts, in the
 * words and formats of the locale.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { errorRecordsNote, printSummary } from '../../src/cli/output';
import type { PortfolioSummary } from '../../src/portfolio';

const SUMMARY: PortfolioSummary = {
  accounts: 12_345,
  decisions: 12_344,
  errors: 1,
  byLevel: { '0 none': 10_000, '1 watch': 2_344 },
  byNextStep: { '(none)': 10_000, reminder: 2_344 },
  byAction: { 'caf-signal': 3, reminder: 2_344 },
  byChannel: { sms: 1_200, letter: 1_144 },
  awaitingApproval: 3,
  obligationsDue: 2,
  obligationsOverdue: 1,
} as unknown as PortfolioSummary;

function text(locale: 'fr' | 'en'): string {
  const out = new PassThrough();
  let written = '';
  out.on('data', (chunk) => {
    written += String(chunk);
  });
  printSummary(out, SUMMARY, 2.25, locale);
  return written;
}

describe('the summary of a run', () => {
  it('in French', () => {
    const lines = text('fr').split('\n');
    expect(lines[0]).toBe('12\u202F345 comptes\u00a0: 12\u202F344 décisions, 1 erreur en 2,3\u00a0s');
    expect(lines).toContain('Niveaux d’alerte\u00a0:');
    expect(lines).toContain(`  ${'1 watch'.padEnd(8)}  ${'2344'.padStart(8)}   19,0\u00a0%`);
    expect(lines.at(-2)).toBe(errorRecordsNote(1, 12_345, 'fr'));
    expect(lines.at(-2)).toMatch(/^1 enregistrement sur 12\u202F345 est une erreur/);
    expect(lines).toContain('Actions du jour\u00a0:');
    expect(lines).toContain(`  ${'caf-signal'.padEnd(10)}  ${'3'.padStart(8)}    0,0\u00a0%`);
  });

  it('in English, as before', () => {
    const lines = text('en').split('\n');
    expect(lines[0]).toBe('12345 accounts: 12344 decisions, 1 errors in 2.3 s');
    expect(lines).toContain(`  ${'1 watch'.padEnd(8)}  ${'2344'.padStart(8)}   19.0 %`);
  });
});
