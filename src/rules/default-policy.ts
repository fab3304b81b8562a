/**
 * The built-in default policy, in force from 2024-01-01 with no end. Its source is
 * `src/rules/default-policy.json`; `npm run schemas` copies it to
 * `examples/policies/default.json`, the file a policy team copies to start its own (a test checks
 * the two are the same).
 *
 * @module
 */
import source from './default-policy.json';
import { loadPolicy, type PolicySet } from './validate';

/**
 * The default policy, validated and deep-frozen: act as soon as something is owed, reminders
 * 7–10 days apart through the channels that suit the tenant (no SMS or email from 75 years of age
 * or without digital access), a plan when affordable and the FSL and the CESF when not, CAF
 * signalling and CCAPEX referral on time, commandement and assignation only after their legal
 * prerequisites and with human approval.
 *
 * It is a policy set, `{ versions }`: the dated versions of the policy `default`, sorted by
 * `effectiveFrom`, each in force from its `effectiveFrom` to the day before its `effectiveTo`
 * (today one version, `2024.1`, in force from 2024-01-01 with no end). Pass it as it is to
 * {@link prepareRun}, {@link evaluate} or {@link evaluatePortfolio}: each decision follows the
 * version in force on its `asOf`. To read that version, use {@link policyInForce} or the prepared
 * run's `policy`; `versions[0]` is the earliest version, not the one in force once a later one
 * is added.
 *
 * @example
 * ```ts
 * defaultPolicy.versions.map((v) => [v.version, v.effectiveFrom]); // => [['2024.1', '2024-01-01']]
 * policyInForce(defaultPolicy, '2026-11-23').version;               // => '2024.1'
 * prepareRun(defaultPolicy, { asOf: '2026-11-23' }).policy.version; // => '2024.1'
 * ```
 */
export const defaultPolicy: PolicySet = loadPolicy(source);
