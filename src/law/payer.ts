/**
 * What follows the signal of a benefit impayé to the payer (CAF or MSA): its requests and
 * decisions as dated events, and the deadlines they open, each with its article.
 *
 * - Impayés signalled until 2026-12-31 (CCH R.824-7 to R.824-12, R.824-20, R.824-28, as
 *   codified by décret 2019-772): the plan d'apurement the payer asks for is due within 6 months
 *   (R.824-7 1°); after its mise en demeure the FSL has 3 months, then the payer applies the
 *   default plan of 1/36 of the debt over 36 months (R.824-8; R.824-12 on the direct-FSL route);
 *   a direct FSL referral keeps the aid 6 months (R.824-11); an approved plan is checked every
 *   6 months (R.824-9); the landlord has 2 months to answer a tiers-payant offer, silence being a
 *   refusal (R.824-20); the payer may keep the aid (R.824-28).
 * - Impayés signalled from 2027-01-01 (CCH L.824-2 as amended by loi 2023-668 art. 12; décret
 *   2026-84): the CCAPEX decides whether the aid is kept or suspended; a suspension takes effect
 *   on the first day of the month after its notification to the payer. The plan deadlines of the
 *   new regime were not found in the sources read: none is invented, none is listed.
 *
 * The regime is the one in force on the day the impayé was signalled. Every deadline here is the
 * landlord's or the payer's: none is moved for a weekend or a public holiday (no text extends it).
 *
 * @module
 */
import { addMonths, type IsoDate } from '../calendar';
import { voiceOf, type Voice } from '../i18n/voice';
import { benefitUnpaidRegime, type BenefitUnpaidRegime } from './benefit-unpaid';
import { compareObligations, deadlineStatus, gateStatus, type Obligation } from './obligations';
import { LEGAL_PARAMETERS, legalParameter, sourceIn, type LegalParameter, type Period } from './parameters';

/**
 * The kinds of events of the payer's procedure (see `PayerEventSchema` in the account contract).
 *
 * @example
 * ```ts
 * PAYER_EVENT_KINDS.includes('plan-requested'); // => true
 * ```
 */
export const PAYER_EVENT_KINDS = Object.freeze([
  'plan-requested',
  'plan-sent',
  'plan-approved',
  'plan-reviewed',
  'formal-notice',
  'fsl-referral',
  'default-plan',
  'aid-kept',
  'aid-suspended',
  'tiers-payant-offered',
  'tiers-payant-answered',
  'ccapex-kept',
  'ccapex-suspended',
] as const);

/** A kind of event of the payer's procedure. */
export type PayerEventKind = (typeof PAYER_EVENT_KINDS)[number];

/** One event of the payer's procedure. */
export interface PayerEvent {
  readonly date: IsoDate;
  readonly kind: PayerEventKind;
}

/** Everything {@link payerProcess} reads. */
export interface PayerInput {
  /** The evaluation date: events after it are not yet known. */
  readonly asOf: IsoDate;
  /** Day the current impayé was signalled to the payer, or `null`. */
  readonly signalledOn: IsoDate | null;
  /** The payer's events, in any order. */
  readonly events: readonly PayerEvent[];
}

/** How the payer's procedure stands on the evaluation day. */
export interface PayerProcess {
  /** The regime of the signal: `apl-2016` before 2027-01-01, `apl-2027` from then; `null` without a signal. */
  readonly regime: BenefitUnpaidRegime | null;
  /** The latest day of each kind of event since the signal, or `null`. */
  readonly last: Readonly<Partial<Record<PayerEventKind, IsoDate>>>;
  /** The aid as the payer's (or the CCAPEX's) latest decision leaves it: `kept`, `suspended`, or `unknown` without a decision. */
  readonly aid: 'kept' | 'suspended' | 'unknown';
  /** First day the aid is suspended (a CCAPEX suspension: the first day of the month after its notification), or `null`. */
  readonly aidSuspendedFrom: IsoDate | null;
  /** The deadlines and gates the events open, sorted by date then code. */
  readonly obligations: readonly Obligation[];
}

function delay(id: string, signalledOn: IsoDate, voice: Voice): { period: Period; source: string } {
  // Fix: an impayé signalled before 2016-09-01 (the first version of these parameters) is judged
  // by `benefitUnpaidRegime` as 'apl-2016', but `legalParameter` finds no version on that day, and
  // this threw "law table: no payer_plan_delay on …" for a valid account (a running episode whose
  // signal predates décret 2016-748), taking `analyzeAccount` down with it. Before the first
  // version, use the first version, the convention of `versionOn` in deadlines.ts (e.g.
  // `cafSignalDeadline`). The 2016 versions end on 2027-01-01 and the regime switches on that same
  // day, so a signal after the last version cannot reach here.
  const first = LEGAL_PARAMETERS.filter((q) => q.id === id).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  const p =
    legalParameter<Period>(id, signalledOn) ??
    (first !== undefined && signalledOn < first.validFrom ? (first as LegalParameter<Period>) : undefined);
  if (p === undefined) throw new Error(`law table: no ${id} on ${signalledOn}`);
  return { period: p.value, source: sourceIn(p, voice) };
}

function plus(date: IsoDate, period: Period): IsoDate {
  return addMonths(date, period.months ?? 0);
}

/** The first day of the month after `date`. */
function firstOfNextMonth(date: IsoDate): IsoDate {
  return addMonths(`${date.slice(0, 8)}01`, 1);
}

/**
 * How the payer's procedure stands, and its obligations.
 *
 * @param input - The signal, the events and the evaluation date.
 * @param voice - The language of the obligations' bases; French when not given.
 * @returns The state and the obligations; nothing without a signal.
 * @example
 * ```ts
 * payerProcess({ asOf: '2026-11-23', signalledOn: '2026-06-10', events: [{ date: '2026-07-01', kind: 'plan-requested' }] })
 *   .obligations.map((o) => [o.code, o.date, o.status]);
 * // => [['payer_plan', '2027-01-01', 'upcoming']]
 * ```
 */
export function payerProcess(input: PayerInput, voice: Voice = voiceOf('fr')): PayerProcess {
  const { asOf, signalledOn } = input;
  if (signalledOn === null || signalledOn > asOf) {
    return { regime: null, last: {}, aid: 'unknown', aidSuspendedFrom: null, obligations: [] };
  }
  const regime = benefitUnpaidRegime(signalledOn);
  const last: Partial<Record<PayerEventKind, IsoDate>> = {};
  for (const e of input.events) {
    if (e.date < signalledOn || e.date > asOf) continue;
    const seen = last[e.kind];
    if (seen === undefined || e.date > seen) last[e.kind] = e.date;
  }
  const after = (kind: PayerEventKind, from: IsoDate | undefined): boolean =>
    from !== undefined && last[kind] !== undefined && last[kind]! >= from;
  const out: Obligation[] = [];
  let aid: PayerProcess['aid'] = 'unknown';
  let aidSuspendedFrom: IsoDate | null = null;

  if (regime === 'apl-2016') {
    if (last['plan-requested'] !== undefined) {
      const d = delay('payer_plan_delay', signalledOn, voice);
      const date = plus(last['plan-requested'], d.period);
      out.push({
        code: 'payer_plan',
        kind: 'deadline',
        date,
        basis: voice.say('law.payer.planAsked', { source: d.source, on: last['plan-requested'] }),
        status: deadlineStatus(date, asOf, after('plan-sent', last['plan-requested'])),
      });
    }
    if (last['formal-notice'] !== undefined) {
      const d = delay('fsl_delay', signalledOn, voice);
      const date = plus(last['formal-notice'], d.period);
      out.push({ code: 'fsl_delay', kind: 'gate', date, basis: d.source, status: gateStatus(date, asOf) });
    }
    if (last['fsl-referral'] !== undefined) {
      const d = delay('fsl_direct_aid_kept', signalledOn, voice);
      const date = plus(last['fsl-referral'], d.period);
      out.push({
        code: 'fsl_aid_kept',
        kind: 'deadline',
        date,
        basis: d.source,
        status: deadlineStatus(date, asOf, after('plan-approved', last['fsl-referral'])),
      });
    }
    const approved = last['plan-approved'];
    if (approved !== undefined) {
      const d = delay('plan_review_interval', signalledOn, voice);
      const reviewed = after('plan-reviewed', approved) ? last['plan-reviewed']! : approved;
      const date = plus(reviewed, d.period);
      out.push({
        code: 'plan_review',
        kind: 'deadline',
        date,
        basis: voice.say('law.payer.lastChecked', { source: d.source, on: reviewed }),
        status: deadlineStatus(date, asOf, false),
      });
    }
    const offered = last['tiers-payant-offered'];
    if (offered !== undefined) {
      const d = delay('tiers_payant_answer_delay', signalledOn, voice);
      const date = plus(offered, d.period);
      const answered = after('tiers-payant-answered', offered);
      out.push({
        code: 'tiers_payant_answer',
        kind: 'deadline',
        date,
        basis: answered || asOf <= date ? d.source : voice.say('law.payer.deemedRefused', { source: d.source }),
        status: deadlineStatus(date, asOf, answered),
      });
    }
    const kept = last['aid-kept'];
    const suspended = last['aid-suspended'];
    if (kept !== undefined || suspended !== undefined) {
      aid = suspended !== undefined && (kept === undefined || suspended > kept) ? 'suspended' : 'kept';
      if (aid === 'suspended') aidSuspendedFrom = suspended!;
    }
  } else {
    const kept = last['ccapex-kept'];
    const suspended = last['ccapex-suspended'];
    if (kept !== undefined || suspended !== undefined) {
      aid = suspended !== undefined && (kept === undefined || suspended > kept) ? 'suspended' : 'kept';
    }
    if (aid === 'suspended') {
      const rule = legalParameter('aid_suspension_effect', signalledOn)!;
      const date = firstOfNextMonth(suspended!);
      aidSuspendedFrom = date;
      out.push({
        code: 'aid_suspension',
        kind: 'gate',
        date,
        basis: voice.say('law.payer.suspensionNotified', { source: sourceIn(rule, voice), on: suspended! }),
        status: gateStatus(date, asOf),
      });
      if (asOf < date) aid = 'kept';
    }
  }
  out.sort(compareObligations);
  return { regime, last, aid, aidSuspendedFrom, obligations: out };
}
