/**
 * The return of the dépôt de garantie to a departed tenant (loi 89-462 art. 22, as amended by loi
 * 2014-366 ALUR from 2014-03-27): its dated parameter, its deadline, and the obligations of a
 * departed tenant, which replace the procedure against a sitting tenant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  depositRestitutionDeadline,
  legalObligations,
  legalParameter,
  type DepartureTerms,
  type ObligationInput,
} from '../../src/law';
import { voiceOf } from '../../src/i18n';
import { dateBetween, zoneArb } from '../calendar/arbitraries';

/** The bases pinned below are the English ones. */
const EN = voiceOf('en');

describe('the restitution delay, a dated parameter (loi 89-462 art. 22)', () => {
  it('is 1 month when the inventories match, 2 otherwise, since loi ALUR (2014-03-27)', () => {
    const p = legalParameter('deposit_restitution_delay', '2014-03-27')!;
    expect(p.value).toEqual({ inventoryMatches: { months: 1 }, otherwise: { months: 2 } });
    expect(p.source).toMatch(/^loi 89-462 art\. 22 as amended by loi 2014-366 \(ALUR\)/);
    expect(p.validTo).toBeUndefined();
  });

  it('was 2 months in every case before', () => {
    const p = legalParameter('deposit_restitution_delay', '2014-03-26')!;
    expect(p.value).toEqual({ inventoryMatches: { months: 2 }, otherwise: { months: 2 } });
    expect(p.source).toMatch(/^loi 89-462 art\. 22 before loi 2014-366/);
    expect(p.validTo).toBe('2014-03-27');
  });

  it('is frozen', () => {
    const p = legalParameter<{ inventoryMatches: object }>('deposit_restitution_delay', '2026-01-01')!;
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.value)).toBe(true);
    expect(Object.isFrozen(p.value.inventoryMatches)).toBe(true);
  });
});

describe('depositRestitutionDeadline: calendar months from the keys, never rolled', () => {
  it.each([
    // The worked examples of the brief: keys returned on Tue 15 Sep 2026.
    ['2026-09-15', true, '2026-10-15', 1],
    // Sun 15 Nov 2026: not moved to Monday (not a procedural delay, CPC 642 does not apply).
    ['2026-09-15', false, '2026-11-15', 2],
    // End of month (CPC 641 al. 2 counting): February has no 31st, so its last day.
    ['2026-01-31', true, '2026-02-28', 1],
    ['2028-01-31', true, '2028-02-29', 1],
    ['2026-01-31', false, '2026-03-31', 2],
    ['2026-12-31', false, '2027-02-28', 2],
    // Ends on Christmas Day, a public holiday: not moved either.
    ['2026-11-25', true, '2026-12-25', 1],
    // Before loi ALUR: 2 months, whatever the inventory.
    ['2014-03-26', true, '2014-05-26', 2],
    ['2014-03-27', true, '2014-04-27', 1],
    ['2000-06-30', true, '2000-08-30', 2],
  ] as const)('keys returned %s, inventories matching: %s → %s (%i month(s))', (keys, matches, last, months) => {
    const d = depositRestitutionDeadline(keys, matches, EN);
    expect(d.date).toBe(last);
    expect(d.period).toEqual({ months });
    expect(d.basis).toMatch(
      new RegExp(`^loi 89-462 art\\. 22: ${months} months? from the return of the keys on ${keys}`),
    );
  });

  it('says why the delay is 1 or 2 months', () => {
    expect(depositRestitutionDeadline('2026-09-15', true, EN).basis).toMatch(
      /1 month .*the exit inventory matching the entry one/,
    );
    expect(depositRestitutionDeadline('2026-09-15', false, EN).basis).toMatch(
      /2 months .*the exit inventory not recorded as matching the entry one/,
    );
    expect(depositRestitutionDeadline('2014-03-26', true, EN).basis).toMatch(
      /2 months .*whatever the exit inventory \(before loi 2014-366 ALUR\)/,
    );
  });

  it('never ends before the keys, nor later than 2 months after them', () => {
    fc.assert(
      fc.property(dateBetween('1990-01-01', '2150-12-31'), fc.boolean(), (keys, matches) => {
        const { date } = depositRestitutionDeadline(keys, matches);
        expect(date > keys).toBe(true);
        expect(date <= depositRestitutionDeadline(keys, false).date).toBe(true);
      }),
    );
  });
});

/** A departed tenant, keys returned on 15 Sep 2026 with matching inventories, a deposit held and a debt. */
const departure = (over: Partial<DepartureTerms> = {}): DepartureTerms => ({
  endedOn: '2026-09-15',
  exitInventoryMatchesEntry: true,
  securityDeposit: '450.00',
  arrears: '1200.00',
  ...over,
});

/**
 * Everything a sitting tenant's procedure would list: a CAF impayé, a CAF signalling, a
 * commandement with a guarantor, a hearing, a commandement de quitter les lieux (its earliest
 * expulsion day, 2 Nov 2026, in the winter truce), on a day in the winter truce.
 */
function fullProcedure(over: Partial<ObligationInput> = {}): ObligationInput {
  return {
    asOf: '2026-12-01',
    zone: 'metropole',
    episodeStart: '2026-05-05',
    lease: { signedOn: '2024-02-01', guarantor: true },
    procedure: {
      cafSignalledOn: '2026-08-01',
      ccapexReferredOn: '2026-08-02',
      commandementOn: '2026-08-20',
      hearingOn: '2027-01-15',
      commandementToLeaveOn: '2026-09-01',
    },
    cafSignal: { date: '2026-09-05', basis: 'CCH R.824-1 to R.824-4' },
    ...over,
  };
}

const rows = (i: ObligationInput) => legalObligations(i).map((o) => [o.code, o.kind, o.date, o.status]);

describe('legalObligations of a departed tenant (loi 89-462 art. 22)', () => {
  // The expulsion_truce gate stands in for winter_truce when both give 1 April: two commandements
  // de quitter les lieux show each.
  const toLeave = (commandementToLeaveOn: string) => ({
    procedure: { ...fullProcedure().procedure, commandementToLeaveOn },
  });

  it('lists every duty of the procedure while the tenant is in the home', () => {
    const common = ['caf_signal', 'ccapex_referral', 'assignation_earliest', 'cure_period_end', 'guarantor_notice'];
    expect(legalObligations(fullProcedure()).map((o) => o.code)).toEqual(
      expect.arrayContaining([...common, 'prefect_notice', 'expulsion_truce']),
    );
    expect(legalObligations(fullProcedure(toLeave('2026-06-01'))).map((o) => o.code)).toEqual(
      expect.arrayContaining([...common, 'prefect_notice', 'winter_truce']),
    );
  });

  it('lists only deposit_restitution once the tenant has left: no CAF signal, CCAPEX, assignation, commandement, prefect, truce', () => {
    expect(legalObligations(fullProcedure({ ...toLeave('2026-06-01'), departure: departure() }))).toEqual(
      legalObligations(fullProcedure({ departure: departure() })),
    );
    const got = legalObligations(fullProcedure({ departure: departure() }), EN);
    expect(got).toEqual([
      {
        code: 'deposit_restitution',
        kind: 'deadline',
        date: '2026-10-15',
        basis:
          'loi 89-462 art. 22: 1 month from the return of the keys on 2026-09-15, the exit inventory matching the entry one (loi 2014-366 ALUR); the balance of the dépôt de garantie is returned, or offset against the debt in the final statement',
        status: 'overdue',
      },
    ]);
  });

  it('gives 2 months when the inventories differ or are not known to match', () => {
    for (const exitInventoryMatchesEntry of [false, undefined]) {
      expect(rows(fullProcedure({ departure: departure({ exitInventoryMatchesEntry }) }))).toEqual([
        ['deposit_restitution', 'deadline', '2026-11-15', 'overdue'],
      ]);
    }
  });

  it.each([
    ['2026-10-14', 'upcoming'],
    ['2026-10-15', 'due'],
    ['2026-10-16', 'overdue'],
  ] as const)('as of %s, not yet sent: %s', (asOf, status) => {
    expect(rows(fullProcedure({ asOf, departure: departure() }))).toEqual([
      ['deposit_restitution', 'deadline', '2026-10-15', status],
    ]);
  });

  it('is done once the final statement is recorded, on or after the keys and on or before asOf', () => {
    const sent = (finalStatementOn: string, asOf = '2026-12-01') =>
      rows(
        fullProcedure({ asOf, procedure: { ...fullProcedure().procedure, finalStatementOn }, departure: departure() }),
      )[0]![3];
    expect(sent('2026-10-01')).toBe('done');
    expect(sent('2026-09-15')).toBe('done');
    // Sent after the deadline: done, the act is recorded.
    expect(sent('2026-11-20')).toBe('done');
    // A statement before the keys were returned cannot settle the exit.
    expect(sent('2026-09-14')).toBe('overdue');
    // Recorded after asOf: not yet.
    expect(sent('2026-10-10', '2026-10-05')).toBe('upcoming');
  });

  it.each([
    ['a deposit and a debt', '450.00', '1200.00', true],
    ['a deposit, nothing owed: it is returned', '450.00', '0.00', true],
    ['no deposit, a debt: the final statement is due anyway', '0.00', '300.00', true],
    ['neither: nothing to settle', '0.00', '0.00', false],
  ])('with %s, listed: %s', (_name, securityDeposit, arrears, listed) => {
    expect(rows(fullProcedure({ departure: departure({ securityDeposit, arrears }) })).length).toBe(listed ? 1 : 0);
  });

  it('ignores a departure after asOf: the tenant is still in the home', () => {
    const later = fullProcedure({ departure: departure({ endedOn: '2026-12-02' }) });
    expect(legalObligations(later)).toEqual(legalObligations(fullProcedure()));
    expect(legalObligations(fullProcedure({ departure: null }))).toEqual(legalObligations(fullProcedure()));
  });

  it('never lists anything but deposit_restitution for a departed tenant, whatever the procedure', () => {
    const day = dateBetween('2025-01-01', '2028-12-31');
    const maybe = fc.option(day, { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          asOf: day,
          zone: zoneArb,
          endedOnBack: fc.integer({ min: 0, max: 400 }),
          matches: fc.boolean(),
          securityDeposit: fc.constantFrom('0.00', '0.01', '450.00'),
          arrears: fc.constantFrom('0.00', '12.50', '1200.00'),
          procedure: fc.record({
            cafSignalledOn: maybe,
            ccapexReferredOn: maybe,
            commandementOn: maybe,
            hearingOn: maybe,
            commandementToLeaveOn: maybe,
            finalStatementOn: maybe,
          }),
          caf: fc.boolean(),
        }),
        (r) => {
          const endedOn = new Date(Date.parse(`${r.asOf}T00:00:00Z`) - r.endedOnBack * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const got = legalObligations({
            asOf: r.asOf,
            zone: r.zone,
            episodeStart: '2024-06-01',
            lease: { signedOn: '2020-01-01', guarantor: true },
            procedure: r.procedure,
            cafSignal: r.caf ? { date: '2025-03-01', basis: 'CCH R.824-1' } : null,
            departure: {
              endedOn,
              exitInventoryMatchesEntry: r.matches,
              securityDeposit: r.securityDeposit,
              arrears: r.arrears,
            },
          });
          expect(got.every((o) => o.code === 'deposit_restitution')).toBe(true);
          expect(got.length).toBe(r.securityDeposit === '0.00' && r.arrears === '0.00' ? 0 : 1);
        },
      ),
    );
  });
});
