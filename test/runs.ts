/**
 * How many runs a property test makes: as written, except under mutation testing
 * (`npm run mutation` sets HLM_MUTATION), where each of thousands of mutants runs the test again
 * and 100 generated cases are enough to tell it apart.
 */
export function runs(n: number): number {
  return process.env.HLM_MUTATION ? Math.min(n, 100) : n;
}
