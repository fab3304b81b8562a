import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../src/rules/hash';
import { shuffleKeys } from '../account/arbitraries';
import { runs } from '../runs';

/** FNV-1a 64 written from its definition, checked below on the published test vectors. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) % 2n ** 64n;
  return h.toString(16).padStart(16, '0');
}

describe('canonicalJson', () => {
  it('sorts the keys of every object, at every depth, and keeps arrays in order', () => {
    expect(canonicalJson({ b: [{ z: 1, y: null }, 'x'], a: { d: true, c: 'é"' } })).toBe(
      '{"a":{"c":"é\\"","d":true},"b":[{"y":null,"z":1},"x"]}',
    );
  });

  it('writes what JSON cannot hold as null, and scalars as JSON does', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined, 1.5, -0, 'a'])).toBe('[null,1.5,0,"a"]');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('is JSON.stringify of the same data, keys sorted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('contentHash', () => {
  it('the reference FNV-1a 64 agrees with the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('is FNV-1a 64 of the canonical JSON, in UTF-8', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(contentHash(value)).toBe(`fnv1a64:${fnv1a64(canonicalJson(value))}`);
      }),
      { numRuns: runs(300) },
    );
    expect(contentHash('é')).toBe(`fnv1a64:${fnv1a64('"é"')}`);
    expect(contentHash(0)).toBe('fnv1a64:af63ad4c86019caf'); // FNV-1a 64 of "0"
  });

  it('is the same whatever the key order, and differs when a value changes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer(), (value, seed) => {
        expect(contentHash(shuffleKeys(value, seed))).toBe(contentHash(value));
        expect(contentHash({ ...value, extra: 1 })).not.toBe(contentHash({ ...value, extra: 2 }));
      }),
      { numRuns: runs(200) },
    );
  });

  it('gives a frozen value the same hash on every call, as an unfrozen copy', () => {
    const frozen = Object.freeze({ a: 1, b: Object.freeze([1, 2]) });
    expect(contentHash(frozen)).toBe(contentHash({ b: [1, 2], a: 1 }));
    expect(contentHash(frozen)).toBe(contentHash(frozen));
  });
});
