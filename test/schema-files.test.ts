import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountJsonSchema } from '../src/account';
import { casesJsonSchema } from '../src/cases';
import { decisionJsonSchema, factsMarkdown, policyJsonSchema } from '../src/rules';

describe('shipped JSON Schemas', () => {
  it('schema/account.schema.json is the schema generated from AccountSchema (else run `npm run schemas`)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'account.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(accountJsonSchema)));
  });

  it('schema/policy.schema.json is the schema generated from PolicySchema (else run `npm run schemas`)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'policy.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(policyJsonSchema)));
  });

  it('schema/decision.schema.json is the schema of a decision (else run `npm run schemas`)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'decision.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(decisionJsonSchema)));
  });

  it('schema/cases.schema.json is the schema generated from the case file schema (else run `npm run schemas`)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'cases.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(casesJsonSchema)));
  });

  it('docs/facts.md is the table generated from the facts and operators (else run `npm run docs:facts`)', () => {
    expect(readFileSync(join(__dirname, '..', 'docs', 'facts.md'), 'utf8')).toBe(factsMarkdown());
  });
});
