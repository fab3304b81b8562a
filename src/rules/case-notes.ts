/**
 * What the explanation says of a case followed through time: the tenant's promises to pay (a
 * pending one holds the reminders back in the default policy, a broken one is an early sign) and
 * the payer's procedure after the signal (its regime, the aid kept or suspended).
 *
 * @module
 */
import type { Voice } from '../i18n';
import { judgePromises, type Account, type Situation } from '../account';
import { addMonths } from '../calendar';
import { isAbove0 } from '../plans/exact';
import type { AppliedReading } from '../law';
import type { CompiledPolicy } from './compile';
import type { ExplanationEntry } from './decision';

/** The readings of the law the catalogue says, by id: each has its message `reading.<id>`. */
const READING_CODES: Readonly<Record<string, 'reading.episode-start' | 'reading.first-day-counted'>> = Object.freeze({
  'episode-start': 'reading.episode-start',
  'first-day-counted': 'reading.first-day-counted',
});

/**
 * A reading of the law in the voice's language: its message `reading.<id>`; the law table's own
 * (English) text for a reading the catalogue does not know yet.
 */
function readingText(reading: AppliedReading, voice: Voice): string {
  return Object.hasOwn(READING_CODES, reading.id) ? voice.say(READING_CODES[reading.id]!, {}) : reading.text;
}

/**
 * The explanation entries of the account's promises and of the payer's procedure.
 *
 * @param account - The parsed account.
 * @param situation - Its situation.
 * @param compiled - The compiled policy, for its tolerance of promises.
 * @param voice - The locale's messages and formats.
 * @returns The entries, possibly none.
 */
export function caseNotes(
  account: Account,
  situation: Situation,
  compiled: CompiledPolicy,
  voice: Voice,
): ExplanationEntry[] {
  const out: ExplanationEntry[] = [];
  const rules = compiled.promises;
  for (const p of judgePromises(account, situation.asOf, rules)) {
    const said = {
      amount: voice.money(p.amount),
      dueOn: voice.date(p.dueOn),
      madeOn: voice.date(p.madeOn),
      paid: voice.money(p.paid),
    };
    if (p.status === 'pending') {
      out.push({
        about: 'step',
        text: voice.say('note.promise.pending', { ...said, lastDay: voice.date(p.lastDay) }),
        source: voice.say('source.promises', { graceDays: rules.graceDays, shortfall: rules.shortfall }),
      });
    } else if (p.status === 'broken' && p.lastDay >= addMonths(situation.asOf, -6)) {
      out.push({
        about: 'step',
        text: voice.say('note.promise.broken', said),
        source: voice.say('source.promises', { graceDays: rules.graceDays, shortfall: rules.shortfall }),
      });
    }
  }
  const bu = situation.benefitUnpaid;
  if (bu.constituted && bu.reading !== null) {
    out.push({
      about: 'law',
      text: voice.say('note.benefit-unpaid.time-branch', {
        since: bu.since === null ? '' : voice.date(bu.since),
        reading: readingText(bu.reading, voice),
      }),
      source: bu.reading.source,
    });
  }
  const pr = situation.prescription;
  if (isAbove0(pr.prescribedAmount)) {
    const amount = voice.money(pr.prescribedAmount);
    out.push({
      about: 'law',
      text:
        pr.contestedItems > 0
          ? voice.say('note.prescription.contested', {
              amount,
              contested: voice.money(pr.contestedAmount),
              items: pr.contestedItems,
              reading: pr.reading.id,
              alternative: pr.reading.alternative,
            })
          : voice.say('note.prescription', { amount }),
      source: `loi 89-462 art. 7-1; ${pr.reading.source}`,
    });
  }
  const payer = situation.payer;
  const from = payer.aidSuspendedFrom === null ? null : voice.date(payer.aidSuspendedFrom);
  if (payer.regime === 'apl-2027') {
    out.push({
      about: 'law',
      text:
        payer.aid === 'suspended'
          ? voice.say('note.payer.2027.suspended', { from })
          : from !== null
            ? voice.say('note.payer.2027.suspension', { from })
            : payer.aid === 'kept'
              ? voice.say('note.payer.2027.kept', {})
              : voice.say('note.payer.2027.undecided', {}),
      source: 'CCH L.824-2 (loi 2023-668 art. 12); décret 2026-84',
    });
  } else if (payer.regime === 'apl-2016' && payer.aid !== 'unknown') {
    out.push({
      about: 'law',
      text:
        payer.aid === 'kept' ? voice.say('note.payer.2016.kept', {}) : voice.say('note.payer.2016.suspended', { from }),
      source: 'CCH R.824-28',
    });
  }
  return out;
}
