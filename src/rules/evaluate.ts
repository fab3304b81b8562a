/**
 * `evaluate(account, policy, { asOf })`: what a recovery officer sees each morning for a tenant —
 * the alert level, the legal duties and their dates, the next step with its channel and date, the
 * plan the household can afford, prevention advice, and why. One call of {@link prepareRun}:
 * for many accounts, prepare the run once and call `run.evaluate` for each.
 *
 * The law is applied whatever the policy says: legal gates, the ban on enforcement while a
 * surendettement file is recevable or while délais granted by a judge are kept, human approval
 * for steps with legal effect, no action on a weekend or public holiday of the zone.
 *
 * @module
 */
import type { Decision } from './decision';
import { prepareRun, type PolicySource, type RunOptions } from './run';

/** Options of {@link evaluate}: those of {@link prepareRun}. */
export type EvaluateOptions = RunOptions;

/**
 * Evaluates one account under a policy as of a date.
 *
 * @param account - A raw JSON account (parsed on entry) or the output of `parseAccount`.
 * @param policy - One policy, a set of dated versions, or the output of `loadPolicy`.
 * @param options - `{ asOf }`; `engine: 'json-rules-engine'` returns a promise.
 * @returns The {@link Decision}.
 * @throws {@link ValidationError} for an invalid account, policy or `asOf`, or when no version
 *   of the policy covers `asOf`.
 * @example
 * ```ts
 * evaluate(account, defaultPolicy, { asOf: '2026-11-23' }).nextAction?.step; // => 'caf-signal'
 * ```
 */
export function evaluate(
  account: unknown,
  policy: PolicySource,
  options: EvaluateOptions & { engine?: 'compiled' },
): Decision;
export function evaluate(
  account: unknown,
  policy: PolicySource,
  options: EvaluateOptions & { engine: 'json-rules-engine' },
): Promise<Decision>;
export function evaluate(
  account: unknown,
  policy: PolicySource,
  options: EvaluateOptions,
): Decision | Promise<Decision>;
export function evaluate(
  account: unknown,
  policy: PolicySource,
  options: EvaluateOptions,
): Decision | Promise<Decision> {
  if (options?.engine === 'json-rules-engine') {
    // Asynchronous all through: a bad policy or account is a rejected promise, as before.
    return (async () => prepareRun(policy, options).evaluate(account))();
  }
  return prepareRun(policy, options).evaluate(account);
}
