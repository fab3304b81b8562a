/**
 * A content hash of JSON data, for a decision's provenance: FNV-1a 64 over the canonical JSON
 * (keys sorted), so the same policy gives the same hash whatever its key order. Not a security
 * measure: it identifies a version for replay and audit.
 *
 * @module
 */

/** JSON with the keys of every object sorted. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * Hashes JSON data.
 *
 * @param value - Plain JSON data.
 * @returns `fnv1a64:` and 16 hexadecimal digits.
 * @example
 * ```ts
 * contentHash({ b: 1, a: 2 }) === contentHash({ a: 2, b: 1 }); // => true
 * ```
 */
export function contentHash(value: unknown): string {
  let hash = 0xcbf29ce484222325n;
  const bytes = new TextEncoder().encode(canonicalJson(value));
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}
