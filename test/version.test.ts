import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LIBRARY_VERSION } from '../src/version';

it('writes the version of package.json into provenance', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  expect(LIBRARY_VERSION).toBe(pkg.version);
});
