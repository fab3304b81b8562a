/**
 * The payer's procedure after the signal of a benefit impayé (`payerProcess`, src/law/payer.ts):
 * worked examples of each deadline it produces, the change of regime on 2027-01-01, and the law
 * table rows it reads. Each row cites its source (DOMAIN §1).
 *
 * - Impayés signalled until 2026-12-31: CCH R.824-7 1° (plan within 6 months), R.824-8 (FSL has 3
 *   months after the mise en demeure), R.824-11 (direct FSL referral keeps the aid 6 months),
 *   R.824-9 (plan checked every 6 months), R.824-20 (2 months to answer a tiers-payant offer,
 *   silence is a refusal).
 * - Impayés signalled from 2027-01-01: CCH L.824-2 as amended by loi 2023-668 art. 12, décret
 *   2026-84 (the CCAPEX decides; a suspension takes effect on the 1st of the month after its
 *   notification to the payer). No plan deadline is encoded for this regime.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, isPublicHoliday, rollForward } from '../../src/calendar';
import {
  PAYER_EVENT_KINDS,
  legalParameter,
  payerProcess,
  type PayerEvent,
  type PayerEventKind,
  type PayerInput,
} from '../../src/law';
import { voiceOf } from '../../src/i18n';
import { dateBetween } from '../calendar/arbitraries';
import { runs } from '../runs';

/** The bases pinned below are the English ones. */
const EN = voiceOf('en');

/** An impayé signalled under the 2016 regime, early enough for every example below. */
const SIGNAL_2016 = '2026-01-05';

const ev = (date: string, kind: PayerEventKind): PayerEvent => ({ date, kind });

const run = (asOf: string, events: PayerEvent[], signalledOn: string | null = SIGNAL_2016) =>
  payerProcess({ asOf, signalledOn, events }, EN);

const rows = (asOf: string, events: PayerEvent[], signalledOn: string | null = SIGNAL_2016) =>
  run(asOf, events, signalledOn).obligations.map((o) => [o.code, o.kind, o.date, o.status]);

/** The one obligation of a code, or `undefined`. */
const one = (asOf: string, events: PayerEvent[], code: string, signalledOn: string | null = SIGNAL_2016) =>
  run(asOf, events, signalledOn).obligations.find((o) => o.code === code);

const source = (id: string, on: string) => legalParameter(id, on)!.source;

describe('payer_plan: the plan is sent within 6 months of the request (CCH R.824-7 1°)', () => {
  const asked = [ev('2026-03-10', 'plan-requested')];

  it('is due 6 months after the request, upcoming before, due on the day, overdue after', () => {
    // R.824-7 1°: 10 March + 6 months = 10 September.
    expect(rows('2026-03-10', asked)).toEqual([['payer_plan', 'deadline', '2026-09-10', 'upcoming']]);
    expect(rows('2026-09-09', asked)).toEqual([['payer_plan', 'deadline', '2026-09-10', 'upcoming']]);
    expect(rows('2026-09-10', asked)).toEqual([['payer_plan', 'deadline', '2026-09-10', 'due']]);
    expect(rows('2026-09-11', asked)).toEqual([['payer_plan', 'deadline', '2026-09-10', 'overdue']]);
    // The basis cites R.824-7 1° and the day of the request.
    expect(one('2026-09-11', asked, 'payer_plan')!.basis).toBe(
      `${source('payer_plan_delay', SIGNAL_2016)}; asked on 2026-03-10`,
    );
    expect(one('2026-09-11', asked, 'payer_plan')!.basis).toContain('R.824-7 1°');
  });

  it('is done once the plan is sent on or after the request, not before it', () => {
    // R.824-7 1°: the plan sent answers the request.
    expect(one('2026-09-11', [...asked, ev('2026-05-04', 'plan-sent')], 'payer_plan')!.status).toBe('done');
    // Sent the same day as the request.
    expect(one('2026-09-11', [...asked, ev('2026-03-10', 'plan-sent')], 'payer_plan')!.status).toBe('done');
    // A plan sent the day before the request does not answer it.
    expect(one('2026-09-11', [...asked, ev('2026-03-09', 'plan-sent')], 'payer_plan')!.status).toBe('overdue');
    // A plan sent after asOf is not yet known.
    expect(one('2026-09-09', [...asked, ev('2026-09-10', 'plan-sent')], 'payer_plan')!.status).toBe('upcoming');
  });

  it('runs from the latest request: a plan sent before a second request does not answer it', () => {
    // R.824-7 1°, the payer asking again on 10 March: the delay runs from that request.
    const events = [ev('2026-02-02', 'plan-requested'), ev('2026-02-20', 'plan-sent'), ...asked];
    expect(rows('2026-09-11', events)).toEqual([['payer_plan', 'deadline', '2026-09-10', 'overdue']]);
  });

  it('clamps to the end of the month (CPC 641 al. 2 month rule, as addMonths)', () => {
    // R.824-7 1°: 31 August + 6 months = 28 February 2027 (2027 is not a leap year).
    expect(rows('2026-09-01', [ev('2026-08-31', 'plan-requested')])).toEqual([
      ['payer_plan', 'deadline', '2027-02-28', 'upcoming'],
    ]);
  });

  // The module: « none is moved for a weekend or a public holiday (no text extends it) ». The
  // weekday and the holiday are checked with the calendar, and rollForward shows the day a CPC 642
  // roll would have given: the deadline is not that day.
  describe('is never moved for a weekend or a public holiday (the landlord’s own deadline)', () => {
    const cases: Array<[string, string, string, string]> = [
      // [requested, deadline, what the deadline day is, the day a CPC 642 roll would give]
      ['2026-04-10', '2026-10-10', 'a Saturday', '2026-10-12'],
      ['2026-05-01', '2026-11-01', 'a Sunday and All Saints’ Day', '2026-11-02'],
      ['2026-01-14', '2026-07-14', 'a Tuesday and the Fête nationale', '2026-07-15'],
      ['2026-05-11', '2026-11-11', 'a Wednesday and Armistice Day', '2026-11-12'],
    ];
    it.each(cases)('requested on %s → %s (%s), not %s', (requested, deadline, _what, rolled) => {
      expect(rollForward(deadline, { zone: 'metropole' })).toBe(rolled);
      const events = [ev(requested, 'plan-requested')];
      expect(rows(deadline, events)).toEqual([['payer_plan', 'deadline', deadline, 'due']]);
      // The next business day is already late.
      expect(rows(rolled, events)).toEqual([['payer_plan', 'deadline', deadline, 'overdue']]);
    });

    it('checks the calendar facts the cases rest on', () => {
      expect(dayOfWeek('2026-10-10')).toBe(6);
      expect(isPublicHoliday('2026-10-10', 'metropole')).toBe(false);
      expect(dayOfWeek('2026-11-01')).toBe(7);
      expect(isPublicHoliday('2026-11-01', 'metropole')).toBe(true);
      expect(dayOfWeek('2026-07-14')).toBe(2);
      expect(isPublicHoliday('2026-07-14', 'metropole')).toBe(true);
      expect(dayOfWeek('2026-11-11')).toBe(3);
      expect(isPublicHoliday('2026-11-11', 'metropole')).toBe(true);
    });
  });
});

describe('fsl_delay: the FSL has 3 months after the mise en demeure (CCH R.824-8)', () => {
  const notice = [ev('2026-06-15', 'formal-notice')];

  it('is a gate, closed before the day and open from it', () => {
    // R.824-8: 15 June + 3 months = 15 September, then the default plan of 1/36 may apply.
    expect(rows('2026-06-15', notice)).toEqual([['fsl_delay', 'gate', '2026-09-15', 'closed']]);
    expect(rows('2026-09-14', notice)).toEqual([['fsl_delay', 'gate', '2026-09-15', 'closed']]);
    expect(rows('2026-09-15', notice)).toEqual([['fsl_delay', 'gate', '2026-09-15', 'open']]);
    expect(rows('2027-06-01', notice)).toEqual([['fsl_delay', 'gate', '2026-09-15', 'open']]);
    expect(one('2026-09-15', notice, 'fsl_delay')!.basis).toBe(source('fsl_delay', SIGNAL_2016));
    expect(one('2026-09-15', notice, 'fsl_delay')!.basis).toContain('R.824-8');
  });

  it('clamps to the end of the month and runs from the latest mise en demeure', () => {
    // R.824-8: 30 November + 3 months = 28 February 2027.
    expect(rows('2026-12-01', [ev('2026-11-30', 'formal-notice')])).toEqual([
      ['fsl_delay', 'gate', '2027-02-28', 'closed'],
    ]);
    expect(rows('2026-12-01', [...notice, ev('2026-11-30', 'formal-notice')])).toEqual([
      ['fsl_delay', 'gate', '2027-02-28', 'closed'],
    ]);
  });
});

describe('fsl_aid_kept: a direct FSL referral keeps the aid 6 months (CCH R.824-11)', () => {
  const referral = [ev('2026-04-20', 'fsl-referral')];

  it('is due 6 months after the referral', () => {
    // R.824-11: 20 April + 6 months = 20 October.
    expect(rows('2026-10-19', referral)).toEqual([['fsl_aid_kept', 'deadline', '2026-10-20', 'upcoming']]);
    expect(rows('2026-10-20', referral)).toEqual([['fsl_aid_kept', 'deadline', '2026-10-20', 'due']]);
    expect(rows('2026-10-21', referral)).toEqual([['fsl_aid_kept', 'deadline', '2026-10-20', 'overdue']]);
    expect(one('2026-10-21', referral, 'fsl_aid_kept')!.basis).toBe(source('fsl_direct_aid_kept', SIGNAL_2016));
    expect(one('2026-10-21', referral, 'fsl_aid_kept')!.basis).toContain('R.824-11');
  });

  it('is done once a plan is approved on or after the referral, not before it', () => {
    // R.824-11 / R.824-12: the plan approved within the 6 months avoids the default plan.
    expect(one('2026-10-21', [...referral, ev('2026-07-01', 'plan-approved')], 'fsl_aid_kept')!.status).toBe('done');
    expect(one('2026-10-21', [...referral, ev('2026-04-20', 'plan-approved')], 'fsl_aid_kept')!.status).toBe('done');
    expect(one('2026-10-21', [...referral, ev('2026-04-19', 'plan-approved')], 'fsl_aid_kept')!.status).toBe('overdue');
  });
});

describe('plan_review: an approved plan is checked every 6 months (CCH R.824-9)', () => {
  it('is due 6 months after the approval, clamped to the end of the month, never done', () => {
    // R.824-9: 31 March + 6 months = 30 September.
    const approved = [ev('2026-03-31', 'plan-approved')];
    expect(rows('2026-09-29', approved)).toEqual([['plan_review', 'deadline', '2026-09-30', 'upcoming']]);
    expect(rows('2026-09-30', approved)).toEqual([['plan_review', 'deadline', '2026-09-30', 'due']]);
    expect(rows('2026-10-01', approved)).toEqual([['plan_review', 'deadline', '2026-09-30', 'overdue']]);
    expect(one('2026-10-01', approved, 'plan_review')!.basis).toBe(
      `${source('plan_review_interval', SIGNAL_2016)}; last checked on 2026-03-31`,
    );
  });

  it('then runs from the latest review on or after the approval', () => {
    // R.824-9: reviewed 28 September → next check 28 March 2027.
    const events = [ev('2026-03-31', 'plan-approved'), ev('2026-09-28', 'plan-reviewed')];
    expect(rows('2026-10-01', events)).toEqual([['plan_review', 'deadline', '2027-03-28', 'upcoming']]);
    expect(one('2026-10-01', events, 'plan_review')!.basis).toBe(
      `${source('plan_review_interval', SIGNAL_2016)}; last checked on 2026-09-28`,
    );
    // Reviewed again on 20 March 2027 → 20 September 2027.
    const again = [...events, ev('2027-03-20', 'plan-reviewed')];
    expect(rows('2027-03-21', again)).toEqual([['plan_review', 'deadline', '2027-09-20', 'upcoming']]);
    // A review recorded before the approval (an earlier plan) does not count.
    const earlier = [ev('2026-03-15', 'plan-reviewed'), ev('2026-03-31', 'plan-approved')];
    expect(rows('2026-04-01', earlier)).toEqual([['plan_review', 'deadline', '2026-09-30', 'upcoming']]);
    // A review after asOf is not yet known.
    expect(rows('2026-09-27', events)).toEqual([['plan_review', 'deadline', '2026-09-30', 'upcoming']]);
  });
});

describe('tiers_payant_answer: 2 months to answer a tiers-payant offer, silence is a refusal (CCH R.824-20)', () => {
  const offered = [ev('2026-06-10', 'tiers-payant-offered')];
  const plain = () => source('tiers_payant_answer_delay', SIGNAL_2016);

  it('is upcoming, due, then overdue with a basis saying the offer is deemed refused', () => {
    // R.824-20: 10 June + 2 months = 10 August.
    expect(rows('2026-08-09', offered)).toEqual([['tiers_payant_answer', 'deadline', '2026-08-10', 'upcoming']]);
    expect(one('2026-08-09', offered, 'tiers_payant_answer')!.basis).toBe(plain());
    expect(rows('2026-08-10', offered)).toEqual([['tiers_payant_answer', 'deadline', '2026-08-10', 'due']]);
    expect(one('2026-08-10', offered, 'tiers_payant_answer')!.basis).toBe(plain());
    expect(rows('2026-08-11', offered)).toEqual([['tiers_payant_answer', 'deadline', '2026-08-10', 'overdue']]);
    expect(one('2026-08-11', offered, 'tiers_payant_answer')!.basis).toBe(
      `${plain()}: no answer, the offer is deemed refused`,
    );
    expect(plain()).toContain('R.824-20');
  });

  it('is done once answered on or after the offer, with the plain basis', () => {
    const answered = [...offered, ev('2026-07-01', 'tiers-payant-answered')];
    expect(rows('2026-09-01', answered)).toEqual([['tiers_payant_answer', 'deadline', '2026-08-10', 'done']]);
    expect(one('2026-09-01', answered, 'tiers_payant_answer')!.basis).toBe(plain());
    // An answer to an earlier offer does not answer this one.
    const stale = [ev('2026-05-01', 'tiers-payant-answered'), ...offered];
    expect(one('2026-09-01', stale, 'tiers_payant_answer')!.status).toBe('overdue');
  });

  it('clamps an offer of 31 December to 28 February, not moved though a Sunday', () => {
    // R.824-20: 31 December 2026 + 2 months = 28 February 2027, a Sunday; still the deadline.
    const dec31 = [ev('2026-12-31', 'tiers-payant-offered')];
    expect(dayOfWeek('2027-02-28')).toBe(7);
    expect(rows('2027-02-27', dec31)).toEqual([['tiers_payant_answer', 'deadline', '2027-02-28', 'upcoming']]);
    expect(rows('2027-02-28', dec31)).toEqual([['tiers_payant_answer', 'deadline', '2027-02-28', 'due']]);
    expect(rows('2027-03-01', dec31)).toEqual([['tiers_payant_answer', 'deadline', '2027-02-28', 'overdue']]);
    expect(one('2027-03-01', dec31, 'tiers_payant_answer')!.basis).toContain('deemed refused');
  });
});

describe('the payer’s aid decision under the 2016 regime (CCH R.824-28)', () => {
  it('reads the latest of aid-kept and aid-suspended, and opens no obligation', () => {
    const suspended = run('2026-06-01', [ev('2026-05-01', 'aid-suspended')]);
    expect([suspended.aid, suspended.aidSuspendedFrom, suspended.obligations]).toEqual(['suspended', '2026-05-01', []]);
    const kept = run('2026-06-01', [ev('2026-05-01', 'aid-suspended'), ev('2026-05-20', 'aid-kept')]);
    expect([kept.aid, kept.aidSuspendedFrom]).toEqual(['kept', null]);
    expect(run('2026-06-01', []).aid).toBe('unknown');
    // A CCAPEX decision is a 2027-regime event: under the 2016 regime it decides nothing.
    const ccapex = run('2026-06-01', [ev('2026-05-01', 'ccapex-suspended')]);
    expect([ccapex.aid, ccapex.aidSuspendedFrom, ccapex.obligations]).toEqual(['unknown', null, []]);
  });
});

describe('across the change of regime on 2027-01-01 (CCH L.824-2 as amended by loi 2023-668; décret 2026-84)', () => {
  const events2027 = [
    ev('2027-01-04', 'plan-requested'),
    ev('2027-01-15', 'fsl-referral'),
    ev('2027-01-29', 'tiers-payant-offered'),
    ev('2027-02-01', 'formal-notice'),
    ev('2027-03-01', 'plan-approved'),
  ];

  it('keeps the 2016 deadlines for an impayé signalled on 2026-12-31, events in 2027 included', () => {
    // The regime is the one in force on the day of the signal (DOMAIN §1): R.824-7 to R.824-20.
    const got = run('2027-04-01', events2027, '2026-12-31');
    expect(got.regime).toBe('apl-2016');
    expect(got.obligations.map((o) => [o.code, o.kind, o.date, o.status])).toEqual([
      ['tiers_payant_answer', 'deadline', '2027-03-29', 'overdue'], // R.824-20, deemed refused
      ['fsl_delay', 'gate', '2027-05-01', 'closed'], // R.824-8, a Saturday and 1 May: not moved
      ['payer_plan', 'deadline', '2027-07-04', 'upcoming'], // R.824-7 1°, a Sunday: not moved
      ['fsl_aid_kept', 'deadline', '2027-07-15', 'done'], // R.824-11, plan approved on 1 March
      ['plan_review', 'deadline', '2027-09-01', 'upcoming'], // R.824-9
    ]);
    expect(dayOfWeek('2027-05-01')).toBe(6);
    expect(isPublicHoliday('2027-05-01', 'metropole')).toBe(true);
    expect(dayOfWeek('2027-07-04')).toBe(7);
    // The bases are the 2016 versions, although every event is in 2027.
    for (const o of got.obligations) expect(o.basis).toContain('impayés signalled until 2026-12-31');
  });

  it('gives none of them for an impayé signalled on 2027-01-01: no deadline is invented', () => {
    // DOMAIN §1: the plan deadlines of the 2027 regime were not found; none is encoded.
    const got = run('2027-04-01', events2027, '2027-01-01');
    expect(got.regime).toBe('apl-2027');
    expect(got.obligations).toEqual([]);
    expect([got.aid, got.aidSuspendedFrom]).toEqual(['unknown', null]);
    // The events are still read.
    expect(got.last).toEqual({
      'plan-requested': '2027-01-04',
      'fsl-referral': '2027-01-15',
      'tiers-payant-offered': '2027-01-29',
      'formal-notice': '2027-02-01',
      'plan-approved': '2027-03-01',
    });
    // Nor does a payer's own aid decision of the 2016 kind decide anything any more.
    expect(run('2027-04-01', [ev('2027-02-01', 'aid-suspended')], '2027-01-01').aid).toBe('unknown');
  });

  describe('aid_suspension: a CCAPEX suspension takes effect on the 1st of the next month', () => {
    const suspension = (on: string) => [ev(on, 'ccapex-suspended')];
    const basis = (on: string) => `${source('aid_suspension_effect', '2027-01-01')}; notified to the payer on ${on}`;

    it('notified on 2027-03-15: closed on 2027-03-31 with the aid kept, open from 2027-04-01 suspended', () => {
      // L.824-2 (LEGIARTI000053470490): 1st day of the month after the notification.
      const before = run('2027-03-31', suspension('2027-03-15'), '2027-01-10');
      expect(before.regime).toBe('apl-2027');
      expect(before.obligations).toEqual([
        { code: 'aid_suspension', kind: 'gate', date: '2027-04-01', basis: basis('2027-03-15'), status: 'closed' },
      ]);
      expect([before.aid, before.aidSuspendedFrom]).toEqual(['kept', '2027-04-01']);
      const on = run('2027-04-01', suspension('2027-03-15'), '2027-01-10');
      expect(on.obligations.map((o) => [o.code, o.date, o.status])).toEqual([['aid_suspension', '2027-04-01', 'open']]);
      expect([on.aid, on.aidSuspendedFrom]).toEqual(['suspended', '2027-04-01']);
      const later = run('2027-06-01', suspension('2027-03-15'), '2027-01-10');
      expect([later.aid, later.obligations[0]!.status]).toEqual(['suspended', 'open']);
      expect(basis('2027-03-15')).toContain('L.824-2');
    });

    it.each([
      ['2027-01-01', '2027-02-01'],
      ['2027-03-15', '2027-04-01'],
      ['2027-03-31', '2027-04-01'],
      ['2027-12-15', '2028-01-01'],
      ['2027-12-31', '2028-01-01'],
    ])('notified on %s → effective %s', (notified, effective) => {
      // L.824-2: the 1st of the month after the notification, across a year end too.
      const got = run('2028-06-01', suspension(notified), '2027-01-01');
      expect(got.obligations.map((o) => [o.code, o.kind, o.date, o.status])).toEqual([
        ['aid_suspension', 'gate', effective, 'open'],
      ]);
      expect(got.aidSuspendedFrom).toBe(effective);
    });

    it('a ccapex-kept after the suspension keeps the aid; one before it does not', () => {
      // L.824-2: the CCAPEX's latest decision stands.
      const kept = run('2027-06-01', [...suspension('2027-03-15'), ev('2027-05-10', 'ccapex-kept')], '2027-01-10');
      expect([kept.aid, kept.aidSuspendedFrom, kept.obligations]).toEqual(['kept', null, []]);
      const suspended = run('2027-06-01', [ev('2027-02-10', 'ccapex-kept'), ...suspension('2027-03-15')], '2027-01-10');
      expect([suspended.aid, suspended.aidSuspendedFrom]).toEqual(['suspended', '2027-04-01']);
      expect(run('2027-06-01', [ev('2027-02-10', 'ccapex-kept')], '2027-01-10').aid).toBe('kept');
    });
  });
});

describe('which events and signals count', () => {
  it('ignores events before the signal and after asOf, and reads those on either day', () => {
    // The delays run from events of the procedure opened by this signal (R.824-7), known on asOf.
    const events = [
      ev('2026-01-04', 'plan-requested'), // the day before the signal: an earlier procedure
      ev('2026-01-05', 'formal-notice'), // the day of the signal
      ev('2026-03-01', 'tiers-payant-offered'), // asOf
      ev('2026-03-02', 'fsl-referral'), // the day after asOf
    ];
    const got = run('2026-03-01', events);
    expect(got.last).toEqual({ 'formal-notice': '2026-01-05', 'tiers-payant-offered': '2026-03-01' });
    expect(got.obligations.map((o) => [o.code, o.date, o.status])).toEqual([
      ['fsl_delay', '2026-04-05', 'closed'],
      ['tiers_payant_answer', '2026-05-01', 'upcoming'],
    ]);
    // Only events before the signal: nothing.
    expect(run('2026-03-01', [ev('2025-12-01', 'plan-requested')]).obligations).toEqual([]);
  });

  it('gives no regime and no obligation without a signal, or with a signal after asOf', () => {
    const events = [ev('2026-03-10', 'plan-requested'), ev('2027-03-15', 'ccapex-suspended')];
    const none = { regime: null, last: {}, aid: 'unknown', aidSuspendedFrom: null, obligations: [] };
    expect(run('2027-06-01', events, null)).toEqual(none);
    expect(run('2026-12-30', events, '2026-12-31')).toEqual(none);
    expect(run('2027-03-31', events, '2027-04-01')).toEqual(none);
    // A signal on asOf counts.
    expect(run('2026-12-31', [], '2026-12-31').regime).toBe('apl-2016');
  });

  it('keeps the 2016 deadlines for a signal before the first version of the table (2016-09-01)', () => {
    // benefitUnpaidRegime judges any day before 2027-01-01 'apl-2016'; the table's first version
    // applies before its start, as for cafSignalDeadline. This used to throw "law table: no
    // payer_plan_delay on 2016-03-01".
    const got = run('2016-06-01', [ev('2016-04-01', 'plan-requested')], '2016-03-01');
    expect(got.regime).toBe('apl-2016');
    expect(got.obligations.map((o) => [o.code, o.date, o.status, o.basis])).toEqual([
      ['payer_plan', '2016-10-01', 'upcoming', `${source('payer_plan_delay', '2016-09-01')}; asked on 2016-04-01`],
    ]);
  });

  it('sorts obligations on the same day by code', () => {
    // R.824-7 1° (10 March + 6 months) and R.824-8 (10 June + 3 months) both end on 10 September;
    // R.824-20 (10 July + 2 months) on the same day too.
    const events = [
      ev('2026-03-10', 'plan-requested'),
      ev('2026-07-10', 'tiers-payant-offered'),
      ev('2026-06-10', 'formal-notice'),
    ];
    expect(rows('2026-08-01', events)).toEqual([
      ['fsl_delay', 'gate', '2026-09-10', 'closed'],
      ['payer_plan', 'deadline', '2026-09-10', 'upcoming'],
      ['tiers_payant_answer', 'deadline', '2026-09-10', 'upcoming'],
    ]);
  });

  it('does not mutate its input and accepts events in any order', () => {
    const events = [ev('2026-06-15', 'formal-notice'), ev('2026-03-10', 'plan-requested')];
    const input: PayerInput = { asOf: '2026-07-01', signalledOn: SIGNAL_2016, events };
    const copy = structuredClone(input);
    const got = payerProcess(input);
    expect(input).toEqual(copy);
    expect(payerProcess({ ...input, events: [...events].reverse() })).toEqual(got);
  });
});

describe('the law table rows of the payer’s procedure (clock: signal)', () => {
  // payer-parameters.ts: the 2016 rows are valid [2016-09-01, 2027-01-01), the 2027 row from 2027-01-01.
  const rows2016: Array<[string, unknown, string]> = [
    ['payer_plan_delay', { months: 6 }, 'R.824-7 1°'],
    ['fsl_delay', { months: 3 }, 'R.824-8'],
    ['fsl_direct_aid_kept', { months: 6 }, 'R.824-11'],
    ['plan_review_interval', { months: 6 }, 'R.824-9'],
    ['tiers_payant_answer_delay', { months: 2 }, 'R.824-20'],
  ];

  it.each(rows2016)('%s is in force for signals until 2026-12-31, not from 2027-01-01', (id, value, article) => {
    for (const on of ['2016-09-01', '2026-12-31']) {
      const p = legalParameter(id, on);
      expect(p?.value).toEqual(value);
      expect(p?.clock).toBe('signal');
      expect(p?.source).toContain(article);
    }
    expect(legalParameter(id, '2027-01-01')).toBeUndefined();
    expect(legalParameter(id, '2030-01-01')).toBeUndefined();
  });

  it('aid_suspension_effect is in force for signals from 2027-01-01, not until 2026-12-31', () => {
    const p = legalParameter('aid_suspension_effect', '2027-01-01');
    expect(p?.value).toEqual({ rule: 'first-day-of-next-month' });
    expect(p?.clock).toBe('signal');
    expect(p?.source).toContain('L.824-2');
    expect(legalParameter('aid_suspension_effect', '2040-01-01')).toBe(p);
    expect(legalParameter('aid_suspension_effect', '2026-12-31')).toBeUndefined();
  });
});

describe('payerProcess under the 2016 regime: property', () => {
  // Written out here, not read from the module: the kind of the latest event each code runs from,
  // and its delay in months (R.824-7 1°, R.824-8, R.824-11, R.824-9, R.824-20).
  const RULES: Array<[code: string, kind: PayerEventKind, months: number, gate: boolean]> = [
    ['payer_plan', 'plan-requested', 6, false],
    ['fsl_delay', 'formal-notice', 3, true],
    ['fsl_aid_kept', 'fsl-referral', 6, false],
    ['plan_review', 'plan-approved', 6, false],
    ['tiers_payant_answer', 'tiers-payant-offered', 2, false],
  ];
  /** What marks each deadline done, on or after the event it runs from. */
  const DONE_BY: Partial<Record<string, PayerEventKind>> = {
    payer_plan: 'plan-sent',
    fsl_aid_kept: 'plan-approved',
    tiers_payant_answer: 'tiers-payant-answered',
  };

  /** `iso` + `n` months with Date.UTC, the day clamped to the last day of the target month. */
  function plusMonths(iso: string, n: number): string {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m - 1 + n, Math.min(d, lastDay))).toISOString().slice(0, 10);
  }

  it('checks its oracle on the month ends', () => {
    expect(plusMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(plusMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(plusMonths('2026-03-31', 6)).toBe('2026-09-30');
    expect(plusMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  const inputArb = fc
    .record({
      signalledOn: dateBetween('2016-09-01', '2026-12-31'),
      asOfOffset: fc.integer({ min: -30, max: 1500 }),
      events: fc.array(
        fc.record({ offset: fc.integer({ min: -60, max: 1500 }), kind: fc.constantFrom(...PAYER_EVENT_KINDS) }),
        { maxLength: 25 },
      ),
    })
    .map(({ signalledOn, asOfOffset, events }): PayerInput => {
      const shift = (n: number) =>
        new Date(Date.parse(`${signalledOn}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      return {
        signalledOn,
        asOf: shift(asOfOffset),
        events: events.map((e) => ({ date: shift(e.offset), kind: e.kind })),
      };
    });

  it('dates each obligation at the latest event of its kind plus its delay, sorted by date then code', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { asOf, signalledOn } = input;
        const got = payerProcess(input);
        if (signalledOn! > asOf) {
          expect(got.regime).toBeNull();
          expect(got.obligations).toEqual([]);
          return;
        }
        expect(got.regime).toBe('apl-2016');
        const latest = (kind: PayerEventKind): string | undefined =>
          input.events
            .filter((e) => e.kind === kind && e.date >= signalledOn! && e.date <= asOf)
            .map((e) => e.date)
            .sort()
            .at(-1);
        const expected: Array<[string, string, string, string]> = [];
        for (const [code, kind, months, gate] of RULES) {
          let from = latest(kind);
          if (from === undefined) continue;
          if (code === 'plan_review') {
            const reviewed = latest('plan-reviewed');
            if (reviewed !== undefined && reviewed >= from) from = reviewed;
          }
          const date = plusMonths(from, months);
          const doneKind = DONE_BY[code];
          const doneOn = doneKind === undefined ? undefined : latest(doneKind);
          const status = gate
            ? asOf < date
              ? 'closed'
              : 'open'
            : doneOn !== undefined && doneOn >= latest(kind)!
              ? 'done'
              : asOf < date
                ? 'upcoming'
                : asOf === date
                  ? 'due'
                  : 'overdue';
          expected.push([code, gate ? 'gate' : 'deadline', date, status]);
        }
        const actual = got.obligations.map((o) => [o.code, o.kind, o.date, o.status]);
        expect([...actual].sort()).toEqual([...expected].sort());
        // Sorted by date, then code.
        for (let k = 1; k < got.obligations.length; k++) {
          const [a, b] = [got.obligations[k - 1]!, got.obligations[k]!];
          expect(a.date < b.date || (a.date === b.date && a.code < b.code)).toBe(true);
        }
        // Never a 2027 obligation under the 2016 regime.
        expect(got.obligations.map((o) => o.code)).not.toContain('aid_suspension');
      }),
      { numRuns: runs(1000, 300) },
    );
  });
});
