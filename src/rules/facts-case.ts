/**
 * The facts of the case beyond the ledger: who the household is (a protective measure, a
 * disability, a vulnerable household and whether the CESF has seen it), how much it has been
 * contacted in these arrears, the judgment, and the steps of a departed tenant's recovery.
 * Merged into `FACTS` (`src/rules/facts.ts`).
 *
 * @module
 */
import { ageOn } from '../account/affordability';
import { JUDGMENTS, PROTECTIVE_MEASURES } from '../account/schema';
import { daysBetween, type IsoDate } from '../calendar';
import type { FactContext, FactDefinition } from './facts';

const recorded = (ctx: FactContext, date: IsoDate | null | undefined): IsoDate | null =>
  date != null && date <= ctx.situation.asOf ? date : null;
const daysSince = (ctx: FactContext, date: IsoDate | null | undefined): number | null => {
  const d = recorded(ctx, date);
  return d === null ? null : daysBetween(d, ctx.situation.asOf);
};
/** First day of the current arrears, or the evaluation day when nothing is owed. */
const episodeStart = (ctx: FactContext): IsoDate => ctx.situation.arrearsSince ?? ctx.situation.asOf;

/** Age from which a household is vulnerable whatever else is known of it. */
export const VULNERABLE_AGE = 75;

function protectiveMeasure(ctx: FactContext): string {
  const h = ctx.account.household;
  return h.protection?.measure ?? (h.vulnerability?.guardianship === true ? 'unknown' : 'none');
}

const AGES = new WeakMap<FactContext, readonly number[]>();

/** The ages of the household's members on the evaluation day, computed once per account. */
export function agesOf(ctx: FactContext): readonly number[] {
  let ages = AGES.get(ctx);
  if (ages === undefined) {
    ages = (ctx.account.household.members ?? []).map((m) => ageOn(m, ctx.situation.asOf));
    AGES.set(ctx, ages);
  }
  return ages;
}

function vulnerable(ctx: FactContext): boolean {
  const h = ctx.account.household;
  const oldest = Math.max(-1, ...agesOf(ctx));
  return oldest >= VULNERABLE_AGE || protectiveMeasure(ctx) !== 'none' || h.vulnerability?.disability === true;
}

/** A CESF assessment, or a home visit that reached the household, in the current arrears. */
function vulnerableReviewed(ctx: FactContext): boolean {
  const start = episodeStart(ctx);
  const asOf = ctx.situation.asOf;
  const assessed = ctx.account.household.cesfAssessment?.assessedOn;
  if (assessed !== undefined && assessed >= start && assessed <= asOf) return true;
  return (ctx.account.contacts ?? []).some(
    (c) =>
      c.channel === 'home-visit' &&
      c.date >= start &&
      c.date <= asOf &&
      c.outcome !== 'no-answer' &&
      c.outcome !== 'appointment-missed',
  );
}

/**
 * The facts of the case, by name (see the module).
 *
 * @example
 * ```ts
 * CASE_FACTS.vulnerable.type; // => 'boolean'
 * ```
 */
export const CASE_FACTS: Readonly<Record<string, FactDefinition>> = Object.freeze({
  protectiveMeasure: {
    type: 'string',
    unit: null,
    values: [...PROTECTIVE_MEASURES, 'unknown', 'none'],
    description:
      'The judicial protection of the tenant: "tutelle", "curatelle", "curatelle-renforcee", "sauvegarde-de-justice", "habilitation-familiale", "mandat-protection-future", "unknown" (vulnerability.guardianship without household.protection) or "none".',
    source: 'C. civ. 425 and following',
    get: protectiveMeasure,
  },
  disability: {
    type: 'boolean',
    unit: null,
    description: 'A member of the household lives with a disability (a flag, no detail).',
    get: (c) => c.account.household.vulnerability?.disability === true,
  },
  vulnerable: {
    type: 'boolean',
    unit: null,
    description: `A vulnerable household: a member aged ${VULNERABLE_AGE} or more, a protective measure, or a disability. In the default policy it gets a CESF review or a home visit before any step with legal effect.`,
    get: vulnerable,
  },
  vulnerableReviewed: {
    type: 'boolean',
    unit: null,
    description:
      'In the current arrears, the CESF assessed the household (household.cesfAssessment) or a home visit reached it (a contact by home-visit, not "no-answer" nor "appointment-missed").',
    get: vulnerableReviewed,
  },
  contactsThisEpisode: {
    type: 'integer',
    unit: 'count',
    description: 'Contacts with the tenant (internal steps not counted) since the current arrears began.',
    get: (c) => {
      const start = episodeStart(c);
      return (c.account.contacts ?? []).filter(
        (x) => x.channel !== 'internal' && x.date >= start && x.date <= c.situation.asOf,
      ).length;
    },
  },
  judgment: {
    type: 'string',
    unit: null,
    values: [...JUDGMENTS, 'none'],
    description:
      'The judgment of the court on the lease: "resiliation" (lease terminated), "delais" (délais de paiement granted), "rejected" or "none".',
    get: (c) => {
      const p = c.account.procedure;
      if (p?.judgment == null) return 'none';
      return p.judgmentOn != null && p.judgmentOn > c.situation.asOf ? 'none' : p.judgment;
    },
  },
  guarantorNoticeDue: {
    type: 'boolean',
    unit: null,
    description:
      'A commandement de payer was served, the lease has a guarantor and the notice to the guarantor is not recorded yet (15 days).',
    source: 'loi 89-462 art. 24 I',
    get: (c) => {
      const o = c.situation.obligations.find((x) => x.code === 'guarantor_notice');
      return o !== undefined && o.status !== 'done';
    },
  },
  depositHeld: {
    type: 'amount',
    unit: 'EUR',
    description:
      'For a departed tenant, the dépôt de garantie still held (0 once the final statement offset it, or for a current tenant).',
    source: 'loi 89-462 art. 22',
    get: (c) => c.situation.departure?.depositHeld ?? '0.00',
  },
  debtAfterDeposit: {
    type: 'amount',
    unit: 'EUR',
    description:
      'For a departed tenant, what is owed once the deposit held is offset; for a current tenant, the arrears.',
    source: 'loi 89-462 art. 22',
    get: (c) => c.situation.departure?.debtAfterDeposit ?? c.situation.surendettement.currentDebt,
  },
  finalStatementSent: {
    type: 'boolean',
    unit: null,
    description: 'The final statement (décompte définitif) was sent to the departed tenant.',
    get: (c) => recorded(c, c.account.procedure?.finalStatementOn) !== null,
  },
  daysSinceFinalStatement: {
    type: 'integer',
    unit: 'days',
    description: 'Days since the final statement was sent; null when it was not.',
    get: (c) => daysSince(c, c.account.procedure?.finalStatementOn),
  },
  daysSinceFormalNotice: {
    type: 'integer',
    unit: 'days',
    description: 'Days since the mise en demeure was sent; null when it was not.',
    get: (c) => daysSince(c, c.account.procedure?.formalNoticeOn),
  },
  daysSinceInjonction: {
    type: 'integer',
    unit: 'days',
    description: 'Days since the requête en injonction de payer was filed; null when it was not.',
    get: (c) => daysSince(c, c.account.procedure?.injonctionOn),
  },
});
