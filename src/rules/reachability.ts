/**
 * Interval reasoning on conditions, for the domain checks of `validatePolicy`: which lower
 * thresholds a condition sets, and which rules can never match because an earlier rule matches
 * every case they cover. Decided exactly for conjunctions of single-fact comparisons with
 * constants; other shapes are only flagged when they repeat an earlier rule word for word.
 *
 * @module
 */
import { compareDecimal } from '../money';
import { isParamRef, type Condition, type JsonValue } from './conditions';
import { FACTS } from './facts';

type Scalar = string | number | boolean | null;

/** What a conjunction allows for one fact. */
type Constraint =
  | { kind: 'range'; lo: Scalar | undefined; loIn: boolean; hi: Scalar | undefined; hiIn: boolean }
  | { kind: 'set'; values: readonly Scalar[] };

/** A lower threshold: an amount or rate as a decimal string, or a count. */
export type Threshold = string | number;

/** Orders two constants exactly: numbers, decimal strings, or else as text (ISO dates). */
export function order(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const d = compareDecimal(a, b);
  if (d !== null) return d;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function resolve(value: JsonValue, params: Readonly<Record<string, { value: unknown }>>): JsonValue | undefined {
  if (isParamRef(value))
    return Object.hasOwn(params, value.param) ? (params[value.param]!.value as JsonValue) : undefined;
  // A fact reference is no constant.
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? undefined : value;
}

const RANGE_OPERATORS: Record<string, { side: 'lo' | 'hi' | 'both'; inclusive: boolean }> = {
  greaterThan: { side: 'lo', inclusive: false },
  greaterThanInclusive: { side: 'lo', inclusive: true },
  decimalGreaterThan: { side: 'lo', inclusive: false },
  decimalGreaterThanInclusive: { side: 'lo', inclusive: true },
  dateAfter: { side: 'lo', inclusive: false },
  dateOnOrAfter: { side: 'lo', inclusive: true },
  lessThan: { side: 'hi', inclusive: false },
  lessThanInclusive: { side: 'hi', inclusive: true },
  decimalLessThan: { side: 'hi', inclusive: false },
  decimalLessThanInclusive: { side: 'hi', inclusive: true },
  dateBefore: { side: 'hi', inclusive: false },
  dateOnOrBefore: { side: 'hi', inclusive: true },
  decimalEqual: { side: 'both', inclusive: true },
};

function leaves(condition: Condition): Condition[] | null {
  if ('all' in condition) {
    const out: Condition[] = [];
    for (const c of condition.all) {
      const inner = leaves(c);
      if (inner === null) return null;
      out.push(...inner);
    }
    return out;
  }
  if ('any' in condition || 'not' in condition) return null;
  return [condition];
}

function intersect(a: Constraint, b: Constraint): Constraint | null {
  if (a.kind === 'set' && b.kind === 'set')
    return { kind: 'set', values: a.values.filter((v) => b.values.includes(v)) };
  if (a.kind === 'range' && b.kind === 'range') {
    let { lo, loIn, hi, hiIn } = a;
    if (b.lo !== undefined && (lo === undefined || order(b.lo, lo) > 0 || (order(b.lo, lo) === 0 && !b.loIn))) {
      lo = b.lo;
      loIn = b.loIn;
    }
    if (b.hi !== undefined && (hi === undefined || order(b.hi, hi) < 0 || (order(b.hi, hi) === 0 && !b.hiIn))) {
      hi = b.hi;
      hiIn = b.hiIn;
    }
    return { kind: 'range', lo, loIn, hi, hiIn };
  }
  return null;
}

/** The constraints of a conjunction of constant comparisons, by fact; `null` when undecidable. */
function constraintsOf(
  condition: Condition | undefined,
  params: Readonly<Record<string, { value: unknown }>>,
): Map<string, Constraint> | null {
  const out = new Map<string, Constraint>();
  if (condition === undefined) return out;
  const list = leaves(condition);
  if (list === null) return null;
  for (const leaf of list) {
    if (!('fact' in leaf) || leaf.path !== undefined) return null;
    const value = resolve(leaf.value, params);
    if (value === undefined) return null;
    let c: Constraint;
    const range = RANGE_OPERATORS[leaf.operator];
    if (range !== undefined) {
      if (value === null || typeof value === 'object') return null;
      c =
        range.side === 'lo'
          ? { kind: 'range', lo: value, loIn: range.inclusive, hi: undefined, hiIn: false }
          : range.side === 'hi'
            ? { kind: 'range', lo: undefined, loIn: false, hi: value, hiIn: range.inclusive }
            : { kind: 'range', lo: value, loIn: true, hi: value, hiIn: true };
    } else if (leaf.operator === 'equal' && (value === null || typeof value !== 'object')) {
      c = { kind: 'set', values: [value] };
    } else if (leaf.operator === 'in' && Array.isArray(value)) {
      c = { kind: 'set', values: value as Scalar[] };
    } else {
      return null;
    }
    const previous = out.get(leaf.fact);
    const merged = previous === undefined ? c : intersect(previous, c);
    if (merged === null) return null;
    out.set(leaf.fact, merged);
  }
  return out;
}

/** Whether every value `inner` allows, `outer` allows too. */
function within(inner: Constraint, outer: Constraint): boolean {
  if (inner.kind === 'set' && outer.kind === 'set') return inner.values.every((v) => outer.values.includes(v));
  if (inner.kind === 'set' && outer.kind === 'range') return inner.values.every((v) => v !== null && inRange(v, outer));
  if (inner.kind === 'range' && outer.kind === 'range') {
    const loOk =
      outer.lo === undefined ||
      (inner.lo !== undefined &&
        (order(inner.lo, outer.lo) > 0 || (order(inner.lo, outer.lo) === 0 && (outer.loIn || !inner.loIn))));
    const hiOk =
      outer.hi === undefined ||
      (inner.hi !== undefined &&
        (order(inner.hi, outer.hi) < 0 || (order(inner.hi, outer.hi) === 0 && (outer.hiIn || !inner.hiIn))));
    return loOk && hiOk;
  }
  return false;
}

function inRange(v: Scalar, r: Extract<Constraint, { kind: 'range' }>): boolean {
  if (r.lo !== undefined) {
    const c = order(v, r.lo);
    if (c < 0 || (c === 0 && !r.loIn)) return false;
  }
  if (r.hi !== undefined) {
    const c = order(v, r.hi);
    if (c > 0 || (c === 0 && !r.hiIn)) return false;
  }
  return true;
}

/** Whether every case `inner` covers, `outer` covers too (decided on constraints). */
function covers(outer: Map<string, Constraint>, inner: Map<string, Constraint>): boolean {
  for (const [fact, constraint] of outer) {
    const own = inner.get(fact);
    if (own === undefined || !within(own, constraint)) return false;
  }
  return true;
}

/** A rule that can never match. */
export interface Unreachable {
  /** Index of the rule that never matches. */
  readonly index: number;
  /** Index of the rule that pre-empts it. */
  readonly by: number;
  /** Decided exactly (an error), or only suspected from identical conditions (a warning). */
  readonly exact: boolean;
}

/**
 * Finds the rules that an earlier rule always pre-empts.
 *
 * @param rules - In evaluation order (the first that matches wins).
 * @param params - Policy parameters, for `{ "param": … }` values.
 * @returns Each unreachable rule, with the rule that pre-empts it.
 */
export function findUnreachable(
  rules: readonly { index: number; conditions: Condition | undefined }[],
  params: Readonly<Record<string, { value: unknown }>>,
): Unreachable[] {
  const constraints = rules.map((r) => constraintsOf(r.conditions, params));
  const out: Unreachable[] = [];
  for (let k = 1; k < rules.length; k++) {
    for (let m = 0; m < k; m++) {
      const outer = constraints[m];
      const inner = constraints[k];
      if (outer != null && inner != null && covers(outer, inner)) {
        out.push({ index: rules[k]!.index, by: rules[m]!.index, exact: true });
        break;
      }
      if (
        (outer == null || inner == null) &&
        JSON.stringify(rules[m]!.conditions) === JSON.stringify(rules[k]!.conditions)
      ) {
        out.push({ index: rules[k]!.index, by: rules[m]!.index, exact: false });
        break;
      }
    }
  }
  return out;
}

/**
 * The lower thresholds a condition sets on amount, rate and count facts (`≥` or `>` a constant in
 * its top-level conjunction), by fact.
 *
 * @param condition - A level's conditions.
 * @param params - Policy parameters.
 * @returns The thresholds; empty when the condition is not a plain conjunction.
 */
export function thresholdsOf(
  condition: Condition,
  params: Readonly<Record<string, { value: unknown }>>,
): Map<string, Threshold> {
  const out = new Map<string, Threshold>();
  const constraints = constraintsOf(condition, params);
  if (constraints === null) return out;
  for (const [fact, c] of constraints) {
    const type = FACTS[fact]?.type;
    if (c.kind !== 'range' || c.lo === undefined || (type !== 'amount' && type !== 'decimal' && type !== 'integer'))
      continue;
    if (typeof c.lo === 'string' || typeof c.lo === 'number') out.set(fact, c.lo);
  }
  return out;
}
