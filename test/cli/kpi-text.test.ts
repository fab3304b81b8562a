/**
 * The `kpi` report in both languages (issue "[5/8] In French"): the same figures, each in the
 * words and formats of its locale — French prose `1 234,56 €`, `42,7 %`, `23/11/2026`.
 */
import { describe, expect, it } from 'vitest';
import { kpiText } from '../../src/cli/reports';
import { generateDemoPortfolio } from '../../src/demo';
import { portfolioKpis } from '../../src/portfolio';
import { defaultPolicy } from '../../src/rules';

const asOf = '2026-11-23';

async function kpis() {
  return portfolioKpis([...generateDemoPortfolio({ count: 60, asOf })], { policy: defaultPolicy, asOf });
}

describe('the kpi report', () => {
  it('in French', async () => {
    const lines = kpiText(await kpis(), 'fr');
    expect(lines[0]).toMatch(
      /^Indicateurs de recouvrement au 23\/11\/2026, sur les 12 mois depuis le \d\d\/\d\d\/\d{4} \(exclu\)\u00a0: 60 comptes/,
    );
    // No English number format in French prose: no decimal point in an amount or a rate.
    for (const line of lines) expect(line).not.toMatch(/\d\.\d\d?\s?(€|%)/);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('in English', async () => {
    const lines = kpiText(await kpis(), 'en');
    expect(lines[0]).toMatch(/^Recovery indicators as of 2026-11-23/);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('the same figures in both: the same count of lines and of numbers', async () => {
    const k = await kpis();
    const fr = kpiText(k, 'fr');
    const en = kpiText(k, 'en');
    expect(fr).toHaveLength(en.length);
    const numbers = (lines: string[]) => lines.join(' ').match(/\d+/g)!.length;
    expect(numbers(fr)).toBe(numbers(en));
  });
});
