// Writes the JSON Schemas shipped in schema/ from the built package (run after `npm run build`).
import { copyFileSync, writeFileSync } from 'node:fs';
import { accountJsonSchema, casesJsonSchema, decisionJsonSchema, policyJsonSchema } from '../dist/index.js';

const write = (file, schema) =>
  writeFileSync(new URL(`../schema/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('account.schema.json', accountJsonSchema);
write('policy.schema.json', policyJsonSchema);
write('decision.schema.json', decisionJsonSchema);
write('cases.schema.json', casesJsonSchema);
// The default policy lives in src/; the examples hold the copy a policy team starts from.
copyFileSync(
  new URL('../src/rules/default-policy.json', import.meta.url),
  new URL('../examples/policies/default.json', import.meta.url),
);
console.log(
  'schema/account.schema.json, schema/policy.schema.json, schema/decision.schema.json, schema/cases.schema.json and examples/policies/default.json written',
);
