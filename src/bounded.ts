/**
 * The bounded form of a value an issue echoes: a preview of its JSON text, written no further than
 * needed (a 10 MiB ledger is never serialised to show 150 characters of it), and its full size.
 * `makeIssue` (errors.ts), the one place every issue is built, applies it; see `Issue`.
 *
 * @module
 */

/**
 * The bound on what an `Issue` echoes. A `received` string has at most this many
 * characters, and any other `received` value a JSON text of at most this many; a larger value is
 * replaced by a string: 150 characters of its JSON text, an ellipsis and its full size. The same
 * bound holds for the keys of `path`. Bounding is idempotent: an issue made again from the fields
 * of a bounded issue keeps them as they are.
 *
 * @example
 * ```ts
 * makeIssue('too_big', ['household', 'name'], 'a'.repeat(50_000_000), 'at most 200 characters').received;
 * // => '"aaaa…" (50,000,000 characters)', written with 149 "a" (150 characters of JSON)
 * ```
 */
export const MAX_RECEIVED_CHARS = 200;

/** Characters of JSON text that a cut value shows, so that preview and size fit the bound. */
export const PREVIEW_CHARS = 150;
/** What `received` says of a value that cannot be written as JSON at all. */
export const UNWRITABLE = 'a value that cannot be written as JSON';

/** `1234567` → `'1,234,567'`: sizes a person reads at a glance. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, one: string): string {
  return `${grouped(n)} ${one}${n === 1 ? '' : 's'}`;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The longest start of `text` of at most `max` characters that does not end between the two
 * halves of a surrogate pair, nor, when `json`, inside an escape sequence (`\n`, `\u0000`).
 */
export function cut(text: string, max: number, json = false): string {
  if (text.length <= max) return text;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let width = 1;
    if (json && c === 0x5c) width = text[i + 1] === 'u' ? 6 : 2;
    else if (isHigh(c) && isLow(text.charCodeAt(i + 1))) width = 2;
    if (i + width > max) break;
    i += width;
  }
  return text.slice(0, i);
}

/** Thrown by the preview writer once it has written enough. */
const FULL = new Error('preview full');

/**
 * The start of the JSON text of `value`, as `JSON.stringify` would write it, written only as far
 * as `max` characters: a 10 MiB ledger is never serialised to show 200 characters of it.
 *
 * @returns The text (cut to `max`, see {@link cut}) and whether it is the whole JSON text;
 *   `null` when the value cannot be written (a getter or a `toJSON` that throws).
 */
export function jsonPreview(value: unknown, max: number): { readonly text: string; readonly complete: boolean } | null {
  let text = '';
  const put = (part: string) => {
    text += part;
    if (text.length > max) throw FULL;
  };
  const jsonOf = (v: unknown): unknown =>
    v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function'
      ? (v as { toJSON: () => unknown }).toJSON()
      : v;
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const write = (raw: unknown): void => {
    const v = jsonOf(raw);
    if (v === null || skipped(v)) put('null');
    else if (typeof v === 'string') put(JSON.stringify(v.length > max ? v.slice(0, max + 1) : v));
    else if (typeof v === 'number') put(Number.isFinite(v) ? String(v) : 'null');
    else if (typeof v === 'boolean' || typeof v === 'bigint') put(String(v));
    else if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) put(',');
        write(v[i]);
      }
      put(']');
    } else {
      put('{');
      let first = true;
      for (const key of Object.keys(v as object)) {
        const child = jsonOf((v as Record<string, unknown>)[key]);
        if (skipped(child)) continue;
        put(`${first ? '' : ','}${JSON.stringify(key.length > max ? key.slice(0, max + 1) : key)}:`);
        first = false;
        write(child);
      }
      put('}');
    }
  };
  try {
    if (skipped(jsonOf(value))) return { text: '', complete: true };
    write(value);
    return { text, complete: true };
  } catch (error) {
    if (error === FULL) return { text: cut(text, max, true), complete: false };
    return null;
  }
}

/** The full size of a value too long to show: its characters, items, keys or digits. */
export function sizeOf(value: unknown): string {
  if (typeof value === 'string') return plural(value.length, 'character');
  if (typeof value === 'bigint') return `a bigint of ${plural(value.toString().replace('-', '').length, 'digit')}`;
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (value !== null && typeof value === 'object') return `an object of ${plural(Object.keys(value).length, 'key')}`;
  return 'a long value';
}

/**
 * The bounded form of a value too large for an issue (see {@link MAX_RECEIVED_CHARS}):
 * `'"aaa…" (5,000 characters)'`, `'[1,2,3… (a list of 9,000 items)'`; `null` when the value is
 * within the bound and kept as it is. The bounded form itself is within the bound.
 */
export function shortened(value: unknown): string | null {
  if (typeof value === 'string') {
    if (value.length <= MAX_RECEIVED_CHARS) return null;
    const json = JSON.stringify(value.slice(0, PREVIEW_CHARS + 1));
    return `${cut(json, PREVIEW_CHARS, true)}…" (${sizeOf(value)})`;
  }
  if (typeof value === 'bigint') {
    const digits = value.toString();
    return digits.length <= MAX_RECEIVED_CHARS ? null : `${cut(digits, PREVIEW_CHARS)}… (${sizeOf(value)})`;
  }
  const preview = jsonPreview(value, MAX_RECEIVED_CHARS);
  if (preview === null) return UNWRITABLE;
  if (preview.complete) return null;
  return `${cut(preview.text, PREVIEW_CHARS, true)}… (${sizeOf(value)})`;
}
