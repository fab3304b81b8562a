/**
 * Holiday zones: the parts of France whose public holidays differ, and how departments map to them.
 *
 * A **zone** is a holiday zone (never an IANA time zone, which is called `timeZone`).
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';
import { checkedObject } from './date';

/**
 * A holiday zone.
 *
 * - `metropole`: mainland France and Corsica, except the three departments below.
 * - `alsace-moselle`: Bas-Rhin (67), Haut-Rhin (68), Moselle (57), with local law
 *   (Code du travail L.3134-13).
 * - `guadeloupe`, `martinique`, `guyane`, `reunion`, `mayotte`: the five overseas departments
 *   (DROM).
 * - `saint-martin`, `saint-barthelemy`: overseas collectivities (COM) with their own abolition day.
 */
export type Zone =
  | 'metropole'
  | 'alsace-moselle'
  | 'guadeloupe'
  | 'martinique'
  | 'guyane'
  | 'reunion'
  | 'mayotte'
  | 'saint-martin'
  | 'saint-barthelemy';

/**
 * Every holiday zone, in a fixed order (mainland first). Frozen.
 *
 * @example
 * ```ts
 * ZONES.length; // => 9
 * ZONES[0];     // => 'metropole'
 * ```
 */
export const ZONES: readonly Zone[] = Object.freeze([
  'metropole',
  'alsace-moselle',
  'guadeloupe',
  'martinique',
  'guyane',
  'reunion',
  'mayotte',
  'saint-martin',
  'saint-barthelemy',
] as const);

const ZONE_SET: ReadonlySet<unknown> = new Set<unknown>(ZONES);
const ZONE_EXPECTED = `a holiday zone, one of ${ZONES.map((z) => `"${z}"`).join(', ')}`;

/**
 * Tells whether a value is a holiday zone.
 *
 * @param value - Anything.
 * @returns `true` for one of {@link ZONES}.
 * @throws Never.
 * @example
 * ```ts
 * isZone('alsace-moselle'); // => true
 * isZone('Alsace');         // => false
 * ```
 */
export function isZone(value: unknown): value is Zone {
  return ZONE_SET.has(value);
}

/**
 * Checks that a value is a holiday zone.
 *
 * @param value - Anything, typically a JSON field.
 * @param path - JSON path of `value`; `[]` by default.
 * @returns The zone.
 * @throws {@link index!ValidationError | ValidationError} `unknown_zone` at `path`.
 * @example
 * ```ts
 * parseZone('reunion');            // => 'reunion'
 * parseZone('paris', ['zone']);    // => throws, issue { code: 'unknown_zone', path: ['zone'] }
 * ```
 */
export function parseZone(value: unknown, path: readonly PathSegment[] = []): Zone {
  if (!isZone(value)) fail('unknown_zone', path, value, ZONE_EXPECTED);
  return value;
}

/**
 * Reads the `zone` of an options object `{ zone }` given as the argument `options`.
 *
 * @throws {@link index!ValidationError | ValidationError} `invalid_type` at `['options']`, `missing` or `unknown_zone` at
 *   `['options', 'zone']`, `unrecognized_key` for a key outside `keys`.
 * @internal
 */
export function zoneOption(options: unknown, keys: readonly string[] = ['zone']): Zone {
  const record = checkedObject(options, ['options'], keys, 'an options object with a zone, e.g. { zone: "metropole" }');
  if (record.zone === undefined) fail('missing', ['options', 'zone'], undefined, ZONE_EXPECTED);
  return parseZone(record.zone, ['options', 'zone']);
}

/** Whether a zone is overseas, where the prefect sets the winter truce. @internal */
export function isOverseas(zone: Zone): boolean {
  return zone !== 'metropole' && zone !== 'alsace-moselle';
}

const DEPARTMENT_EXPECTED =
  'a French department code: "01" to "95" (not "20"), "2A", "2B", "971" to "974", "976", "977" or "978"';

/** Overseas codes (INSEE). 975 (Saint-Pierre-et-Miquelon) and 98x have no zone here. */
const OVERSEAS_DEPARTMENTS: Readonly<Record<string, Zone>> = Object.freeze({
  '971': 'guadeloupe',
  '972': 'martinique',
  '973': 'guyane',
  '974': 'reunion',
  '976': 'mayotte',
  '977': 'saint-barthelemy',
  '978': 'saint-martin',
});

const MAINLAND = /^(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])$/;

/**
 * The holiday zone of a French department, from its INSEE code.
 *
 * - `"57"`, `"67"`, `"68"` → `alsace-moselle` (Code du travail L.3134-13);
 * - `"971"` guadeloupe, `"972"` martinique, `"973"` guyane, `"974"` reunion, `"976"` mayotte,
 *   `"977"` saint-barthelemy, `"978"` saint-martin (Code du travail L.3422-2, décret 83-1003);
 * - `"01"`…`"95"` (except `"20"`, split in 1976), `"2A"`, `"2B"` → `metropole`.
 *
 * Codes are matched exactly as INSEE writes them: two digits with a leading zero, upper-case
 * `"2A"`/`"2B"`. Lower-case `"2a"`, `"1"`, padded or spaced codes are rejected rather than
 * guessed, because a silent wrong guess would shift holidays. `"975"` (Saint-Pierre-et-Miquelon)
 * and the Pacific collectivities have their own labour codes and no zone here.
 *
 * @param code - An INSEE department code, e.g. `"93"`, `"2A"`, `"974"`.
 * @param path - JSON path of `code`; `[]` by default.
 * @returns The holiday zone.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type` for a non-string, `unknown_department` for any
 *   other code, at `path`.
 * @example
 * ```ts
 * zoneOfDepartment('67');  // => 'alsace-moselle'
 * zoneOfDepartment('2A');  // => 'metropole'
 * zoneOfDepartment('974'); // => 'reunion'
 * zoneOfDepartment('20');  // => throws, issue { code: 'unknown_department' }
 * ```
 */
export function zoneOfDepartment(code: string, path: readonly PathSegment[] = []): Zone {
  if (typeof code !== 'string') fail('invalid_type', path, code, DEPARTMENT_EXPECTED);
  if (code === '57' || code === '67' || code === '68') return 'alsace-moselle';
  if (MAINLAND.test(code)) return 'metropole';
  const overseas = Object.hasOwn(OVERSEAS_DEPARTMENTS, code) ? OVERSEAS_DEPARTMENTS[code] : undefined;
  if (overseas === undefined) fail('unknown_department', path, code, DEPARTMENT_EXPECTED);
  return overseas;
}
