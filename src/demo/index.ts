/**
 * `hlm-recovery/demo`: a seeded demo portfolio of realistic French social-housing tenancies, for
 * examples, previews of a policy and the benchmark.
 *
 * Each account is a pure function of `(seed, index)` and `asOf`, so account `i` is the same
 * whether 10 or 1,000,000 accounts are generated, and nothing reads the clock or
 * `Math.random()`. Money is computed in integer cents and written as decimal strings
 * (`"512.30"`); dates are ISO strings.
 *
 * What the portfolio looks like (about; measured in `test/demo/generate.test.ts`):
 * - payers: 70 % always on time, 10 % sometimes late, 8 % partial payers, 7 % recent default (a
 *   job loss: they stop paying 1–4 months before `asOf`), 5 % chronic arrears; 4 % of tenants
 *   have left (`lease.endedOn`), 40 % of them owing money;
 * - about 15–16 % of accounts owe money at the end of `asOf` (12–18 % is tested);
 * - half of the households receive a housing benefit (APL, ALS or ALF), mostly paid to the
 *   landlord (« tiers payant »);
 * - households of 1 to 6 people, with a member aged 75 or more in about 10 % of them;
 * - the worst accounts are at every stage of the procedure, from the CAF signalling to the
 *   commandement de quitter les lieux; some have a repayment plan (« plan d'apurement »).
 *
 * @module
 */
export { generateDemoAccount, generateDemoPortfolio } from './generate';
export { DEMO_DEFAULT_AS_OF, DEMO_DEFAULT_SEED } from './options';
export type { DemoAccountOptions, DemoPortfolioOptions } from './options';
