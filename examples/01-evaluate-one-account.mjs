// One tenant account through the default policy: the decision and why.
// Run: npm run build && node examples/01-evaluate-one-account.mjs
import { readFileSync } from 'node:fs';
import { defaultPolicy, evaluate } from 'hlm-recovery';

const account = JSON.parse(readFileSync(new URL('./accounts/a-1029-two-months-behind.json', import.meta.url), 'utf8'));
const decision = evaluate(account, defaultPolicy, { asOf: '2026-11-23' });

console.log(`${decision.accountId}: alert level ${decision.level.rank} (${decision.level.id})`);
// Every action due today, in the ladder's order: who does it, for whom, how and when.
for (const a of decision.actions) {
  console.log(
    `action: ${a.step} — ${a.role} to the ${a.addressee}, by ${a.channel} on ${a.date}, approval needed: ${a.requiresHumanApproval}`,
  );
}
console.log(`amount due: ${decision.actions[0].variables.amountDue} €`);
const plan = decision.plan?.proposal;
if (plan?.feasible) console.log(`plan proposed: ${plan.months} × ${plan.instalment} €`);
for (const o of decision.obligations) console.log(`obligation ${o.code}: ${o.date} (${o.status}) — ${o.basis}`);
console.log(`largest affordable instalment: ${decision.plan?.maxSustainableInstalment} €`);
console.log('why:');
for (const e of decision.explanation) console.log(`  [${e.about}] ${e.text}`);
