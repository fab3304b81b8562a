/**
 * What an evaluation accepts as its policy, and how it becomes a loaded policy: a set returned by
 * `loadPolicy` is used as it is; a plain object (one policy or a set of versions) is validated,
 * copied and frozen, so a host that changes its object afterwards never changes a run prepared
 * from it.
 *
 * Loading the same content again is not repeated: the loaded policies of the last few contents
 * are kept, keyed by the content itself (its canonical JSON), so a changed object is a new key
 * and never gets the old rules.
 *
 * @module
 */
import type { Policy, PolicyInput } from './policy-schema';
import { canonicalJson, contentHash } from './hash';
import { isLoadedPolicy, loadPolicy, type PolicySet } from './validate';

/** A validated policy: its versions sorted by `effectiveFrom` and deep-frozen (from `loadPolicy`). */
export type LoadedPolicy = PolicySet;

/** A policy as an evaluation accepts it: one policy, a set of dated versions, or a loaded policy. */
export type PolicySource = PolicyInput | { readonly versions: readonly PolicyInput[] } | LoadedPolicy;

const hashes = new WeakMap<Policy, string>();

/**
 * The content hash of a version of a loaded policy, computed once: a loaded policy is deep-frozen
 * and cannot change, so its hash cannot go stale.
 *
 * @param version - A version of a {@link LoadedPolicy}.
 * @returns Its content hash, as decisions carry it.
 * @example
 * ```ts
 * versionHash(defaultPolicy.versions[0]) === contentHash(defaultPolicy.versions[0]); // => true
 * ```
 */
export function versionHash(version: Policy): string {
  let hash = hashes.get(version);
  if (hash === undefined) {
    hash = contentHash(version);
    hashes.set(version, hash);
  }
  return hash;
}

/** How many loaded contents are kept. */
const KEPT = 8;
const byContent = new Map<string, LoadedPolicy>();

/**
 * The canonical JSON of plain JSON data, or `null` when the value holds anything else (a class
 * instance, a function, `undefined`, a number that is not finite): such a value is never cached,
 * its validation decides.
 */
function plainContentKey(value: unknown): string | null {
  const plain = (v: unknown): boolean => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return Number.isFinite(v);
    if (Array.isArray(v)) return v.every(plain);
    if (typeof v !== 'object') return false;
    const proto = Object.getPrototypeOf(v) as unknown;
    return (proto === Object.prototype || proto === null) && Object.values(v as object).every(plain);
  };
  return plain(value) ? canonicalJson(value) : null;
}

/**
 * The loaded policy of a policy source.
 *
 * @param source - One policy, a set of versions, a JSON text, or a loaded policy.
 * @returns The loaded policy (the same object for a loaded one).
 * @throws {@link ValidationError} with every issue of an invalid policy.
 * @example
 * ```ts
 * loadedPolicyOf(defaultPolicy) === defaultPolicy; // => true
 * ```
 */
export function loadedPolicyOf(source: unknown): LoadedPolicy {
  if (isLoadedPolicy(source)) return source;
  const key = typeof source === 'string' ? null : plainContentKey(source);
  if (key !== null) {
    const hit = byContent.get(key);
    if (hit !== undefined) {
      // Most recently used last.
      byContent.delete(key);
      byContent.set(key, hit);
      return hit;
    }
  }
  const loaded = loadPolicy(source);
  if (key !== null) {
    byContent.set(key, loaded);
    if (byContent.size > KEPT) byContent.delete(byContent.keys().next().value!);
  }
  return loaded;
}
