/**
 * The cases shipped for the default policy (examples/policies/cases/default): every scenario of
 * DOMAIN.md pinned, all passing, each file valid against schema/cases.schema.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { casesJsonSchema, formatCaseReport, runPolicyCases } from '../../src/cases';
import { readPolicyCases } from '../../src/node/read-cases';
import { defaultPolicy } from '../../src/rules';
import { repoFile } from '../cli/io';

const dir = 'examples/policies/cases/default';

describe('the cases of the default policy', () => {
  it('all pass, and cover the scenarios of DOMAIN.md', async () => {
    const cases = await readPolicyCases(repoFile(dir));
    const report = runPolicyCases(defaultPolicy, cases, { locale: 'fr' });
    // On failure, the report says which case and why.
    expect(report.failed, formatCaseReport(report).join('\n')).toBe(0);
    expect(report.total).toBeGreaterThanOrEqual(14);
    const expected = cases.flatMap((c) => Object.keys(c.expect));
    for (const field of [
      'level',
      'nextStep',
      'channel',
      'date',
      'contactChannel',
      'obligations',
      'obligationsExactly',
      'planFeasible',
      'messageContains',
      'requiresHumanApproval',
    ])
      expect(expected).toContain(field);
    const levels = new Set(cases.map((c) => c.expect.level));
    for (const level of ['none', 'watch', 'late', 'benefit-unpaid', 'serious', 'litigation'])
      expect(levels).toContain(level);
  });

  it('are valid against the shipped JSON Schema, which points editors at it', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(casesJsonSchema);
    const files = readdirSync(repoFile(dir)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(repoFile(dir), file), 'utf8'));
      expect(validate(json), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(json.$schema).toBe('../../../../schema/cases.schema.json');
    }
    // The schema refuses what parsePolicyCases refuses: an unknown key.
    expect(validate({ name: 'x', asOf: '2026-11-23', account: {}, expect: { levl: 'none' } })).toBe(false);
  });
});
