/**
 * Freezing exported data deeply, so a constant the library hands out (a schema, a policy) cannot
 * be changed by a host.
 *
 * @module
 */

/**
 * Freezes a value and everything it holds.
 *
 * @param value - Plain data.
 * @returns The same value, frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
