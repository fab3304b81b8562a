// Writes the JSON Schemas shipped in schema/ from the built package (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { accountJsonSchema, policyJsonSchema } from '../dist/index.js';

const write = (file, schema) => writeFileSync(new URL(`../schema/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('account.schema.json', accountJsonSchema);
write('policy.schema.json', policyJsonSchema);
console.log('schema/account.schema.json and schema/policy.schema.json written');
