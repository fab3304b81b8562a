/**
 * `decisionChanges`: the officers' worklist of what is new today, on two runs of the demo
 * portfolio a month apart (the same seed, evaluated on 2026-11-23 and on 2026-12-23 with the
 * default policy). Every count is checked against a direct comparison of the two decision lists.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { generateDemoPortfolio } from '../../src/demo';
import {
  decisionChanges,
  evaluatePortfolio,
  resultRecord,
  type ChangesSummary,
  type DecisionChange,
} from '../../src/portfolio';
import { defaultPolicy, type Decision } from '../../src/rules';

const COUNT = 300;
/** Accounts missing from the previous run: new in the current one (with the two added at its end). */
const NEW_INDEXES = [5, 6];
/** An account missing from the current run: gone from it. */
const GONE_INDEX = 10;
/** An account whose record is broken in the current run: an error record there. */
const BROKEN_NOW = 20;
/** An account whose record was broken in the previous run. */
const BROKEN_BEFORE = 30;

type Raw = Record<string, unknown> & { id: string; lease: Record<string, unknown> };

const broken = (a: Raw): Raw => ({ ...a, lease: { ...a.lease, rent: '12,50' } });

/** A run as the NDJSON of `evaluate` reads back: plain JSON records, decisions and error records. */
async function run(asOf: string, count: number, keep: (i: number) => boolean, breakAt: number): Promise<unknown[]> {
  const accounts = [...generateDemoPortfolio({ count, asOf })]
    .map((a, i) => (i === breakAt ? broken(a as Raw) : a))
    .filter((_, i) => keep(i));
  const out: unknown[] = [];
  for await (const r of evaluatePortfolio(accounts, defaultPolicy, { asOf }))
    out.push(JSON.parse(JSON.stringify(resultRecord(r))));
  return out;
}

const previousRun = run('2026-11-23', COUNT, (i) => !NEW_INDEXES.includes(i), BROKEN_BEFORE);
const currentRun = run('2026-12-23', COUNT + 2, (i) => i !== GONE_INDEX, BROKEN_NOW);

async function changesOf(
  previous: Iterable<unknown> | AsyncIterable<unknown>,
  current: Iterable<unknown> | AsyncIterable<unknown>,
) {
  let summary: ChangesSummary | undefined;
  const entries: DecisionChange[] = [];
  for await (const c of decisionChanges(previous, current, { onSummary: (s) => (summary = s) })) entries.push(c);
  return { entries, summary: summary! };
}

const isDecision = (r: unknown): r is Decision => typeof r === 'object' && r !== null && 'level' in r;
const contact = (d: Decision) => d.actions.find((a) => a.channel !== 'internal')?.channel ?? null;
/** The obligations as compared: `human_review` is dated the day of the step awaiting approval, which moves every run. */
const duties = (d: Decision) =>
  JSON.stringify(d.obligations.map((o) => [o.code, o.code === 'human_review' ? '' : o.date, o.status]).sort());

/** The comparison done by hand, on the two lists of decisions. */
function direct(previous: unknown[], current: unknown[]) {
  const before = new Map(previous.filter(isDecision).map((d) => [d.accountId, d]));
  const idsBefore = new Set(previous.map((r) => (r as { accountId?: string }).accountId));
  const idsNow = new Set(current.map((r) => (r as { accountId?: string }).accountId));
  const counts = { compared: 0, changed: 0, level: 0, levelUp: 0, levelDown: 0, steps: 0, channel: 0, obligations: 0 };
  let added = 0;
  for (const b of current.filter(isDecision)) {
    const a = before.get(b.accountId);
    if (a === undefined) {
      if (!idsBefore.has(b.accountId)) added++;
      continue;
    }
    counts.compared++;
    const level = a.level.id !== b.level.id || a.level.rank !== b.level.rank;
    const steps = a.actions.map((x) => x.step).join() !== b.actions.map((x) => x.step).join();
    const channel = contact(a) !== contact(b);
    const obligations = duties(a) !== duties(b);
    if (level || steps || channel || obligations) counts.changed++;
    if (level) counts.level++;
    if (b.level.rank > a.level.rank) counts.levelUp++;
    if (b.level.rank < a.level.rank) counts.levelDown++;
    if (steps) counts.steps++;
    if (channel) counts.channel++;
    if (obligations) counts.obligations++;
  }
  const gone = [...before.keys()].filter((id) => !idsNow.has(id)).length;
  return { ...counts, added, gone };
}

const id = (i: number) => `DEMO-${String(i + 1).padStart(6, '0')}`;

describe('decisionChanges on two runs of the demo portfolio a month apart', () => {
  it('counts by kind and by field what a direct comparison of the two decision lists finds', async () => {
    const previous = await previousRun;
    const current = await currentRun;
    const { entries, summary } = await changesOf(previous, current);
    const expected = direct(previous, current);
    expect(expected.changed).toBeGreaterThan(10);
    expect(expected.levelUp).toBeGreaterThan(0);
    expect(expected.levelDown).toBeGreaterThan(0);
    expect(summary.compared).toBe(expected.compared);
    expect(summary.changed).toBe(expected.changed);
    expect(summary.unchanged).toBe(expected.compared - expected.changed);
    expect(summary.new).toBe(expected.added);
    expect(summary.gone).toBe(expected.gone);
    expect(summary.byField).toEqual({
      level: expected.level,
      levelUp: expected.levelUp,
      levelDown: expected.levelDown,
      steps: expected.steps,
      channel: expected.channel,
      obligations: expected.obligations,
    });
    const kinds = (k: DecisionChange['kind']) => entries.filter((c) => c.kind === k).length;
    expect(kinds('changed')).toBe(summary.changed);
    expect(kinds('new')).toBe(summary.new);
    expect(kinds('gone')).toBe(summary.gone);
    expect(kinds('error')).toBe(summary.errors);
    expect(entries.filter((c) => c.levelMove === 'up')).toHaveLength(expected.levelUp);
  });

  it('shows an account whose level rose, with its decision before and after', async () => {
    const { entries } = await changesOf(await previousRun, await currentRun);
    // DEMO-000037 was up to date on 23 November and owes 3.79 on 23 December: a reminder by
    // letter, and the winter truce, which now bars its expulsion until 1 April.
    const c = entries.find((e) => e.accountId === 'DEMO-000037')!;
    expect(c).toMatchObject({
      kind: 'changed',
      run: 'current',
      changed: ['level', 'steps', 'channel', 'obligations'],
      levelMove: 'up',
      before: { level: { rank: 0, id: 'none' }, steps: [], channel: null, date: null, amountDue: null },
      after: {
        level: { rank: 1, id: 'watch' },
        steps: ['reminder'],
        channel: 'letter',
        date: '2026-12-23',
        amountDue: '3.79',
      },
      obligations: [{ code: 'winter_truce', before: null, after: { date: '2027-04-01', status: 'closed' } }],
      error: null,
    });
    // Every change's before and after are what the two decisions say.
    const previous = new Map((await previousRun).filter(isDecision).map((d) => [d.accountId, d]));
    const current = new Map((await currentRun).filter(isDecision).map((d) => [d.accountId, d]));
    for (const e of entries.filter((x) => x.kind === 'changed')) {
      const a = previous.get(e.accountId!)!;
      const b = current.get(e.accountId!)!;
      expect(e.before!.level).toEqual(a.level);
      expect(e.after!.level).toEqual(b.level);
      expect(e.before!.steps).toEqual(a.actions.map((x) => x.step));
      expect(e.after!.steps).toEqual(b.actions.map((x) => x.step));
      expect(e.levelMove).toBe(b.level.rank > a.level.rank ? 'up' : b.level.rank < a.level.rank ? 'down' : 'same');
    }
  });

  it('lists how each obligation moved, in terms that rebuild the list after from the list before', async () => {
    const { entries } = await changesOf(await previousRun, await currentRun);
    const moved = entries.filter((e) => e.changed.includes('obligations'));
    expect(moved.length).toBeGreaterThan(0);
    // human_review, dated the day of its step, follows the step silently: compared without its date.
    const key = (o: { code: string; date: string; status: string }) =>
      o.code === 'human_review' ? `${o.code} ${o.status}` : `${o.code} ${o.date} ${o.status}`;
    for (const e of moved) {
      expect(e.obligations.length).toBeGreaterThan(0);
      // A list, not a set: an obligation may be due twice on the same day.
      const after = e.before!.obligations.map(key);
      for (const o of e.obligations) {
        if (o.before) {
          const at = after.indexOf(key({ code: o.code, ...o.before }));
          expect(at).toBeGreaterThanOrEqual(0);
          after.splice(at, 1);
        }
        if (o.after) after.push(key({ code: o.code, ...o.after }));
      }
      expect(after.sort()).toEqual(e.after!.obligations.map(key).sort());
    }
  });

  it('lists the accounts new in the current run, in its order, and the gone ones after them', async () => {
    const { entries } = await changesOf(await previousRun, await currentRun);
    const added = entries.filter((e) => e.kind === 'new');
    expect(added.map((e) => e.accountId)).toEqual([...NEW_INDEXES, COUNT, COUNT + 1].map(id));
    for (const e of added) expect(e).toMatchObject({ run: 'current', before: null, changed: [], levelMove: null });
    const gone = entries.filter((e) => e.kind === 'gone');
    expect(gone).toHaveLength(1);
    // Its position in the previous run, which lacks the two accounts new today before it.
    expect(gone[0]).toMatchObject({ accountId: id(GONE_INDEX), run: 'previous', index: GONE_INDEX - 2, after: null });
    expect(gone[0]!.before!.level).toEqual(
      (await previousRun).filter(isDecision).find((d) => d.accountId === id(GONE_INDEX))!.level,
    );
    // The current run's order, then the previous run's leftovers.
    expect(entries.at(-1)).toBe(gone[0]);
    const currentIndexes = entries.filter((e) => e.run === 'current').map((e) => e.index);
    expect(currentIndexes).toEqual([...currentIndexes].sort((a, b) => a - b));
  });

  it('accounts for an error record in either run, with the other run’s decision of the account', async () => {
    const previous = await previousRun;
    const current = await currentRun;
    const { entries, summary } = await changesOf(previous, current);
    const errors = entries.filter((e) => e.kind === 'error');
    expect(errors.map((e) => [e.run, e.accountId, e.error!.reason])).toEqual([
      ['current', id(BROKEN_NOW), 'error-record'],
      ['previous', id(BROKEN_BEFORE), 'error-record'],
    ]);
    const now = errors[0]!;
    expect(now.before!.level).toEqual(previous.filter(isDecision).find((d) => d.accountId === id(BROKEN_NOW))!.level);
    expect(now.after).toBeNull();
    expect(now.error!.issues[0]).toMatchObject({ code: 'invalid_amount', path: ['lease', 'rent'], received: '12,50' });
    const before = errors[1]!;
    expect(before.after!.level).toEqual(
      current.filter(isDecision).find((d) => d.accountId === id(BROKEN_BEFORE))!.level,
    );
    expect(before.before).toBeNull();
    // Given at the account's place in the current run.
    const at = entries.indexOf(before);
    expect(entries.slice(0, at).every((e) => e.run === 'current' && e.index < BROKEN_BEFORE + 2)).toBe(true);
    expect(summary.previous).toMatchObject({ records: COUNT - 2, errors: 1, decisions: COUNT - 3, asOf: '2026-11-23' });
    expect(summary.current).toMatchObject({ records: COUNT + 1, errors: 1, decisions: COUNT, asOf: '2026-12-23' });
    expect(summary.errors).toBe(2);
    // Every record of both runs is accounted for.
    const tiedToErrors = 1; // a decision of each run tied to the other run's error record
    expect(summary.compared + summary.gone + tiedToErrors).toBe(summary.previous.decisions);
    expect(summary.compared + summary.new + tiedToErrors).toBe(summary.current.decisions);
  });

  it('takes the results of evaluatePortfolio as they are, with the same entries', async () => {
    const asOf = '2026-12-23';
    const accounts = [...generateDemoPortfolio({ count: 60, asOf })].map((a, i) => (i === 3 ? broken(a as Raw) : a));
    const results = () => evaluatePortfolio(accounts, defaultPolicy, { asOf });
    const records: unknown[] = [];
    for await (const r of results()) records.push(JSON.parse(JSON.stringify(resultRecord(r))));
    const previous = (await previousRun).slice(0, 58);
    const fromRecords = await changesOf(previous, records);
    const fromResults = await changesOf(previous, results());
    expect(fromRecords.summary.changed).toBeGreaterThan(0);
    expect(fromRecords.summary.current.errors).toBe(1);
    expect(fromResults).toEqual(fromRecords);
  });

  it('streams the current run: the first change comes before the run is read to its end', async () => {
    const current = await currentRun;
    let pulled = 0;
    async function* slow() {
      for (const r of current) {
        pulled++;
        yield r;
      }
    }
    const changes = decisionChanges(await previousRun, slow());
    const first = await changes.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ run: 'current' });
    expect(pulled).toBe((first.value as DecisionChange).index + 1);
    expect(pulled).toBeLessThan(current.length);
    await changes.return(undefined as never);
  });
});

describe('decisionChanges on records that are not decisions', () => {
  const decision = (accountId: string, rank: number) => ({
    accountId,
    asOf: '2026-12-23',
    level: { id: `l${rank}`, rank, label: `Level ${rank}` },
    actions: [],
    obligations: [],
  });

  it('makes each an error entry naming its line or what is missing, and goes on', async () => {
    const unreadable = {
      unreadable: true,
      line: 7,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          expected: 'one JSON object on one line (line 7)',
          received: '{"accountId": "X-',
          message: '…',
        },
      ],
    };
    const { entries, summary } = await changesOf(
      [decision('A', 1), decision('B', 1)],
      [decision('A', 2), unreadable, 42, { accountId: 'C', level: { id: 'x' } }, decision('A', 3), decision('B', 1)],
    );
    expect(entries.map((e) => [e.kind, e.accountId, e.index, e.line, e.error?.reason ?? null])).toEqual([
      ['changed', 'A', 0, null, null],
      ['error', null, 1, 7, 'unreadable'],
      ['error', null, 2, null, 'not-a-record'],
      ['error', 'C', 3, null, 'not-a-record'],
      ['error', 'A', 4, null, 'duplicate'],
    ]);
    expect(entries[1]!.error!.issues[0]!.message).toBe(
      '(root): expected one JSON object on one line (line 7); received "{\\"accountId\\": \\"X-"',
    );
    expect(entries[3]!.error!.issues[0]!.path).toEqual(['level']);
    expect(entries[4]!.error).toMatchObject({ duplicateOf: 0, issues: [{ code: 'duplicate_id' }] });
    expect(summary).toMatchObject({ compared: 2, changed: 1, unchanged: 1, errors: 4 });
    expect(summary.current).toMatchObject({ records: 6, decisions: 2, errors: 4 });
  });

  it('gives the previous run’s leftovers last, in its order: gone accounts, its duplicates and errors', async () => {
    const error = { index: 2, issues: [] };
    const { entries, summary } = await changesOf(
      [decision('A', 1), decision('B', 1), error, decision('A', 2), decision('C', 0)],
      [decision('C', 0), decision('D', 1)],
    );
    expect(entries.map((e) => [e.kind, e.run, e.accountId, e.index, e.error?.reason ?? null])).toEqual([
      ['new', 'current', 'D', 1, null],
      ['gone', 'previous', 'A', 0, null],
      ['gone', 'previous', 'B', 1, null],
      ['error', 'previous', null, 2, 'error-record'],
      ['error', 'previous', 'A', 3, 'duplicate'],
    ]);
    expect(summary).toMatchObject({ compared: 1, unchanged: 1, new: 1, gone: 2, errors: 2 });
    expect(summary.previous).toMatchObject({ records: 5, decisions: 3, errors: 2 });
  });

  it('does not count the date of human_review, the day of the step awaiting approval, as a change', async () => {
    const withReview = (date: string, status = 'closed') => ({
      ...decision('A', 5),
      obligations: [
        { code: 'human_review', kind: 'gate', date, basis: 'RGPD art. 22', status },
        { code: 'caf_signal', kind: 'deadline', date: '2027-01-15', basis: 'CCH R.824-30', status: 'upcoming' },
      ],
    });
    const moved = await changesOf([withReview('2026-11-23')], [withReview('2026-12-23')]);
    expect(moved.entries).toEqual([]);
    expect(moved.summary.unchanged).toBe(1);
    const approved = await changesOf([withReview('2026-11-23')], [{ ...decision('A', 5), obligations: [] }]);
    expect(approved.entries[0]!.obligations).toEqual([
      { code: 'human_review', before: { date: '2026-11-23', status: 'closed' }, after: null },
      { code: 'caf_signal', before: { date: '2027-01-15', status: 'upcoming' }, after: null },
    ]);
  });

  it('refuses a run that is not iterable, naming it', async () => {
    await expect(decisionChanges([], 42 as never).next()).rejects.toThrow(ValidationError);
    await expect(decisionChanges(null as never, []).next()).rejects.toThrow(/^previous: expected an iterable/);
  });
});
