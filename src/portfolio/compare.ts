/**
 * `comparePolicies`: what a candidate policy would change, before it goes live, in the terms of a
 * recovery team — who moves to another alert level, next step or channel, how many contacts of
 * each kind, how much work for the recovery officers and the social advisers, how many plans.
 *
 * Both policies are evaluated over the same accounts, one account at a time (streaming): memory
 * grows only with the changed accounts the caller keeps.
 *
 * @module
 */
import { parseAccount, type Account, type Channel } from '../account';
import { parseDate } from '../calendar';
import { ValidationError, makeIssue, type Issue } from '../errors';
import { centsOf, fromCents } from '../money/cents';
import {
  assess,
  isUnreadable,
  prepareRun,
  type Decision,
  type PolicySource,
  type PreparedRun,
  type StepKind,
} from '../rules';
import { bump, sortedByKey } from './evaluate-portfolio';

/** Options of {@link comparePolicies}. */
export interface CompareOptions {
  /** The evaluation date of both policies. */
  readonly asOf: string;
  /** How many changed accounts to keep in `changes` (all by default; 0 keeps none). */
  readonly keepChanges?: number;
  /** Called for every changed account, in input order, to stream them elsewhere. */
  readonly onChange?: (change: AccountChange) => void;
}

/** What a decision says, in the three terms compared. */
export interface DecisionKey {
  /** The alert level as `"<rank> <id>"`, e.g. `"2 reminder"`. */
  readonly level: string;
  /** The steps of the decision's actions, in order, joined by `" + "` (`"caf-signal + reminder"`), or `null` when none. */
  readonly nextStep: string | null;
  /** The channel of its contact with the tenant, or `null` when it has none. */
  readonly channel: Channel | null;
}

/** An account whose decision changes. */
export interface AccountChange {
  /** Its position in the input. */
  readonly index: number;
  readonly accountId: string;
  readonly baseline: DecisionKey;
  readonly candidate: DecisionKey;
  /** What changes. */
  readonly changed: readonly ('level' | 'nextStep' | 'channel')[];
  /** `up` when the candidate's alert level has a higher rank, `down` when lower. */
  readonly levelMove: 'up' | 'down' | 'same';
}

/** One cell of a transition matrix: how many accounts go from `from` to `to`. */
export interface Transition {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/**
 * Work created by the next steps, by who does it. By channel: `officerCalls` are steps by phone,
 * `appointments` convocations (rendez-vous) at the office, both for the recovery officers
 * (chargés de recouvrement), and `homeVisits` (visites à domicile) for the social advisers. By
 * kind of step: `socialReviews` (a review by the
 * CESF, conseillère en économie sociale et familiale) and `fslReferrals` (a file for the Fonds de
 * solidarité pour le logement) for the social advisers; `legalActs` (commandement de payer,
 * assignation) for a commissaire de justice; `awaitingApproval` counts the steps that a person
 * must approve first, whatever their kind (GDPR art. 22).
 */
export interface Workload {
  readonly officerCalls: number;
  readonly appointments: number;
  readonly homeVisits: number;
  readonly socialReviews: number;
  readonly fslReferrals: number;
  readonly legalActs: number;
  readonly awaitingApproval: number;
}

/** What one policy does over the portfolio. */
export interface PolicyOutcome {
  readonly policy: { readonly id: string; readonly version: string };
  readonly decisions: number;
  readonly errors: number;
  /** Accounts by alert level (`"<rank> <id>"`). */
  readonly byLevel: Readonly<Record<string, number>>;
  /** Actions proposed (every action of every decision). */
  readonly actions: number;
  /** Actions by channel, `internal` included: they add up to `actions`. */
  readonly byChannel: Readonly<Record<string, number>>;
  /** Actions that reach the tenant (every channel but `internal`). */
  readonly contacts: number;
  readonly workload: Workload;
  /** Repayment plans (plans d'apurement) proposed, and the debt they cover, EUR. */
  readonly plans: { readonly proposed: number; readonly debt: string; readonly monthlyInstalments: string };
  /** Legal obligations due on `asOf` and overdue. */
  readonly obligations: { readonly due: number; readonly overdue: number };
}

/** The result of {@link comparePolicies}. */
export interface PolicyComparison {
  readonly asOf: string;
  /** Records read. */
  readonly accounts: number;
  /** Records that are not an account (the same error under both policies). */
  readonly unreadable: number;
  readonly baseline: PolicyOutcome;
  readonly candidate: PolicyOutcome;
  /** Counts of accounts evaluated under both policies, by pair of values (the diagonal included). */
  readonly transitions: {
    readonly level: readonly Transition[];
    readonly nextStep: readonly Transition[];
    readonly channel: readonly Transition[];
  };
  /** How many accounts change, in each term. */
  readonly changed: {
    readonly accounts: number;
    readonly levelUp: number;
    readonly levelDown: number;
    readonly nextStep: number;
    readonly channel: number;
  };
  /** The changed accounts kept (see `keepChanges`), in input order. */
  readonly changes: readonly AccountChange[];
  /** Whether some changed accounts were not kept. */
  readonly changesTruncated: boolean;
}

const NONE = '(none)';
/** Work counted by the channel of the step: whatever the step, a call is a call. */
const CHANNEL_WORK: Partial<Record<Channel, 'officerCalls' | 'appointments' | 'homeVisits'>> = {
  phone: 'officerCalls',
  appointment: 'appointments',
  'home-visit': 'homeVisits',
};
/** Work counted by the kind of the step. */
const KIND_WORK: Partial<Record<StepKind, 'socialReviews' | 'fslReferrals' | 'legalActs'>> = {
  'social-review': 'socialReviews',
  'fsl-referral': 'fslReferrals',
  commandement: 'legalActs',
  assignation: 'legalActs',
  'guarantor-notice': 'legalActs',
  'injonction-de-payer': 'legalActs',
};

/** Accumulates one policy's outcome. */
class OutcomeTally {
  decisions = 0;
  errors = 0;
  actions = 0;
  contacts = 0;
  plans = 0;
  planDebt = 0n;
  planMonthly = 0n;
  due = 0;
  overdue = 0;
  readonly levels = new Map<string, number>();
  readonly channels = new Map<string, number>();
  readonly work: { -readonly [K in keyof Workload]: number } = {
    officerCalls: 0,
    appointments: 0,
    homeVisits: 0,
    socialReviews: 0,
    fslReferrals: 0,
    legalActs: 0,
    awaitingApproval: 0,
  };

  constructor(readonly policy: { id: string; version: string }) {}

  add(d: Decision): void {
    this.decisions++;
    bump(this.levels, levelKey(d));
    for (const a of d.actions) {
      this.actions++;
      bump(this.channels, a.channel);
      if (a.channel !== 'internal') this.contacts++;
      const byChannel = CHANNEL_WORK[a.channel];
      if (byChannel) this.work[byChannel]++;
      const byKind = KIND_WORK[a.kind];
      if (byKind) this.work[byKind]++;
      if (a.requiresHumanApproval) this.work.awaitingApproval++;
    }
    const proposal = d.plan?.proposal;
    if (proposal?.feasible) {
      this.plans++;
      this.planDebt += centsOf(proposal.debt);
      this.planMonthly += centsOf(proposal.instalment!);
    }
    for (const o of d.obligations) {
      if (o.status === 'due') this.due++;
      else if (o.status === 'overdue') this.overdue++;
    }
  }

  outcome(): PolicyOutcome {
    return {
      policy: this.policy,
      decisions: this.decisions,
      errors: this.errors,
      byLevel: sortedByKey(this.levels),
      actions: this.actions,
      byChannel: sortedByKey(this.channels),
      contacts: this.contacts,
      workload: { ...this.work },
      plans: {
        proposed: this.plans,
        debt: fromCents(this.planDebt).amount,
        monthlyInstalments: fromCents(this.planMonthly).amount,
      },
      obligations: { due: this.due, overdue: this.overdue },
    };
  }
}

function levelKey(d: Decision): string {
  return `${d.level.rank} ${d.level.id}`;
}

/**
 * What a comparison looks at in a decision: its level, its actions (their steps, in order, joined
 * by " + "), and the channel of its contact with the tenant (the internal steps have none).
 */
function keyOf(d: Decision): DecisionKey {
  const contact = d.actions.find((a) => a.channel !== 'internal');
  return {
    level: levelKey(d),
    nextStep: d.actions.length === 0 ? null : d.actions.map((a) => a.step).join(' + '),
    channel: contact?.channel ?? null,
  };
}

function matrix(map: Map<string, number>): Transition[] {
  return [...map.entries()]
    .map(([pair, count]) => {
      const [from, to] = JSON.parse(pair) as [string, string];
      return { from, to, count };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** A run of one of the two policies, its issues prefixed with which one it is. */
function runOf(policy: PolicySource, asOf: string, which: 'baseline' | 'candidate'): PreparedRun<Decision> {
  try {
    return prepareRun(policy, { asOf });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(
        error.issues.map((i): Issue => ({ ...i, path: [which, ...i.path], message: `${which}: ${i.message}` })),
      );
    }
    throw error;
  }
}

/** The decisions of both policies for one account, analysed once; `null` for a policy that fails on it. */
function bothDecisions(
  account: Account,
  base: PreparedRun<Decision>,
  cand: PreparedRun<Decision>,
): [Decision | null, Decision | null] {
  let situation: ReturnType<typeof assess>['situation'] | undefined;
  const decision = (run: PreparedRun<Decision>): Decision | null => {
    try {
      const a = assess(run, account, situation);
      situation = a.situation;
      return a.decision;
    } catch (error) {
      if (error instanceof ValidationError) return null;
      throw error;
    }
  };
  return [decision(base), decision(cand)];
}

/**
 * Evaluates two policies over the same accounts and reports what changes, in recovery terms.
 *
 * @param accounts - Raw accounts (or parsed ones), an iterable or an async iterable.
 * @param baseline - The policy in force (a policy, a set of versions, or a loaded policy).
 * @param candidate - The policy considered.
 * @param options - `{ asOf, keepChanges?, onChange? }`.
 * @returns Both outcomes, the transition matrices, and the changed accounts.
 * @throws {@link ValidationError} before any account when a policy is invalid (paths start with
 *   `baseline` or `candidate`) or covers no version on `asOf`.
 * @example
 * ```ts
 * const report = await comparePolicies(accounts, defaultPolicy, stricter, { asOf: '2026-11-23' });
 * report.changed.levelUp;               // => 12, accounts that move to a higher alert level
 * report.candidate.workload.homeVisits; // => 4, home visits for the social advisers
 * ```
 */
export async function comparePolicies(
  accounts: Iterable<unknown> | AsyncIterable<unknown>,
  baseline: PolicySource,
  candidate: PolicySource,
  options: CompareOptions,
): Promise<PolicyComparison> {
  const asOf = parseDate(options?.asOf, ['asOf']);
  const base = runOf(baseline, asOf, 'baseline');
  const cand = runOf(candidate, asOf, 'candidate');
  const keep = options.keepChanges ?? Infinity;
  if (!(keep >= 0))
    throw new ValidationError([
      makeIssue('too_small', ['keepChanges'], keep, 'a number of changes to keep, 0 or more'),
    ]);
  const tallies = {
    baseline: new OutcomeTally({ id: base.policy.id, version: base.policy.version }),
    candidate: new OutcomeTally({ id: cand.policy.id, version: cand.policy.version }),
  };
  const levels = new Map<string, number>();
  const steps = new Map<string, number>();
  const channels = new Map<string, number>();
  const changes: AccountChange[] = [];
  let changed = 0;
  let levelUp = 0;
  let levelDown = 0;
  let stepChanges = 0;
  let channelChanges = 0;
  let index = 0;
  let unreadable = 0;
  for await (const record of accounts as AsyncIterable<unknown>) {
    const i = index++;
    let account: Account;
    try {
      if (isUnreadable(record)) throw new ValidationError(record.issues);
      account = parseAccount(record);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      unreadable++;
      tallies.baseline.errors++;
      tallies.candidate.errors++;
      continue;
    }
    const [a, b] = bothDecisions(account, base, cand);
    if (a) tallies.baseline.add(a);
    else tallies.baseline.errors++;
    if (b) tallies.candidate.add(b);
    else tallies.candidate.errors++;
    if (!a || !b) continue;
    const from = keyOf(a);
    const to = keyOf(b);
    bump(levels, JSON.stringify([from.level, to.level]));
    bump(steps, JSON.stringify([from.nextStep ?? NONE, to.nextStep ?? NONE]));
    bump(channels, JSON.stringify([from.channel ?? NONE, to.channel ?? NONE]));
    const what: ('level' | 'nextStep' | 'channel')[] = [];
    if (from.level !== to.level) what.push('level');
    if (from.nextStep !== to.nextStep) what.push('nextStep');
    if (from.channel !== to.channel) what.push('channel');
    if (what.length === 0) continue;
    changed++;
    const move = b.level.rank > a.level.rank ? 'up' : b.level.rank < a.level.rank ? 'down' : 'same';
    if (move === 'up') levelUp++;
    if (move === 'down') levelDown++;
    if (what.includes('nextStep')) stepChanges++;
    if (what.includes('channel')) channelChanges++;
    const change: AccountChange = {
      index: i,
      accountId: account.id,
      baseline: from,
      candidate: to,
      changed: what,
      levelMove: move,
    };
    if (changes.length < keep) changes.push(change);
    options.onChange?.(change);
  }
  return {
    asOf,
    accounts: index,
    unreadable,
    baseline: tallies.baseline.outcome(),
    candidate: tallies.candidate.outcome(),
    transitions: { level: matrix(levels), nextStep: matrix(steps), channel: matrix(channels) },
    changed: { accounts: changed, levelUp, levelDown, nextStep: stepChanges, channel: channelChanges },
    changes,
    changesTruncated: changes.length < changed,
  };
}

/**
 * The changed accounts as CSV rows, header first: the rows of `hlm-recovery compare --format csv`
 * and of the playground's download (browser-safe: the CSV writer is the caller's).
 *
 * @internal
 */
export function comparisonRows(r: PolicyComparison): string[][] {
  const rows = [
    [
      'index',
      'accountId',
      'changed',
      'levelMove',
      'baselineLevel',
      'candidateLevel',
      'baselineStep',
      'candidateStep',
      'baselineChannel',
      'candidateChannel',
    ],
  ];
  for (const c of r.changes) {
    rows.push([
      String(c.index),
      c.accountId,
      c.changed.join('|'),
      c.levelMove,
      c.baseline.level,
      c.candidate.level,
      c.baseline.nextStep ?? '',
      c.candidate.nextStep ?? '',
      c.baseline.channel ?? '',
      c.candidate.channel ?? '',
    ]);
  }
  return rows;
}
