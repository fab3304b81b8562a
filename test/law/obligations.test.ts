import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  OBLIGATION_CODES,
  cafSignalDeadline,
  deadlineStatus,
  gateStatus,
  legalObligations,
  type ObligationCode,
  type ObligationInput,
} from '../../src/law';
import { voiceOf } from '../../src/i18n';
import { dateBetween, zoneArb } from '../calendar/arbitraries';

/** The bases pinned below are the English ones. */
const EN = voiceOf('en');

/** A tenancy in arrears since 5 Jan 2027, lease signed after loi 2023-668, nothing done yet. */
function input(over: Partial<ObligationInput> = {}): ObligationInput {
  return {
    asOf: '2027-03-05',
    zone: 'metropole',
    episodeStart: '2027-01-05',
    lease: { signedOn: '2024-02-01' },
    procedure: {},
    cafSignal: null,
    ...over,
  };
}

/**
 * The obligations without the `winter_truce` line, which every day from 1 November to 31 March
 * adds (CPCE L.412-6, DOMAIN §3) and which is tested on its own below.
 */
const withoutTruce = (i: ObligationInput) => legalObligations(i, EN).filter((o) => o.code !== 'winter_truce');

const rows = (over: Partial<ObligationInput>) =>
  withoutTruce(input(over)).map((o) => [o.code, o.kind, o.date, o.status]);

describe('obligation codes', () => {
  it('lists each code once, human_review included, and is frozen', () => {
    expect(OBLIGATION_CODES).toEqual([
      'caf_signal',
      'ccapex_referral',
      'assignation_earliest',
      'cure_period_end',
      'guarantor_notice',
      'prefect_notice',
      'expulsion_truce',
      'winter_truce',
      'deposit_restitution',
      'payer_plan',
      'fsl_delay',
      'fsl_aid_kept',
      'plan_review',
      'tiers_payant_answer',
      'aid_suspension',
      'human_review',
    ]);
    expect(new Set(OBLIGATION_CODES).size).toBe(OBLIGATION_CODES.length);
    expect(Object.isFrozen(OBLIGATION_CODES)).toBe(true);
  });

  it('derives the ObligationCode type from the list', () => {
    expectTypeOf<ObligationCode>().toEqualTypeOf<(typeof OBLIGATION_CODES)[number]>();
    expectTypeOf<'human_review'>().toMatchTypeOf<ObligationCode>();
    // @ts-expect-error not a code
    const wrong: ObligationCode = 'penalty';
    expect(wrong).toBe('penalty');
  });
});

describe('deadline and gate status', () => {
  it.each([
    ['2027-03-05', '2027-03-04', false, 'upcoming'],
    ['2027-03-05', '2027-03-05', false, 'due'],
    ['2027-03-05', '2027-03-06', false, 'overdue'],
    ['2027-03-05', '2027-03-04', true, 'done'],
    ['2027-03-05', '2027-03-06', true, 'done'],
  ] as const)('a deadline on %s, as of %s, acted on: %s → %s', (date, asOf, done, status) => {
    expect(deadlineStatus(date, asOf, done)).toBe(status);
  });

  it.each([
    ['2027-04-02', '2027-04-01', 'closed'],
    ['2027-04-02', '2027-04-02', 'open'],
    ['2027-04-02', '2027-04-03', 'open'],
  ] as const)('a gate on %s, as of %s → %s', (date, asOf, status) => {
    expect(gateStatus(date, asOf)).toBe(status);
  });
});

describe('CAF signal and CCAPEX referral (CCH R.824-1 to R.824-4; loi 89-462 art. 24 II; CCH R.824-30)', () => {
  const cafSignal = { date: '2027-03-05', basis: 'CCH R.824-1 to R.824-4' };

  it('lists nothing while no impayé is constituted and no act is recorded', () => {
    expect(withoutTruce(input())).toEqual([]);
  });

  // The CAF/MSA signalling is also the CCAPEX referral (CCH R.824-30, DOMAIN §1 and §2): while
  // neither is made, one duty is listed, whose basis says so; the referral is listed once made.
  it('lists one duty, the CAF signalling, whose basis says it also refers the case to the CCAPEX', () => {
    const got = withoutTruce(input({ cafSignal }));
    expect(got).toEqual([
      {
        code: 'caf_signal',
        kind: 'deadline',
        date: '2027-03-05',
        basis: 'CCH R.824-1 to R.824-4; this signalling also refers the case to the CCAPEX (CCH R.824-30)',
        status: 'due',
      },
    ]);
  });

  it('takes the deadline computed by cafSignalDeadline (impayé of 5 Jan 2027 → 5 Mar 2027)', () => {
    expect(rows({ cafSignal: cafSignalDeadline('2027-01-05'), asOf: '2027-03-04' })).toEqual([
      ['caf_signal', 'deadline', '2027-03-05', 'upcoming'],
    ]);
  });

  it('marks both done once signalled, the referral made by the signalling; the assignation gate 2 months later (1 Feb → 2 Apr 2027)', () => {
    const got = withoutTruce(input({ cafSignal, asOf: '2027-03-06', procedure: { cafSignalledOn: '2027-02-01' } }));
    expect(got.map((o) => [o.code, o.kind, o.date, o.status])).toEqual([
      ['caf_signal', 'deadline', '2027-03-05', 'done'],
      ['ccapex_referral', 'deadline', '2027-03-05', 'done'],
      ['assignation_earliest', 'gate', '2027-04-02', 'closed'],
    ]);
    expect(got[0]!.basis).toBe('CCH R.824-1 to R.824-4');
    expect(got[1]!.basis).toBe(
      'loi 89-462 art. 24 II; CCH R.824-30: made by the CAF/MSA signalling on 2027-02-01, which also refers the case to the CCAPEX',
    );
  });

  it('marks only the referral done, made by the landlord, when the CCAPEX was seized directly', () => {
    const got = withoutTruce(input({ cafSignal, asOf: '2027-03-06', procedure: { ccapexReferredOn: '2027-02-01' } }));
    expect(got.map((o) => [o.code, o.kind, o.date, o.status])).toEqual([
      ['caf_signal', 'deadline', '2027-03-05', 'overdue'],
      ['ccapex_referral', 'deadline', '2027-03-05', 'done'],
      ['assignation_earliest', 'gate', '2027-04-02', 'closed'],
    ]);
    expect(got[0]!.basis).toBe('CCH R.824-1 to R.824-4');
    expect(got[1]!.basis).toBe('loi 89-462 art. 24 II: referred to the CCAPEX by the landlord on 2027-02-01');
  });

  it('names the earlier act when both are recorded', () => {
    const both = (cafSignalledOn: string, ccapexReferredOn: string) =>
      withoutTruce(input({ cafSignal, asOf: '2027-03-06', procedure: { cafSignalledOn, ccapexReferredOn } })).find(
        (o) => o.code === 'ccapex_referral',
      )!.basis;
    expect(both('2027-02-01', '2027-02-10')).toMatch(/made by the CAF\/MSA signalling on 2027-02-01/);
    expect(both('2027-02-10', '2027-02-01')).toMatch(/by the landlord on 2027-02-01/);
  });

  it('does not count a signalling of an earlier episode, nor one recorded after asOf', () => {
    // The old signalling still dates the assignation gate: 1 Jun + 2 months ends Sat 1 Aug 2026,
    // rolled to Mon 3 Aug, so allowed from 4 Aug; sorted first.
    const earlier = rows({ cafSignal, asOf: '2027-03-06', procedure: { cafSignalledOn: '2026-06-01' } });
    expect(earlier).toEqual([
      ['assignation_earliest', 'gate', '2026-08-04', 'open'],
      ['caf_signal', 'deadline', '2027-03-05', 'overdue'],
    ]);
    const later = rows({ cafSignal, asOf: '2027-03-06', procedure: { cafSignalledOn: '2027-03-07' } });
    expect(later).toEqual([['caf_signal', 'deadline', '2027-03-05', 'overdue']]);
  });

  it('counts a signalling on the first day of the episode', () => {
    expect(rows({ cafSignal, procedure: { cafSignalledOn: '2027-01-05' } })[0]).toEqual([
      'caf_signal',
      'deadline',
      '2027-03-05',
      'done',
    ]);
  });
});

describe('assignation gate (loi 89-462 art. 24 II; CPC 641, 642)', () => {
  it.each([
    // DESIGN.md: referral 31 Dec 2026 → ends Sun 28 Feb, rolled to Mon 1 Mar → first day 2 Mar 2027.
    ['2026-12-31', 'metropole', '2027-03-02'],
    ['2027-01-02', 'metropole', '2027-03-03'],
    // Ends Fri 26 Mar 2027: a working day in metropole; Good Friday in Alsace-Moselle, then the
    // weekend and Easter Monday, so the delay ends Tue 30 Mar there.
    ['2027-01-26', 'metropole', '2027-03-27'],
    ['2027-01-26', 'alsace-moselle', '2027-03-31'],
  ] as const)('CCAPEX referred %s in %s → assignation allowed from %s', (referred, zone, gate) => {
    const got = withoutTruce(input({ asOf: '2027-02-15', zone, procedure: { ccapexReferredOn: referred } }));
    expect(got).toEqual([
      expect.objectContaining({ code: 'assignation_earliest', kind: 'gate', date: gate, status: 'closed' }),
    ]);
    expect(got[0]!.basis).toMatch(/art\. 24 II/);
  });

  it('counts from the CCAPEX referral rather than the CAF signalling when both are recorded', () => {
    const got = withoutTruce(
      input({ asOf: '2027-03-10', procedure: { cafSignalledOn: '2026-12-31', ccapexReferredOn: '2027-01-02' } }),
    );
    expect(got.map((o) => o.date)).toEqual(['2027-03-03']);
  });

  it('counts an act of an earlier episode: the gate follows the last referral whatever the episode', () => {
    const got = withoutTruce(input({ asOf: '2027-03-10', procedure: { ccapexReferredOn: '2026-06-15' } }));
    expect(got).toEqual([
      expect.objectContaining({ code: 'assignation_earliest', date: '2026-08-18', status: 'open' }),
    ]);
  });

  it('opens on its date', () => {
    expect(rows({ asOf: '2027-03-02', procedure: { ccapexReferredOn: '2026-12-31' } })).toEqual([
      ['assignation_earliest', 'gate', '2027-03-02', 'open'],
    ]);
  });
});

describe('cure period and guarantor (loi 89-462 art. 24 I; loi 2023-668 art. 10; Cass. avis 13 June 2024)', () => {
  const commandement = { commandementOn: '2026-10-15' };

  it.each([
    // A lease signed the day before loi 2023-668 keeps 2 months; the day of, 6 weeks.
    ['2023-07-28', undefined, '2026-12-15'],
    ['2023-07-29', undefined, '2026-11-26'],
    // An older lease's own delay: 3 months → Fri 15 Jan 2027.
    ['2020-01-01', { months: 3 }, '2027-01-15'],
    // A newer lease's written delay is ignored: 6 weeks by law.
    ['2024-01-01', { months: 3 }, '2026-11-26'],
  ])('lease signed %s (written delay %o), commandement 15 Oct 2026 → last day to pay %s', (signedOn, delay, end) => {
    const got = withoutTruce(
      input({ asOf: '2026-11-01', lease: { signedOn, cureDelay: delay }, procedure: commandement }),
    );
    expect(got).toEqual([
      expect.objectContaining({ code: 'cure_period_end', kind: 'deadline', date: end, status: 'upcoming' }),
    ]);
  });

  it('never marks the cure period done: it is the tenant’s delay, and overdue once passed', () => {
    expect(rows({ asOf: '2026-11-27', procedure: commandement })).toEqual([
      ['cure_period_end', 'deadline', '2026-11-26', 'overdue'],
    ]);
  });

  it('ignores a commandement recorded after asOf', () => {
    expect(withoutTruce(input({ asOf: '2026-10-14', procedure: commandement }))).toEqual([]);
  });

  it('asks to notify the guarantor within 15 days (15 Oct → 30 Oct 2026), only when there is one', () => {
    expect(
      rows({ asOf: '2026-10-31', lease: { signedOn: '2024-02-01', guarantor: true }, procedure: commandement }),
    ).toEqual([
      ['guarantor_notice', 'deadline', '2026-10-30', 'overdue'],
      ['cure_period_end', 'deadline', '2026-11-26', 'upcoming'],
    ]);
    expect(
      rows({ asOf: '2026-10-31', lease: { signedOn: '2024-02-01', guarantor: false }, procedure: commandement }),
    ).toEqual([['cure_period_end', 'deadline', '2026-11-26', 'upcoming']]);
    const told = { ...commandement, guarantorNotifiedOn: '2026-10-20' };
    expect(
      rows({ asOf: '2026-10-31', lease: { signedOn: '2024-02-01', guarantor: true }, procedure: told })[0],
    ).toEqual(['guarantor_notice', 'deadline', '2026-10-30', 'done']);
  });
});

describe('prefect notice (loi 89-462 art. 24 III; Cass. avis 6 Nov 2025, n° 25-70018)', () => {
  it('gives the DOMAIN.md example: hearing Mon 1 Dec 2025 → Sun 19 Oct 2025, not rolled', () => {
    expect(rows({ asOf: '2025-10-19', episodeStart: '2025-01-01', procedure: { hearingOn: '2025-12-01' } })).toEqual([
      ['prefect_notice', 'deadline', '2025-10-19', 'due'],
    ]);
  });

  it('counts a hearing set after asOf, and is done once the prefect is notified by asOf', () => {
    const procedure = { hearingOn: '2025-12-01', prefectNotifiedOn: '2025-10-10' };
    expect(rows({ asOf: '2025-10-20', episodeStart: '2025-01-01', procedure })).toEqual([
      ['prefect_notice', 'deadline', '2025-10-19', 'done'],
    ]);
    expect(rows({ asOf: '2025-10-09', episodeStart: '2025-01-01', procedure })).toEqual([
      ['prefect_notice', 'deadline', '2025-10-19', 'upcoming'],
    ]);
  });
});

describe('winter truce on an expulsion (CPCE L.412-1, L.412-6)', () => {
  it.each([
    ['2027-01-30', '2027-04-01'], // earliest expulsion day 31 Mar: in the truce
    ['2027-01-31', null], // earliest expulsion day 1 Apr: after it
  ])('commandement de quitter %s → truce gate %s', (served, gate) => {
    const got = withoutTruce(input({ asOf: '2027-02-01', procedure: { commandementToLeaveOn: served } }));
    expect(got.find((o) => o.code === 'expulsion_truce')?.date ?? null).toBe(gate);
    if (gate !== null)
      expect(got[0]).toMatchObject({ kind: 'gate', status: 'closed', basis: expect.stringMatching(/L\.412-6/) });
  });
});

describe('winter truce while it runs (CPCE L.412-6; DOMAIN §3)', () => {
  it.each([
    // Inside the truce: no expulsion until 31 March, so the gate opens on 1 April.
    ['2026-11-01', '2027-04-01', 'metropole'],
    ['2027-03-31', '2027-04-01', 'metropole'],
    ['2026-12-15', '2027-04-01', 'alsace-moselle'],
    // Overseas: the mainland period, the protective default of winterTruceEnd.
    ['2027-01-10', '2027-04-01', 'reunion'],
  ] as const)('on %s → winter_truce gate closed until %s (%s)', (asOf, date, zone) => {
    const got = legalObligations(input({ asOf, zone, episodeStart: '2026-10-05' }), EN);
    expect(got).toEqual([
      {
        code: 'winter_truce',
        kind: 'gate',
        date,
        basis:
          'CPCE L.412-6 (loi 2014-366 ALUR): no expulsion from 1 November to 31 March: winter truce, no expulsion may take place until ' +
          `${date.slice(0, 4)}-03-31; procedural acts (commandement, assignation, judgment) continue`,
        status: 'closed',
      },
    ]);
  });

  it.each(['2026-10-31', '2027-04-01', '2027-07-14'])('lists no truce on %s, outside it', (asOf) => {
    expect(legalObligations(input({ asOf, episodeStart: '2026-10-05' }))).toEqual([]);
  });

  it('leaves the line out when the expulsion gate already gives the first day after the truce, and leaves that gate as it was', () => {
    const got = legalObligations(input({ asOf: '2027-02-01', procedure: { commandementToLeaveOn: '2027-01-30' } }));
    expect(got.map((o) => [o.code, o.date, o.status])).toEqual([['expulsion_truce', '2027-04-01', 'closed']]);
    const after = legalObligations(input({ asOf: '2027-02-01', procedure: { commandementToLeaveOn: '2027-01-31' } }));
    expect(after.map((o) => [o.code, o.date, o.status])).toEqual([['winter_truce', '2027-04-01', 'closed']]);
  });
});

describe('legalObligations: invariants', () => {
  const day = dateBetween('2020-01-01', '2030-12-31');
  const maybe = fc.option(day, { nil: undefined });
  const inputArb: fc.Arbitrary<ObligationInput> = fc.record({
    asOf: day,
    zone: zoneArb,
    episodeStart: day,
    lease: fc.record({ signedOn: dateBetween('2015-01-01', '2026-12-31'), guarantor: fc.boolean() }),
    procedure: fc.record({
      cafSignalledOn: maybe,
      ccapexReferredOn: maybe,
      commandementOn: maybe,
      guarantorNotifiedOn: maybe,
      hearingOn: maybe,
      prefectNotifiedOn: maybe,
      commandementToLeaveOn: maybe,
    }),
    cafSignal: fc.option(
      day.map((date) => ({ date, basis: 'CCH R.824-1 to R.824-4' })),
      { nil: null },
    ),
  });

  it('lists each code at most once, sorted by date then code, with a status of its kind, never human_review', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const got = legalObligations(i);
        const codes = got.map((o) => o.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(codes).not.toContain('human_review');
        for (let k = 1; k < got.length; k++) {
          const [a, b] = [got[k - 1]!, got[k]!];
          expect(a.date < b.date || (a.date === b.date && a.code < b.code)).toBe(true);
        }
        for (const o of got) {
          expect(OBLIGATION_CODES).toContain(o.code);
          expect(o.kind === 'gate' ? ['closed', 'open'] : ['upcoming', 'due', 'overdue', 'done']).toContain(o.status);
          expect(o.basis.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('gives the same output for the same input and never mutates it', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const copy = structuredClone(i);
        const first = legalObligations(i);
        expect(legalObligations(i)).toEqual(first);
        expect(i).toEqual(copy);
      }),
    );
  });
});
