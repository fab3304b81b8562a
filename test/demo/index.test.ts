/**
 * `hlm-recovery/demo` is its own entry point: the core does not export it, and nothing in src/
 * imports it but the command line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index';
import * as demo from '../../src/demo/index';

const src = join(import.meta.dirname, '..', '..', 'src');

describe('hlm-recovery/demo', () => {
  it('lists exactly the generator, its two defaults, and nothing of the core', () => {
    expect(Object.keys(demo).sort()).toEqual([
      'DEMO_DEFAULT_AS_OF',
      'DEMO_DEFAULT_SEED',
      'generateDemoAccount',
      'generateDemoPortfolio',
    ]);
    for (const name of Object.keys(demo)) expect(core).not.toHaveProperty(name);
  });

  it('is imported by no module of src/ but the command line', () => {
    const importers = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.startsWith('demo') && !f.startsWith('cli'))
      .filter((f) => /from '(\.\.?\/)+demo(\/[^']*)?'/.test(readFileSync(join(src, f), 'utf8')));
    expect(importers).toEqual([]);
  });

  it('imports only the money and calendar layers, the account types and the errors', () => {
    const outside = (readdirSync(join(src, 'demo')) as string[]).flatMap((f) =>
      [...readFileSync(join(src, 'demo', f), 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)]
        .map((m) => m[1]!)
        .filter((spec) => !/^\.\.\/(money|calendar)(\/|$)/.test(spec) && spec !== '../errors' && spec !== '../account')
        .map((spec) => `${f} → ${spec}`),
    );
    expect(outside).toEqual([]);
    for (const f of readdirSync(join(src, 'demo')) as string[]) {
      for (const m of readFileSync(join(src, 'demo', f), 'utf8').matchAll(/^import (type )?.*from '\.\.\/account'/gm))
        expect(m[1], f).toBe('type ');
    }
  });
});
