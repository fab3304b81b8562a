// One tenant account through the default policy: the decision and why.
// Run: npm run build && node examples/01-evaluate-one-account.mjs
import { readFileSync } from 'node:fs';
import { defaultPolicy, evaluate } from 'hlm-recovery';

const account = JSON.parse(readFileSync(new URL('./accounts/a-1029-two-months-behind.json', import.meta.url), 'utf8'));
const decision = evaluate(account, defaultPolicy, { asOf: '2026-11-23' });

console.log(`${decision.accountId}: alert level ${decision.level.rank} (${decision.level.id})`);
const next = decision.nextAction;
console.log(
  `next step: ${next.step} by ${next.channel} on ${next.date}, approval needed: ${next.requiresHumanApproval}`,
);
console.log(`amount due: ${next.variables.amountDue} €`);
for (const o of decision.obligations) console.log(`obligation ${o.code}: ${o.date} (${o.status}) — ${o.basis}`);
console.log(`largest affordable instalment: ${decision.plan?.maxSustainableInstalment} €`);
console.log('why:');
for (const e of decision.explanation) console.log(`  [${e.about}] ${e.text}`);
