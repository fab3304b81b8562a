import { describe, expect, expectTypeOf, it } from 'vitest';
import { ZONES, isZone, parseZone, zoneOfDepartment, type Zone } from '../../src/calendar/index';
import { issueOf } from './arbitraries';

describe('ZONES and isZone', () => {
  it('lists the nine holiday zones, frozen', () => {
    expect(ZONES).toEqual([
      'metropole',
      'alsace-moselle',
      'guadeloupe',
      'martinique',
      'guyane',
      'reunion',
      'mayotte',
      'saint-martin',
      'saint-barthelemy',
    ]);
    expect(Object.isFrozen(ZONES)).toBe(true);
    expect(ZONES.every(isZone)).toBe(true);
    expectTypeOf(ZONES).toEqualTypeOf<readonly Zone[]>();
  });

  it.each(['Metropole', 'alsace', 'paris', '', 'Réunion', 'toString', '__proto__', 57, null])(
    'does not take %j for a zone',
    (value) => {
      expect(isZone(value)).toBe(false);
      expect(issueOf(() => parseZone(value, ['tenant', 'zone']))).toMatchObject({
        code: 'unknown_zone',
        path: ['tenant', 'zone'],
        received: value,
      });
    },
  );

  it('narrows the type', () => {
    const value: unknown = 'guyane';
    if (isZone(value)) expectTypeOf(value).toEqualTypeOf<Zone>();
    expect(parseZone('guyane')).toBe('guyane');
  });
});

describe('zoneOfDepartment', () => {
  const mainland = [
    ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
      (code) => !['20', '57', '67', '68'].includes(code),
    ),
    '2A',
    '2B',
  ];

  it.each(mainland)('puts department %s in metropole', (code) => {
    expect(zoneOfDepartment(code)).toBe('metropole');
  });

  // Code du travail L.3134-13 (local law of Alsace-Moselle); L.3422-2 and décret 83-1003 overseas.
  it.each([
    ['57', 'alsace-moselle', 'Moselle'],
    ['67', 'alsace-moselle', 'Bas-Rhin'],
    ['68', 'alsace-moselle', 'Haut-Rhin'],
    ['971', 'guadeloupe', 'Guadeloupe'],
    ['972', 'martinique', 'Martinique'],
    ['973', 'guyane', 'Guyane'],
    ['974', 'reunion', 'La Réunion'],
    ['976', 'mayotte', 'Mayotte'],
    ['977', 'saint-barthelemy', 'Saint-Barthélemy'],
    ['978', 'saint-martin', 'Saint-Martin'],
  ])('puts %s in %s (%s)', (code, zone) => {
    expect(zoneOfDepartment(code)).toBe(zone);
  });

  it.each([
    ['20', 'Corsica was split into 2A and 2B in 1976'],
    ['1', 'codes have two digits'],
    ['00', 'no department 00'],
    ['96', 'no department 96'],
    ['99', 'INSEE code for abroad'],
    ['975', 'Saint-Pierre-et-Miquelon has no zone here'],
    ['979', 'no such code'],
    ['987', 'French Polynesia has its own labour code'],
    ['2a', 'lower case is not the INSEE spelling'],
    ['2C', 'no such Corsican department'],
    [' 75', 'spaces are not trimmed'],
    ['075', 'no padding'],
    ['', 'the empty string'],
    ['hasOwnProperty', 'no prototype lookups'],
  ])('rejects %j with unknown_department (%s)', (code) => {
    expect(issueOf(() => zoneOfDepartment(code, ['tenant', 'department']))).toMatchObject({
      code: 'unknown_department',
      path: ['tenant', 'department'],
      received: code,
    });
  });

  it('rejects a number with invalid_type', () => {
    expect(issueOf(() => zoneOfDepartment(75 as unknown as string, ['dept']))).toMatchObject({
      code: 'invalid_type',
      path: ['dept'],
    });
  });
});
