import { describe, expect, it } from 'vitest';
import { parseAccount } from '../../src/account';
import { ValidationError } from '../../src/errors';
import { generateDemoPortfolio } from '../../src/demo';
import { comparePolicies } from '../../src/portfolio';
import { FACTS, defaultPolicy, evaluate, type PolicyInput } from '../../src/rules';
import { analyze } from '../../src/account';
import { maxSustainableInstalment } from '../../src/plans';
import { portfolioSize } from '../runs';

const asOf = '2026-11-23';
// 400 demo accounts in npm test (enough for some to move in the brute-force test), 1,500 in npm run test:long.
const accounts = [...generateDemoPortfolio({ count: portfolioSize(1500, 400), asOf })];

/** The default policy with the "late" level from `days` days after the first default instead of 30. */
function lateFrom(days: number) {
  const policy = structuredClone(defaultPolicy.versions[0]!) as unknown as {
    version: string;
    levels: { id: string; conditions?: { all: { fact: string; value: unknown }[] } }[];
  };
  policy.version = `late-${days}`;
  const late = policy.levels.find((l) => l.id === 'late')!;
  late.conditions!.all.find((c) => c.fact === 'daysSinceFirstDefault')!.value = days;
  return policy as unknown as PolicyInput;
}

describe('comparePolicies', () => {
  it('reports no change for a policy against itself', async () => {
    const r = await comparePolicies(accounts, defaultPolicy, defaultPolicy, { asOf });
    expect(r.changed).toEqual({ accounts: 0, levelUp: 0, levelDown: 0, nextStep: 0, channel: 0 });
    expect(r.changes).toEqual([]);
    expect(r.candidate).toEqual(r.baseline);
    for (const t of [...r.transitions.level, ...r.transitions.nextStep, ...r.transitions.channel])
      expect(t.from).toBe(t.to);
    expect(r.transitions.level.reduce((n, t) => n + t.count, 0)).toBe(accounts.length);
  });

  it('moves exactly the accounts between the two thresholds when one threshold is lowered (brute force)', async () => {
    const r = await comparePolicies(accounts, defaultPolicy, lateFrom(20), { asOf });
    // Brute force: accounts at "watch" under the default policy whose first default is 20 to 29 days old.
    let expected = 0;
    for (const raw of accounts) {
      const account = parseAccount(raw);
      const d = evaluate(account, defaultPolicy, { asOf });
      const situation = analyze(account, { asOf });
      const ctx = { situation, account, maxSustainableInstalment: maxSustainableInstalment(situation).instalment };
      const days = FACTS.daysSinceFirstDefault!.get(ctx) as number;
      if (d.level.id === 'watch' && days >= 20 && days < 30) expected++;
    }
    expect(expected).toBeGreaterThan(0);
    const moved = r.transitions.level.filter((t) => t.from !== t.to);
    expect(moved).toEqual([{ from: '1 watch', to: '2 late', count: expected }]);
    expect(r.changed.levelUp).toBe(expected);
    expect(r.changed.levelDown).toBe(0);
    expect(r.changes.filter((c) => c.changed.includes('level'))).toHaveLength(expected);
    for (const c of r.changes.filter((c) => c.changed.includes('level')))
      expect(c).toMatchObject({ levelMove: 'up', baseline: { level: '1 watch' }, candidate: { level: '2 late' } });
  });

  it('counts every action by channel adding up to the actions, and workload within them', async () => {
    const r = await comparePolicies(accounts, defaultPolicy, lateFrom(20), { asOf });
    for (const o of [r.baseline, r.candidate]) {
      expect(Object.values(o.byChannel).reduce((a, b) => a + b, 0)).toBe(o.actions);
      expect(o.contacts).toBe(o.actions - (o.byChannel.internal ?? 0));
      expect(o.workload.officerCalls).toBe(o.byChannel.phone ?? 0);
      expect(o.workload.homeVisits).toBe(o.byChannel['home-visit'] ?? 0);
      expect(o.workload.awaitingApproval).toBeLessThanOrEqual(o.actions);
      expect(o.decisions + o.errors).toBe(accounts.length);
      expect(Object.values(o.byLevel).reduce((a, b) => a + b, 0)).toBe(o.decisions);
    }
    // Recomputed from the decisions themselves.
    let visits = 0;
    let plans = 0;
    for (const a of accounts) {
      const d = evaluate(a, defaultPolicy, { asOf });
      visits += d.actions.filter((x) => x.channel === 'home-visit').length;
      if (d.plan?.proposal?.feasible) plans++;
    }
    expect(r.baseline.workload.homeVisits).toBe(visits);
    expect(r.baseline.plans.proposed).toBe(plans);
  });

  it('keeps as many changes as asked, streams them all, and counts bad records on both sides', async () => {
    const seen: string[] = [];
    const input = [{ id: 'broken' }, ...accounts];
    const r = await comparePolicies(input, defaultPolicy, lateFrom(5), {
      asOf,
      keepChanges: 2,
      onChange: (c) => seen.push(c.accountId),
    });
    expect(r.changes).toHaveLength(2);
    expect(r.changesTruncated).toBe(true);
    expect(seen).toHaveLength(r.changed.accounts);
    expect(r.changes.map((c) => c.accountId)).toEqual(seen.slice(0, 2));
    expect(r).toMatchObject({
      accounts: accounts.length + 1,
      unreadable: 1,
      baseline: { errors: 1 },
      candidate: { errors: 1 },
    });
  });

  it('names the policy at fault', async () => {
    const bad = { ...lateFrom(20), levels: [] };
    const error = await comparePolicies(accounts, defaultPolicy, bad, { asOf }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]!.path[0]).toBe('candidate');
  });
});
