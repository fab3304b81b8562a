/**
 * The demo generator: one account from `(seed, index)`, or a stream of them.
 *
 * Each account is a pure function of `(seed, index)` and `asOf`: its draws come from its own
 * generator (see `prng.ts`), in a fixed order, so account `i` is the same whether 10 or 1,000,000
 * accounts are generated, and nothing reads the clock or `Math.random()`.
 *
 * @module
 */
import type { AccountInput } from '../account';
import { fail } from '../errors';
import { assembleAccount } from './assemble';
import { drawBenefit } from './benefit';
import { contactsOf, drawReach } from './contacts';
import { buildFrame, type Frame } from './frame';
import { simulateHistory } from './history';
import { drawHousehold } from './household';
import { drawLease } from './lease';
import { ledgerOf } from './ledger';
import {
  checkedIndex,
  checkedSeed,
  DEMO_DEFAULT_SEED,
  type DemoAccountOptions,
  type DemoPortfolioOptions,
} from './options';
import { drawBehaviour, drawHabits } from './payments';
import { drawPlan, drawRegularisationPlan } from './plans';
import { drawProcedure } from './procedure';
import { accountPrng } from './prng';
import { drawRegularisations } from './regularisations';
import { drawArrears, drawTenancy } from './tenancy';

/**
 * Account `index` of the portfolio `seed` in a frame. The order of the calls below is the order
 * of the draws: changing it changes every account.
 */
function generateInFrame(frame: Frame, seed: number, index: number): AccountInput {
  const rng = accountPrng(seed, index);
  const household = drawHousehold(rng);
  const lease = drawLease(rng, frame);
  const benefit = drawBenefit(rng, household, lease);
  const tenancy = drawTenancy(rng, household.profile, lease);
  const habits = drawHabits(rng);
  const arrears = drawArrears(rng, tenancy, lease, benefit);
  const procedure = drawProcedure(rng, frame, tenancy, arrears, lease, benefit);
  let plan = drawPlan(rng, frame, tenancy, arrears, lease, benefit, procedure);
  const regularisations = drawRegularisations(rng, frame, lease, tenancy);
  if (plan === null && tenancy.profile === 'on-time') plan = drawRegularisationPlan(rng, regularisations);
  const behaviour = drawBehaviour(rng, tenancy, arrears);

  const scenario = { lease, benefit, tenancy, arrears, habits, procedure, plan, regularisations, behaviour };
  const book = simulateHistory(rng, frame, scenario);
  const ledger = ledgerOf(frame, book); // sorts the book's entries by day
  const reach = drawReach(rng, household.headAge);
  const contacts = contactsOf(rng, book.entries, frame.asOfDay, reach, procedure.days);
  const id = `DEMO-${String(index + 1).padStart(6, '0')}`;
  return assembleAccount(rng, frame, {
    id,
    household,
    reach,
    lease,
    benefit,
    tenancy,
    arrears,
    procedure,
    plan,
    ledger,
    contacts,
  });
}

/**
 * Generates one realistic demo tenancy of a French social landlord.
 *
 * The account is a pure function of `(seed, index)` and `asOf`: the same arguments give the same
 * JSON, byte for byte, and account `index` does not depend on how many accounts are generated
 * around it. Its ledger covers the 24 months before `asOf` (less for a lease signed since) and
 * holds nothing after it; it passes `parseAccount`.
 *
 * @param seed - Seed of the portfolio, a safe integer (e.g. {@link DEMO_DEFAULT_SEED}).
 * @param index - Position of the account in the portfolio, from 0; its id is `DEMO-` and
 *   `index + 1` on at least 6 digits.
 * @param options - `{ asOf }`, the export date (default {@link DEMO_DEFAULT_AS_OF}).
 * @returns An account as a housing ERP exports it: money as decimal strings, ISO dates.
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` for a seed or an index
 *   that is not a safe integer (or a negative index); `invalid_type`, `invalid_date` or
 *   `out_of_range` (years 2000–2150) for `asOf`.
 * @example
 * ```ts
 * import { generateDemoAccount } from 'hlm-recovery/demo';
 * import { parseAccount } from 'hlm-recovery';
 *
 * const account = generateDemoAccount(2026, 0);
 * account.id;                  // => 'DEMO-000001'
 * parseAccount(account).id;    // => 'DEMO-000001' (always valid)
 * JSON.stringify(generateDemoAccount(2026, 0)) === JSON.stringify(account); // => true
 * ```
 */
export function generateDemoAccount(seed: number, index: number, options?: DemoAccountOptions): AccountInput {
  const s = checkedSeed(seed);
  const i = checkedIndex(index, 'index');
  return generateInFrame(buildFrame(options?.asOf), s, i);
}

/**
 * Streams a demo portfolio: accounts `0 … count − 1` of {@link generateDemoAccount}, one at a
 * time, never holding them all in memory.
 *
 * Arguments are checked when this function is called, before the first account is asked for.
 *
 * @param options - `{ seed, count, asOf }`: the seed (default {@link DEMO_DEFAULT_SEED}), how
 *   many accounts, and the export date (default {@link DEMO_DEFAULT_AS_OF}).
 * @returns A generator of accounts, in index order.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type` when `options` is not an
 *   object; `invalid_number` for a seed that is not a safe integer or a count that is not a
 *   non-negative safe integer; `invalid_date` or `out_of_range` for `asOf`.
 * @example
 * ```ts
 * import { generateDemoPortfolio } from 'hlm-recovery/demo';
 * import { defaultPolicy, evaluate } from 'hlm-recovery';
 *
 * const ids = [...generateDemoPortfolio({ count: 3 })].map((a) => a.id);
 * // => ['DEMO-000001', 'DEMO-000002', 'DEMO-000003']
 * for (const account of generateDemoPortfolio({ seed: 7, count: 1_000_000 })) {
 *   evaluate(account, defaultPolicy, { asOf: '2026-11-23' }); // one account in memory at a time
 * }
 * ```
 */
export function generateDemoPortfolio(options: DemoPortfolioOptions): Generator<AccountInput> {
  if (typeof options !== 'object' || options === null) {
    fail('invalid_type', [], options, 'an options object { seed?, count, asOf? }');
  }
  const seed = checkedSeed(options.seed ?? DEMO_DEFAULT_SEED);
  const count = checkedIndex(options.count, 'count');
  const frame = buildFrame(options.asOf);
  return streamAccounts(frame, seed, count);
}

function* streamAccounts(frame: Frame, seed: number, count: number): Generator<AccountInput> {
  for (let index = 0; index < count; index++) yield generateInFrame(frame, seed, index);
}
