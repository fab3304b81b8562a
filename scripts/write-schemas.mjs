// Writes the JSON Schemas shipped in schema/ from the built package (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { accountJsonSchema, decisionJsonSchema, policyJsonSchema } from '../dist/index.js';

const write = (file, schema) => writeFileSync(new URL(`../schema/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('account.schema.json', accountJsonSchema);
write('policy.schema.json', policyJsonSchema);
write('decision.schema.json', decisionJsonSchema);
console.log('schema/account.schema.json, schema/policy.schema.json and schema/decision.schema.json written');
