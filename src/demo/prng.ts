/**
 * Seeded randomness of the demo portfolio: splitmix32 seeded by a murmur3-style hash of
 * `(seed, index)`, and draws from weighted tables.
 *
 * Each account has its own generator, so account `i` is the same whether 10 or 1,000,000
 * accounts are generated. Nothing here reads the clock or `Math.random()`.
 *
 * @module
 */

/** murmur3's 32-bit finaliser. */
function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Low and high 32 bits of a safe integer (two's complement for negative numbers). */
function words(n: number): [number, number] {
  return [n >>> 0, Math.floor(n / 4294967296) >>> 0];
}

/**
 * The 32-bit state of account `index` of the portfolio `seed`: every bit of both safe integers
 * counts.
 */
function hashSeed(seed: number, index: number): number {
  const [sLo, sHi] = words(seed);
  const [iLo, iHi] = words(index);
  let h = mix32(sLo + 0x9e3779b9);
  h = mix32(h ^ sHi ^ 0x85ebca6b);
  h = mix32(h ^ mix32(iLo + 0x7f4a7c15));
  return mix32(h ^ iHi ^ 0xc2b2ae35);
}

/** A weighted table of values, ready for {@link Prng.pick}. */
export interface Weighted<T> {
  readonly values: readonly T[];
  /** Running totals of the weights, one per value. */
  readonly cumulative: readonly number[];
  readonly total: number;
}

/**
 * A frozen weighted table from `[value, weight]` pairs.
 *
 * @example
 * ```ts
 * weighted([['a', 3], ['b', 1]]).cumulative; // => [3, 4]
 * ```
 */
export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  return Object.freeze({ values: Object.freeze(values), cumulative: Object.freeze(cumulative), total });
}

/**
 * splitmix32: a tiny, fast PRNG with a 32-bit state; good enough for synthetic data.
 *
 * @example
 * ```ts
 * const rng = new Prng(42);
 * rng.int(1, 6); // => an integer from 1 to 6, the same for every run with seed 42
 * ```
 */
export class Prng {
  private state: number;

  /** A generator whose state is the 32-bit `seed`. */
  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let t = this.state ^ (this.state >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return (t >>> 0) / 4294967296;
  }

  /** An integer from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A value drawn from a weighted table. */
  pick<T>(table: Weighted<T>): T {
    const x = this.next() * table.total;
    for (let i = 0; i < table.cumulative.length; i++) if (x < table.cumulative[i]!) return table.values[i]!;
    return table.values[table.values.length - 1]!;
  }
}

/**
 * The generator of account `index` of the portfolio `seed` (both safe integers).
 *
 * @example
 * ```ts
 * accountPrng(2026, 0).next() === accountPrng(2026, 0).next(); // => true
 * ```
 */
export function accountPrng(seed: number, index: number): Prng {
  return new Prng(hashSeed(seed, index));
}
