/**
 * The policy's tolerance for promises to pay: how many days after its due date a payment still
 * keeps a promise, and how much it may fall short. Practice, not law.
 *
 * @module
 */
import { z } from 'zod';
import { AmountSchema, DEFAULT_PROMISE_RULES, type PromiseRules } from '../account';

/**
 * The `promises` section of a policy.
 *
 * @example
 * ```ts
 * PromiseRulesSchema.safeParse({ graceDays: 5, shortfall: '10.00' }).success; // => true
 * ```
 */
export const PromiseRulesSchema = z
  .strictObject({
    graceDays: z.number().int().min(0).max(31).optional().meta({
      description:
        'Days after the due date a payment still keeps a promise (a payment posted late by the bank). Default 3.',
    }),
    shortfall: AmountSchema.optional().meta({
      description: 'Amount by which the payments may fall short of the promise and still keep it, EUR. Default "0.00".',
    }),
  })
  .meta({ description: 'How promises to pay (promesses de paiement) are judged: the tolerance. Practice, not law.' });

/**
 * The tolerance of a policy's `promises` section, with the defaults filled in.
 *
 * @param input - The section, or `undefined`.
 * @returns The rules.
 * @example
 * ```ts
 * resolvePromiseRules({ graceDays: 5 }); // => { graceDays: 5, shortfall: '0.00' }
 * ```
 */
export function resolvePromiseRules(input: z.output<typeof PromiseRulesSchema> | undefined): PromiseRules {
  return Object.freeze({
    graceDays: input?.graceDays ?? DEFAULT_PROMISE_RULES.graceDays,
    shortfall: input?.shortfall ?? DEFAULT_PROMISE_RULES.shortfall,
  });
}
