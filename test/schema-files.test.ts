import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountJsonSchema } from '../src/account';

describe('shipped JSON Schemas', () => {
  it('schema/account.schema.json is the schema generated from AccountSchema (else run `npm run schemas`)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'account.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(accountJsonSchema)));
  });
});
