/**
 * A decision told as a narrative a recovery officer reads: the command's `explain`, the service's
 * `/v1/explain`.
 *
 * @module
 */
import { formatDate, formatMoney, translator, type Locale } from '../i18n';
import type { Decision } from './decision';

/**
 * A decision as a narrative, in the locale's words (the texts of the explanation and the legal
 * bases are the decision's own): what `hlm-recovery explain` prints, line by line.
 *
 * @param d - A decision.
 * @param locale - The language of the narrative's own words: `fr` or `en` (the decision's texts
 *   are in the language it was made in).
 * @returns The lines.
 * @example
 * ```ts
 * narrate(evaluate(account, defaultPolicy, { asOf: '2026-11-23' }), 'fr')[1];
 * // => "Niveau d'alerte 3\u00a0: Impayé constitué (au sens de l'aide au logement)"
 * ```
 */
export function narrate(d: Decision, locale: Locale = 'en'): string[] {
  const t = translator(locale);
  const money = (amount: string | null) => (amount === null ? '' : formatMoney(amount, locale));
  const day = (date: string) => (locale === 'en' ? date : formatDate(date, locale));
  const out: string[] = [];
  out.push(
    t('explain.header', {
      accountId: d.accountId,
      asOf: day(d.asOf),
      policyId: d.policy.id,
      policyVersion: d.policy.version,
    }),
  );
  out.push(t('explain.level', { rank: d.level.rank, label: d.level.label }));
  out.push(d.actions.length === 0 ? t('explain.actions.none', {}) : t('explain.actions.heading', {}));
  d.actions.forEach((a, i) => {
    out.push(
      t('explain.action', {
        n: i + 1,
        label: a.label,
        step: a.step,
        role: a.role,
        addressee: a.addressee,
        channel: a.channel,
        date: day(a.date),
        interpreter:
          a.interpreter === null ? null : (a.interpreter.language ?? t('explain.interpreter.unknownLanguage', {})),
        approval: a.requiresHumanApproval ? 1 : 0,
      }),
    );
  });
  if (d.obligations.length > 0) {
    out.push(t('explain.obligations.heading', {}));
    for (const o of d.obligations) {
      out.push(
        t('explain.obligation', { date: day(o.date), code: o.code, kind: o.kind, status: o.status, basis: o.basis }),
      );
    }
  }
  if (d.plan) {
    const existing = d.plan.existing;
    if (existing !== null) {
      const next = existing.nextInstalment;
      out.push(
        t('explain.plan.onFile', {
          kind: existing.kind,
          status: existing.status,
          next: next === null ? null : money(next.amount),
          nextOn: next === null ? null : day(next.dueOn),
        }),
      );
    }
    const proposal = d.plan.proposal;
    if (proposal?.feasible) {
      out.push(
        t('explain.plan.proposed', {
          months: proposal.months,
          instalment: money(proposal.instalment),
          max: money(d.plan.maxSustainableInstalment),
          warning: proposal.warnings.length > 0 ? 1 : 0,
        }),
      );
    } else if (proposal !== null) {
      out.push(t('explain.plan.noneAffordable', {}));
    } else if (existing === null) {
      out.push(t('explain.plan.noneProposed', {}));
    }
  }
  for (const p of d.prevention) out.push(t('explain.prevention', { message: p.message }));
  out.push(t('explain.why', {}));
  for (const e of d.explanation) out.push(t('explain.why.entry', { text: e.text, source: e.source }));
  return out;
}
