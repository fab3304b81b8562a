/**
 * "Did you mean": the nearest known name to a misspelt one, for the messages of policy
 * validation (an unknown fact, operator, parameter or level).
 *
 * @module
 */

/**
 * Edit distance (Levenshtein) between two names, ignoring case.
 *
 * @param a - A name.
 * @param b - Another name.
 * @returns The least number of one-letter insertions, deletions or substitutions from `a` to `b`.
 * @example
 * ```ts
 * editDistance('arrear', 'arrears'); // => 1
 * editDistance('Arrears', 'arrears'); // => 0
 * ```
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The nearest known name, when near enough to be a typo: at most 2 edits, or a third of the
 * name's length for a longer name. Among names equally near, the first listed.
 *
 * @param name - The name the policy wrote.
 * @param known - The names that exist.
 * @returns The suggestion, or `null` when no name is near enough.
 * @example
 * ```ts
 * suggest('arrear', ['arrears', 'balance']); // => 'arrears'
 * suggest('zzz', ['arrears', 'balance']);    // => null
 * ```
 */
export function suggest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

/**
 * The "did you mean" part of a message, empty when there is nothing to suggest.
 *
 * @param name - The name the policy wrote.
 * @param known - The names that exist.
 * @returns ` (did you mean "…"?)` with a leading space, or `''`.
 * @example
 * ```ts
 * didYouMean('arrear', ['arrears']); // => ' (did you mean "arrears"?)'
 * didYouMean('zzz', ['arrears']);    // => ''
 * ```
 */
export function didYouMean(name: string, known: readonly string[]): string {
  const s = suggest(name, known);
  return s === null ? '' : ` (did you mean "${s}"?)`;
}
