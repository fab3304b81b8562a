/**
 * Where each value of a JSON text is: a map from its path (as the library writes it,
 * `versions[0].levels[2].conditions`) to its range in the text, read from the syntax tree of
 * `@codemirror/lang-json` (Lezer). The tree is built even for a text with a syntax error, so the
 * values before (and mostly after) the error keep their place.
 */
import { jsonLanguage } from '@codemirror/lang-json';
import type { SyntaxNode } from '@lezer/common';
import { formatPath, type PathSegment } from '../../../../src/index';

/** The place of one value in the text. */
export interface Location {
  /** The key of the value in its object (absent for an item of a list, or the root). */
  readonly keyFrom?: number;
  readonly keyTo?: number;
  /** The value itself (absent when a key has no value yet). */
  readonly from: number;
  readonly to: number;
}

/** The places of the values of a text, by path, and the offsets where its lines start. */
export interface Locations {
  readonly byPath: ReadonlyMap<string, Location>;
  /** Offsets of the starts of the lines: `lineStarts[0] === 0`. */
  readonly lineStarts: readonly number[];
}

const VALUES = new Set(['True', 'False', 'Null', 'Number', 'String', 'Object', 'Array']);

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Reads a property name as JSON says it (escapes included); the raw text when it is malformed. */
function keyOf(text: string, node: SyntaxNode): string {
  const raw = text.slice(node.from, node.to);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

/**
 * Maps every value of a JSON text to its place.
 *
 * @param text - The JSON text (the editor's).
 * @returns Each value's range by its path (`formatPath`), and the starts of the lines.
 */
export function jsonLocations(text: string): Locations {
  const byPath = new Map<string, Location>();
  const tree = jsonLanguage.parser.parse(text);
  const walk = (node: SyntaxNode, path: PathSegment[], key?: SyntaxNode): void => {
    const at = formatPath(path);
    byPath.set(
      at,
      key ? { keyFrom: key.from, keyTo: key.to, from: node.from, to: node.to } : { from: node.from, to: node.to },
    );
    if (node.name === 'Object') {
      for (let p = node.firstChild; p; p = p.nextSibling) {
        if (p.name !== 'Property') continue;
        const name = p.getChild('PropertyName');
        if (!name) continue;
        let value: SyntaxNode | null = null;
        for (let c = name.nextSibling; c; c = c.nextSibling) if (VALUES.has(c.name)) value = c;
        const child = [...path, keyOf(text, name)];
        if (value) walk(value, child, name);
        else byPath.set(formatPath(child), { keyFrom: name.from, keyTo: name.to, from: name.from, to: name.to });
      }
    } else if (node.name === 'Array') {
      let n = 0;
      for (let c = node.firstChild; c; c = c.nextSibling) if (VALUES.has(c.name)) walk(c, [...path, n++]);
    }
  };
  const top = tree.topNode.firstChild;
  if (top && VALUES.has(top.name)) walk(top, []);
  return { byPath, lineStarts: lineStartsOf(text) };
}

/** The line (from 1) of an offset. */
export function lineAt(locations: Locations, offset: number): number {
  const starts = locations.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The place of a path, or of its nearest ancestor the text has (a missing field is shown at the
 * object that misses it), with the path found.
 */
export function locate(locations: Locations, path: readonly PathSegment[]): { at: string; location: Location } | null {
  for (let n = path.length; n >= 0; n--) {
    const at = formatPath(path.slice(0, n));
    const location = locations.byPath.get(at);
    if (location) return { at, location };
  }
  return null;
}

/**
 * The range to underline for a path: its key and, when the value fits on the key's line, the
 * value; else the key (or the opening of the value) alone.
 */
export function rangeOf(locations: Locations, path: readonly PathSegment[]): { from: number; to: number } {
  const found = locate(locations, path);
  if (!found) return { from: 0, to: 0 };
  const { location } = found;
  const from = location.keyFrom ?? location.from;
  const line = lineAt(locations, from);
  const lineEnd = (locations.lineStarts[line] ?? Number.POSITIVE_INFINITY) - 1;
  if (location.to <= lineEnd) return { from, to: location.to };
  return { from, to: location.keyTo ?? Math.min(location.from + 1, location.to) };
}

/** The line (from 1) where a path is written (its key, or its value), or its nearest ancestor. */
export function lineOfPath(locations: Locations, path: readonly PathSegment[]): number {
  const found = locate(locations, path);
  if (!found) return 1;
  return lineAt(locations, found.location.keyFrom ?? found.location.from);
}
