/**
 * What an evaluation accepts as its policy, and how it becomes a loaded policy: a set returned by
 * `loadPolicy` is used as it is; a plain object (one policy or a set of versions) is validated,
 * copied and frozen, so a host that changes its object afterwards never changes a run prepared
 * from it.
 *
 * Loading the same content again is not repeated: the loaded policies of the last few contents
 * are kept, keyed by the content itself (its canonical JSON) and the vocabulary it was validated
 * with (the library's facts and operators, or those of a host's `extend` as well), so a changed
 * object is a new key and never gets the old rules, and a policy validated with one vocabulary
 * never serves a run with another: a loaded policy given with another vocabulary than its own is
 * validated again with the run's.
 *
 * @module
 */
import type { Policy, PolicyInput } from './policy-schema';
import { LIBRARY_VOCABULARY, type Vocabulary } from './extension';
import { canonicalJson, contentHash } from './hash';
import { loadPolicyWith, loadedVocabularyKey, type PolicySet } from './validate';

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
 * @param vocabulary - The facts and operators the run knows: the library's by default, or with a
 *   host's (`extend`, see `extension.ts`).
 * @returns The loaded policy: the same object for one loaded with the same vocabulary; for one
 *   loaded with another, its content validated again with this one.
 * @throws {@link ValidationError} with every issue of an invalid policy (a host fact unknown to
 *   the vocabulary among them).
 * @example
 * ```ts
 * loadedPolicyOf(defaultPolicy) === defaultPolicy; // => true
 * ```
 */
export function loadedPolicyOf(source: unknown, vocabulary: Vocabulary = LIBRARY_VOCABULARY): LoadedPolicy {
  if (loadedVocabularyKey(source) === vocabulary.key) return source as LoadedPolicy;
  const content = typeof source === 'string' ? null : plainContentKey(source);
  // The vocabulary's key is a JSON text (or ''), never holding a line feed unescaped.
  const key = content === null ? null : `${vocabulary.key}\n${content}`;
  if (key !== null) {
    const hit = byContent.get(key);
    if (hit !== undefined) {
      // Most recently used last.
      byContent.delete(key);
      byContent.set(key, hit);
      return hit;
    }
  }
  const loaded = loadPolicyWith(source, vocabulary);
  if (key !== null) {
    byContent.set(key, loaded);
    if (byContent.size > KEPT) byContent.delete(byContent.keys().next().value!);
  }
  return loaded;
}
