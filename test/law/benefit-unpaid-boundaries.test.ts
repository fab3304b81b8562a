/**
 * The day a benefit impayé arises, at the edges: the last day judged, the day the next state
 * begins, and the change of rule on 1 January 2027 (CCH R.824-1 before, R.824-2 from décret
 * 2026-84).
 */
import { describe, expect, it } from 'vitest';
import { voiceOf } from '../../src/i18n';
import { appliedReading, findBenefitUnpaid, legalParameter, type DebtState } from '../../src/law';
import { money } from '../../src/money';

const cost = money('600.00'); // the 2016 rule: 2 × 600 = 1,200 €
const state = (from: string, debt: string, firstDefaultOn: string | null = null): DebtState => ({
  from,
  debt: money(debt),
  firstDefaultOn,
});
const source2016 = legalParameter('benefit_unpaid', '2026-12-31')!.source;
const source2027 = legalParameter('benefit_unpaid', '2027-01-01')!.source;
/** The bases pinned below are the English ones (the `source` of the law table). */
const EN = voiceOf('en');
const episodeStart = appliedReading('benefit_unpaid_time_reading', '2027-01-01')!;

describe('findBenefitUnpaid at the edges', () => {
  // The constitution now names its branch and, for the 2027 time branch only, the reading it
  // rests on (issue [4/8], Part A 1): neither the 2016 rule nor the 450 € branch depends on it.
  it('cites the rule of each regime', () => {
    expect(findBenefitUnpaid([state('2026-06-01', '1200.00')], '2026-07-01', cost, EN)).toEqual({
      on: '2026-06-01',
      regime: 'apl-2016',
      branch: 'two-months-of-housing-cost',
      basis: source2016,
      reading: null,
    });
    expect(findBenefitUnpaid([state('2027-02-01', '450.01')], '2027-03-01', cost, EN)).toEqual({
      on: '2027-02-01',
      regime: 'apl-2027',
      branch: 'debt-above-450',
      basis: source2027,
      reading: null,
    });
  });

  it('judges a state that begins on the last day, and none after it', () => {
    expect(findBenefitUnpaid([state('2027-02-01', '5000.00')], '2027-02-01', cost)?.on).toBe('2027-02-01');
    expect(findBenefitUnpaid([state('2027-02-02', '5000.00')], '2027-02-01', cost)).toBeNull();
  });

  // Rewritten for the reading `episode-start` (issue [4/8], Part A 1): the 3 months run from the
  // first state of the episode (5 January → 5 April), no longer from `firstDefaultOn`; the edges
  // tested are the same, with a next state that clears the debt.
  it('ends a state the day before the next one begins, or on the last day judged', () => {
    // Three months after the episode began is 5 April; the debt is cleared that day.
    expect(
      findBenefitUnpaid([state('2027-01-05', '100.00', '2026-10-10'), state('2027-04-05', '0.00')], '2027-04-05', cost),
    ).toBeNull();
    // Cleared the day after: the impayé arose on 5 April, and ended with the debt.
    expect(
      findBenefitUnpaid([state('2027-01-05', '100.00'), state('2027-04-06', '0.00')], '2027-04-05', cost)?.on,
    ).toBe('2027-04-05');
    expect(
      findBenefitUnpaid([state('2027-01-05', '100.00'), state('2027-04-06', '0.00')], '2027-04-06', cost),
    ).toBeNull();
    // The next state begins after the last day judged: the state runs to that day only.
    expect(
      findBenefitUnpaid([state('2027-01-05', '100.00'), state('2027-04-20', '100.00')], '2027-04-04', cost),
    ).toBeNull();
    expect(
      findBenefitUnpaid([state('2027-01-05', '100.00'), state('2027-04-20', '100.00')], '2027-04-05', cost)?.on,
    ).toBe('2027-04-05');
  });

  it('judges the 2027 rule from 1 January for a state that began in 2026', () => {
    // 500 € is below the 2016 threshold (1,200 €) and above the 2027 one (450 €).
    expect(
      findBenefitUnpaid([state('2026-12-01', '500.00'), state('2027-01-02', '500.00')], '2027-03-01', cost, EN),
    ).toEqual({ on: '2027-01-01', regime: 'apl-2027', branch: 'debt-above-450', basis: source2027, reading: null });
    // 3 months after an episode that began in June: not before the new rule applies. (The episode
    // now begins with the state, issue [4/8] Part A 1; it was a December state whose oldest unpaid
    // item dated from June.)
    expect(findBenefitUnpaid([state('2026-06-01', '300.00')], '2027-02-01', cost, EN)).toEqual({
      on: '2027-01-01',
      regime: 'apl-2027',
      branch: 'three-months-unpaid',
      basis: source2027,
      reading: episodeStart,
    });
  });

  it('never applies the 2016 rule from 1 January 2027', () => {
    expect(findBenefitUnpaid([state('2027-01-01', '1300.00')], '2027-01-31', cost)).toMatchObject({
      on: '2027-01-01',
      regime: 'apl-2027',
    });
  });

  // Was 'needs a first default for the 3-month test': under the reading `episode-start` (issue
  // [4/8], Part A 1) a debt owed is the default, and `firstDefaultOn` is no longer read.
  it('runs the 3 months from the episode, whatever firstDefaultOn says', () => {
    expect(findBenefitUnpaid([state('2027-01-01', '300.00')], '2027-12-31', cost)?.on).toBe('2027-04-01');
    expect(findBenefitUnpaid([state('2027-01-01', '300.00', '2027-03-15')], '2027-12-31', cost)?.on).toBe('2027-04-01');
  });
});
