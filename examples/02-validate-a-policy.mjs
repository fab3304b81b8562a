// Validate a policy file: every problem with its JSON path and what is expected.
// Run: npm run build && node examples/02-validate-a-policy.mjs
import { readFileSync } from 'node:fs';
import { validatePolicy } from 'hlm-recovery';

const policy = JSON.parse(readFileSync(new URL('./policies/default.json', import.meta.url), 'utf8'));
console.log('default.json:', validatePolicy(policy).ok ? 'valid' : 'invalid');

// Three mistakes a policy editor can make: a typo in a fact, an amount written as a JS number,
// and a late fee on a reminder, which the law forbids (loi 89-462 art. 4 p).
const edited = structuredClone(policy);
edited.levels[1].conditions.all[0].fact = 'arears';
edited.levels[2].conditions.all[0].value = 0.5;
edited.parameters.reminderFee = { value: '15.00', unit: 'EUR', description: 'Charged per reminder.' };

const result = validatePolicy(edited);
console.log('edited policy:', result.ok ? 'valid' : `${result.issues.length} problem(s)`);
for (const issue of result.issues) console.log(`- ${issue.message}`);
