/**
 * What the explanation says of a case followed through time: the tenant's promises to pay (a
 * pending one holds the reminders back in the default policy, a broken one is an early sign) and
 * the payer's procedure after the signal (its regime, the aid kept or suspended).
 *
 * @module
 */
import { judgePromises, type Account, type Situation } from '../account';
import { addMonths } from '../calendar';
import { formatEUR, isPositive, money } from '../money';
import type { CompiledPolicy } from './compile';
import type { ExplanationEntry } from './decision';

/**
 * The explanation entries of the account's promises and of the payer's procedure.
 *
 * @param account - The parsed account.
 * @param situation - Its situation.
 * @param compiled - The compiled policy, for its tolerance of promises.
 * @returns The entries, possibly none.
 */
export function caseNotes(account: Account, situation: Situation, compiled: CompiledPolicy): ExplanationEntry[] {
  const out: ExplanationEntry[] = [];
  const rules = compiled.promises;
  for (const p of judgePromises(account, situation.asOf, rules)) {
    if (p.status === 'pending') {
      out.push({
        about: 'step',
        text: `A promise to pay ${formatEUR(p.amount)} by ${p.dueOn}, made on ${p.madeOn}, is pending (${formatEUR(p.paid)} paid so far; it is kept by a payment up to ${p.lastDay}).`,
        source: `promises (graceDays ${rules.graceDays}, shortfall ${rules.shortfall}); practice`,
      });
    } else if (p.status === 'broken' && p.lastDay >= addMonths(situation.asOf, -6)) {
      out.push({
        about: 'step',
        text: `The promise to pay ${formatEUR(p.amount)} by ${p.dueOn}, made on ${p.madeOn}, was broken (${formatEUR(p.paid)} paid): an early sign of difficulty, to raise with the household.`,
        source: `promises (graceDays ${rules.graceDays}, shortfall ${rules.shortfall}); practice`,
      });
    }
  }
  const bu = situation.benefitUnpaid;
  if (bu.constituted && bu.reading !== null) {
    out.push({
      about: 'law',
      text: `The benefit impayé is constituted on ${bu.since} by the 2027 rule's time branch (still unpaid 3 months after a first default), read this way: ${bu.reading.text}.`,
      source: bu.reading.source,
    });
  }
  const pr = situation.prescription;
  if (isPositive(money(pr.prescribedAmount))) {
    out.push({
      about: 'law',
      text: `${formatEUR(pr.prescribedAmount)} of the debt fell due more than 3 years ago: prescribed, unless the prescription was interrupted (an acknowledgement of the debt, a court action).${
        pr.contestedItems > 0
          ? ` ${formatEUR(pr.contestedAmount)} of it (${pr.contestedItems} item${pr.contestedItems > 1 ? 's' : ''}) reaches its prescription today under the reading applied (${pr.reading.id}); not counting the first day (${pr.reading.alternative}) would give one more day: a claim on its boundary day may be contested.`
          : ''
      }`,
      source: `loi 89-462 art. 7-1; ${pr.reading.source}`,
    });
  }
  const payer = situation.payer;
  if (payer.regime === 'apl-2027') {
    out.push({
      about: 'law',
      text: `The impayé was signalled under the 2027 regime: the CCAPEX decides whether the aid is kept or suspended (${payer.aid === 'suspended' ? `suspended from ${payer.aidSuspendedFrom}` : payer.aidSuspendedFrom !== null ? `suspension from ${payer.aidSuspendedFrom}` : payer.aid === 'kept' ? 'kept' : 'no decision recorded'}). The plan deadlines of this regime are not known from the texts read: none is given.`,
      source: 'CCH L.824-2 (loi 2023-668 art. 12); décret 2026-84',
    });
  } else if (payer.regime === 'apl-2016' && payer.aid !== 'unknown') {
    out.push({
      about: 'law',
      text: `The CAF/MSA ${payer.aid === 'kept' ? 'keeps the aid' : `suspended the aid on ${payer.aidSuspendedFrom}`}.`,
      source: 'CCH R.824-28',
    });
  }
  return out;
}
