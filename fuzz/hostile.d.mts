// Types of fuzz/hostile.mjs for the TypeScript tests that import it.
import type { Arbitrary } from 'fast-check';

export declare const FORMULA_IDS: readonly string[];
export declare const hostileScalar: Arbitrary<unknown>;
export declare const hostileValue: Arbitrary<unknown>;
/** `value` at a random place (up to 6 deep) of a copy of `root`, or under a new key. */
export declare function setAt(root: unknown, pick: number, value: unknown, key?: string): unknown;
export type AccountMutation =
  | { kind: 'value'; pick: number; value: unknown }
  | { kind: 'key'; pick: number; key: string; value: unknown }
  | { kind: 'duplicate'; times: number }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'empty-ledger' }
  | { kind: 'deep'; depth: number }
  | { kind: 'unicode'; text: string }
  | { kind: 'none' };
/** A mutation of a valid account. */
export declare const mutation: Arbitrary<AccountMutation>;
/** The account `base` (a plain JSON value) with the mutation applied. */
export declare function mutate(base: Record<string, any>, m: AccountMutation): unknown;
