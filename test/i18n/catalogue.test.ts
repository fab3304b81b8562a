/**
 * The message catalogue and the formats of each locale (issue "[5/8] In French"): every code has
 * a text in French and in English; amounts, rates, counts and dates follow the locale in prose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  formatCount,
  formatDate,
  formatMoney,
  formatRate,
  LOCALES,
  MESSAGES,
  message,
  parseLocale,
  type MessageCode,
} from '../../src/i18n';
import { ValidationError } from '../../src/errors';

/** Values for any message: every name a text may read, with a recognisable value. */
const SAMPLE = new Proxy({} as Record<string, string | number>, {
  get: (_, name) => (name === 'n' || name === 'rank' || name === 'months' ? 2 : `‹${String(name)}›`),
});

describe('the catalogue', () => {
  it('French first, French by default', () => {
    expect(LOCALES[0]).toBe('fr');
    expect(DEFAULT_LOCALE).toBe('fr');
  });

  it.each(Object.keys(MESSAGES) as MessageCode[])('%s has a text in both languages', (code) => {
    const texts = LOCALES.map((l) => message(code, SAMPLE as never, l));
    for (const text of texts) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|\$\{|NaN|\[object/);
    }
    // Every value the English text says, the French one says too.
    const named = (text: string) => [...text.matchAll(/‹(\w+)›/g)].map((m) => m[1]).sort();
    expect(named(texts[0]!)).toEqual(named(texts[1]!));
  });

  it('French prose puts a no-break space before a colon', () => {
    for (const code of Object.keys(MESSAGES) as MessageCode[]) {
      expect(message(code, SAMPLE as never, 'fr')).not.toMatch(/ :|\S:(?=\s|$)/u);
    }
  });

  it('reads a locale from a language tag, and refuses anything else naming what it expects', () => {
    expect(parseLocale('fr-FR')).toBe('fr');
    expect(parseLocale('EN_gb')).toBe('en');
    expect(() => parseLocale('de')).toThrow(ValidationError);
    expect(() => parseLocale('de')).toThrow(/"fr" \(French, the default\) or "en"/);
  });
});

describe('formats of the prose', () => {
  it.each([
    ['1234.56', '1\u202F234,56\u00A0€', '€1,234.56'],
    ['-1234567.8', '-1\u202F234\u202F567,80\u00A0€', '-€1,234,567.80'],
    ['0', '0,00\u00A0€', '€0.00'],
  ])('money %s', (amount, fr, en) => {
    expect(formatMoney(amount, 'fr')).toBe(fr);
    expect(formatMoney(amount, 'en')).toBe(en);
  });

  it.each([
    ['0.4272', '42,7\u00A0%', '42.7%'],
    ['0.3', '30,0\u00A0%', '30.0%'],
    ['12.3456', '1\u202F234,6\u00A0%', '1,234.6%'],
  ])('rate %s', (rate, fr, en) => {
    expect(formatRate(rate, 'fr')).toBe(fr);
    expect(formatRate(rate, 'en')).toBe(en);
  });

  it('counts and dates', () => {
    expect(formatCount(1234567, 'fr')).toBe('1\u202F234\u202F567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatDate('2026-11-23', 'fr')).toBe('23/11/2026');
    expect(formatDate('2026-02-03', 'en')).toBe('3 Feb 2026');
  });

  it('property: the French and English amounts say the same number', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const amount = `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        const digits = (s: string) => s.replace(/[^\d-]/g, '');
        expect(digits(formatMoney(amount, 'fr'))).toBe(digits(formatMoney(amount, 'en')));
      }),
    );
  });
});
