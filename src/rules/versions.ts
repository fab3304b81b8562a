/**
 * Dated versions of a policy: a set covers one period without overlap or gap, every version
 * keeping the policy's id, and exactly one version is in force on any day it covers
 * (`[effectiveFrom, effectiveTo)`).
 *
 * @module
 */
import { makeIssue, ValidationError } from '../errors';
import type { IssueCollector } from './issue-collector';
import type { Policy } from './policy-schema';

/** A validated set of dated policy versions, sorted by `effectiveFrom`, deep-frozen. */
export interface PolicySet {
  readonly versions: readonly Policy[];
}

/**
 * Checks the versions of a set against each other: one id for all, and, sorted by start, each
 * version starting the day the previous one ends (`versions_overlap`, `versions_gap`).
 *
 * @param versions - The versions as listed in the file (their index is the path).
 * @param out - Receives the issues.
 * @example
 * ```ts
 * const out = new IssueCollector();
 * checkVersions([{ ...v2024, effectiveTo: null }, { ...v2024, version: '2025.1', effectiveFrom: '2025-01-01' }], out);
 * out.issues[0].code; // => 'versions_overlap'
 * ```
 */
export function checkVersions(versions: readonly Policy[], out: IssueCollector): void {
  const order = versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.effectiveFrom < b.v.effectiveFrom ? -1 : a.v.effectiveFrom > b.v.effectiveFrom ? 1 : 0));
  for (const { v, i } of order) {
    if (v.id !== order[0]!.v.id)
      out.error('invalid_value', ['versions', i, 'id'], v.id, `the same id as the other versions, "${order[0]!.v.id}"`);
  }
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const next = order[k]!;
    const end = prev.v.effectiveTo;
    if (end == null || end > next.v.effectiveFrom) {
      out.error(
        'versions_overlap',
        ['versions', next.i, 'effectiveFrom'],
        next.v.effectiveFrom,
        `a start on or after the end of version "${prev.v.version}" (${end ?? 'open-ended'}): two versions would apply the same day`,
      );
    } else if (end < next.v.effectiveFrom) {
      out.error(
        'versions_gap',
        ['versions', next.i, 'effectiveFrom'],
        next.v.effectiveFrom,
        `a start on ${end}, the day version "${prev.v.version}" ends: no version would apply in between`,
      );
    }
  }
}

/**
 * The version of a policy set in force on a day.
 *
 * @param set - From `loadPolicy` or `validatePolicy`.
 * @param asOf - The evaluation date.
 * @returns The version whose `[effectiveFrom, effectiveTo)` covers `asOf`.
 * @throws {@link ValidationError} `out_of_range` when no version covers it.
 *
 * @example
 * ```ts
 * policyInForce(loadPolicy(defaultPolicy), '2026-11-23').version; // => '2024.1'
 * policyInForce(loadPolicy(defaultPolicy), '2023-01-01');
 * // throws ValidationError: 'asOf: expected a date covered by a version of the policy (2024-01-01 – …); received "2023-01-01"'
 * ```
 */
export function policyInForce(set: PolicySet, asOf: string): Policy {
  for (const v of set.versions) {
    if (v.effectiveFrom <= asOf && (v.effectiveTo == null || asOf < v.effectiveTo)) return v;
  }
  const periods = set.versions.map((v) => `${v.effectiveFrom} – ${v.effectiveTo ?? '…'}`).join(', ');
  throw new ValidationError([
    makeIssue('out_of_range', ['asOf'], asOf, `a date covered by a version of the policy (${periods})`),
  ]);
}
