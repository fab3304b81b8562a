// Hostile values and mutations of a valid account: the generators fuzz/run.mjs runs on the
// built package and test/account/fast-parse.test.ts on the sources (the fast validator against
// zod). Plain data and fast-check only: no import of the library, so both can use them.
import fc from 'fast-check';

/** Account ids a spreadsheet would run as formulas. */
export const FORMULA_IDS = [
  '=HYPERLINK("http://x","y")',
  '+SUM(1;2)',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '=1+1;=2+2',
  '-',
];

export const hostileScalar = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -0,
    1e308,
    -1e308,
    5e-324,
    2 ** 53,
    12.345,
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\uD800',
    'NaN',
    'Infinity',
    '-Infinity',
    'null',
    'undefined',
    '[]',
    '{}',
  ),
  fc.constantFrom(
    '1e5',
    '1E-2',
    '1,50',
    '1 000.00',
    '1.000,50',
    '+12',
    ' 12',
    '12 ',
    '12.345',
    '.5',
    '5.',
    '0x1F',
    '-0.00',
    '٣٠٠',
    '１２',
    '9999999999999.99',
    '10000000000000.00',
    '-99999999999999999999.99',
    '00000000000000000001.00',
  ),
  fc.constantFrom(
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    '2026-00-10',
    '0000-01-01',
    '9999-12-31',
    '1899-12-31',
    '2151-01-01',
    '2026-1-1',
    '2026-11-23T00:00:00Z',
    '23/11/2026',
    '2026-11-31',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);
export const hostileValue = fc.oneof(
  { weight: 4, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'x', 'amount', 'date'),
      hostileScalar,
      { maxKeys: 3 },
    ),
  },
);

/** Sets `value` at a random place of a JSON value (a copy). */
export function setAt(root, pick, value, key) {
  const copy = structuredClone(root);
  const places = [];
  const collect = (v, path) => {
    places.push(path);
    if (v !== null && typeof v === 'object' && path.length < 6)
      for (const k of Object.keys(v)) collect(v[k], [...path, Array.isArray(v) ? Number(k) : k]);
  };
  collect(copy, []);
  const path = places[pick % places.length];
  if (path.length === 0) return value;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k];
  const last = path[path.length - 1];
  if (key !== undefined && parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    // A new key, possibly __proto__, defined as an own property as JSON.parse would.
    Object.defineProperty(parent[last], key, { value, enumerable: true, configurable: true, writable: true });
  } else parent[last] = value;
  return copy;
}

/** A mutation of a valid account: a hostile value or key somewhere, a ledger duplicated, shuffled, emptied, a deep nesting, unicode. */
export const mutation = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('value'), pick: fc.nat(), value: hostileValue }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('key'),
      pick: fc.nat(),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'unknownField', 'éèü', '\u0000', ''),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate'), times: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shuffle'), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('empty-ledger') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep'), depth: fc.integer({ min: 60, max: 5000 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('unicode'), text: fc.string({ unit: 'grapheme', maxLength: 60 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('none') }) },
);

export function mutate(base, m) {
  switch (m.kind) {
    case 'value':
      return setAt(base, m.pick, m.value);
    case 'key':
      return setAt(base, m.pick, m.value, m.key);
    case 'duplicate':
      return { ...base, ledger: Array.from({ length: m.times + 1 }, () => base.ledger).flat() };
    case 'shuffle': {
      const ledger = [...base.ledger];
      let s = m.seed;
      for (let i = ledger.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        const j = s % (i + 1);
        [ledger[i], ledger[j]] = [ledger[j], ledger[i]];
      }
      return { ...base, ledger };
    }
    case 'empty-ledger':
      return { ...base, ledger: [] };
    case 'deep': {
      let v = '1.00';
      for (let i = 0; i < m.depth; i++) v = [v];
      return { ...base, household: { ...base.household, members: v } };
    }
    case 'unicode':
      return { ...base, id: m.text || 'x', household: { ...base.household, name: m.text } };
    default:
      return base;
  }
}
