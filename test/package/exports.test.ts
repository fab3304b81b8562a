/**
 * The package as users receive it: every entry point of `dist/` loads through Node's own
 * resolution, as ESM (`import`) and as CommonJS (`require`), and its type declarations check in a
 * consumer project. Run after `npm run build` (`npm run test:package`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, Record<string, Record<string, string>> | string>;
};

/** What each entry point must export, at least. */
const ENTRY_POINTS: Record<string, readonly string[]> = {
  'hlm-recovery': [
    'ValidationError',
    'formatPath',
    'parseAccount',
    'analyze',
    'evaluate',
    'prepareRun',
    'evaluatePortfolio',
    'validatePolicy',
    'loadPolicy',
    'defaultPolicy',
    'policyJsonSchema',
    'assessPlan',
    'maxSustainableInstalment',
    'proposePlan',
  ],
  'hlm-recovery/node': ['readAccounts', 'writeDecisions', 'evaluateFile'],
  // The worker threads' entry file: loading it outside a worker thread does nothing.
  'hlm-recovery/node/worker': [],
  'hlm-recovery/demo': ['generateDemoAccount', 'generateDemoPortfolio', 'DEMO_DEFAULT_SEED', 'DEMO_DEFAULT_AS_OF'],
  'hlm-recovery/money': ['money', 'add', 'subtract', 'multiply', 'allocate', 'ratio', 'compare', 'formatEUR'],
  'hlm-recovery/calendar': [
    'publicHolidays',
    'isPublicHoliday',
    'isBusinessDay',
    'addBusinessDays',
    'businessDaysBetween',
    'isWinterTruce',
    'zoneOfDepartment',
    'addMonths',
  ],
};

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

describe('package.json exports', () => {
  it('lists types first in every condition and points at files that exist', () => {
    for (const [subpath, conditions] of Object.entries(pkg.exports)) {
      if (typeof conditions === 'string') continue;
      for (const condition of ['import', 'require'] as const) {
        const target = conditions[condition];
        expect(target, `${subpath} ${condition}`).toBeDefined();
        expect(Object.keys(target!)[0], `${subpath} ${condition}`).toBe('types');
        for (const file of Object.values(target!)) {
          expect(existsSync(join(root, file)), file).toBe(true);
        }
      }
    }
  });

  it('covers every entry point', () => {
    expect(
      Object.keys(pkg.exports)
        .filter((k) => k !== './package.json')
        .sort(),
    ).toEqual(
      Object.keys(ENTRY_POINTS)
        .map((name) => name.replace('hlm-recovery', '.'))
        .sort(),
    );
  });
});

describe.each(Object.entries(ENTRY_POINTS))('%s', (specifier, names) => {
  it('loads with import() from an ES module', () => {
    const out = runNode([
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m)));`,
    ]);
    expect(JSON.parse(out)).toEqual(expect.arrayContaining([...names]));
  });

  it('loads with require() from CommonJS', () => {
    const out = runNode([
      '--input-type=commonjs',
      '-e',
      `const m = require(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m)));`,
    ]);
    expect(JSON.parse(out)).toEqual(expect.arrayContaining([...names]));
  });
});

describe('type declarations', () => {
  it('type-check an ESM and a CommonJS consumer under node16 resolution', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    // Throws, with tsc's diagnostics, when a declaration is missing or wrong.
    const out = runNode([tsc, '-p', join(root, 'test', 'package', 'consumer', 'tsconfig.json')]);
    expect(out).toBe('');
  });

  it.each([
    [
      'ESM',
      '--input-type=module',
      "const { ValidationError } = await import('hlm-recovery'); const { money } = await import('hlm-recovery/money');",
    ],
    [
      'CJS',
      '--input-type=commonjs',
      "const { ValidationError } = require('hlm-recovery'); const { money } = require('hlm-recovery/money');",
    ],
  ])('shares one ValidationError class across entry points (%s)', (_, type, load) => {
    const out = runNode([
      type,
      '-e',
      `${load} try { money('1e5'); } catch (e) { console.log(JSON.stringify([e instanceof ValidationError, e.issues[0].code])); }`,
    ]);
    expect(JSON.parse(out)).toEqual([true, 'invalid_amount']);
  });

  it.each([
    [
      'ESM',
      '--input-type=module',
      "const core = await import('hlm-recovery'); const demo = await import('hlm-recovery/demo');",
    ],
    [
      'CJS',
      '--input-type=commonjs',
      "const core = require('hlm-recovery'); const demo = require('hlm-recovery/demo');",
    ],
  ])('serves the demo portfolio from hlm-recovery/demo only (%s)', (_, type, load) => {
    const out = runNode([
      type,
      '-e',
      `${load} const [a] = demo.generateDemoPortfolio({ count: 1 }); console.log(JSON.stringify([core.parseAccount(a).id, demo.generateDemoAccount(demo.DEMO_DEFAULT_SEED, 0).id, 'generateDemoPortfolio' in core]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['DEMO-000001', 'DEMO-000001', false]);
  });

  it('works at run time the way the declarations say', () => {
    const out = runNode([
      '-e',
      `const { money, add, formatEUR } = require('hlm-recovery/money');
       const { addBusinessDays } = require('hlm-recovery/calendar');
       console.log(JSON.stringify([add(money('0.10'), money('0.20')), formatEUR('1234.56'),
         addBusinessDays('2026-12-24', 1, { zone: 'alsace-moselle' })]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['0.30', '1\u202f234,56\u00a0€', '2026-12-28']);
  });
});
