/**
 * The `compare` report in both languages (issue "[5/8] In French"): the same figures, each in the
 * words and formats of its locale.
 */
import { describe, expect, it } from 'vitest';
import { comparisonText } from '../../src/cli/reports';
import { generateDemoPortfolio } from '../../src/demo';
import { comparePolicies } from '../../src/portfolio';
import { defaultPolicy, loadPolicy } from '../../src/rules';
import { defaultPolicyJson } from '../rules/fixtures';

const asOf = '2026-11-23';

async function comparison() {
  const candidate = defaultPolicyJson();
  candidate.version = 'serious-from-300';
  candidate.parameters.highDebt.value = '300.00';
  return comparePolicies([...generateDemoPortfolio({ count: 80, asOf })], defaultPolicy, loadPolicy(candidate), {
    asOf,
  });
}

describe('the compare report', () => {
  it('in French', async () => {
    const lines = comparisonText(await comparison(), 'fr');
    expect(lines[0]).toBe('Comparaison de politiques au 23/11/2026\u00a0: 80 comptes');
    expect(lines[1]).toBe('Référence\u00a0: default 2024.1   Candidate\u00a0: default serious-from-300');
    expect(lines.some((l) => l.startsWith('Comptes dont la décision change\u00a0: '))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/\d\.\d\d?\s?(€|%)/);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('the same figures in both languages', async () => {
    const r = await comparison();
    const fr = comparisonText(r, 'fr');
    const en = comparisonText(r, 'en');
    expect(fr).toHaveLength(en.length);
    const numbers = (lines: string[]) =>
      lines
        .join(' ')
        // Thousands separators: a narrow no-break space in French, a comma in English.
        .replace(/(?<=\d)[\u202f,](?=\d{3}(?!\d))/g, '')
        .match(/[+-]?\d+/g);
    // The date of the first line is written the locale's way; every other number is the same.
    expect(numbers(fr.slice(1))).toEqual(numbers(en.slice(1)));
  });
});
