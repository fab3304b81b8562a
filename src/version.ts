/**
 * Version of the library, written into every decision's provenance (kept equal to package.json by a test).
 *
 * @example
 * ```ts
 * LIBRARY_VERSION; // => '0.1.0'
 * ```
 */
export const LIBRARY_VERSION = '0.1.0';
