// Before a new policy goes live: what it changes, in recovery terms.
// Run: npm run build && node examples/04-compare-policies.mjs
import { readFileSync } from 'node:fs';
import { comparePolicies, defaultPolicy } from 'hlm-recovery';
import { generateDemoPortfolio } from 'hlm-recovery/demo';

const asOf = '2026-11-23';
const candidate = JSON.parse(readFileSync(new URL('./policies/earlier-contact.json', import.meta.url), 'utf8'));
const accounts = generateDemoPortfolio({ count: 2000, asOf });
const report = await comparePolicies(accounts, defaultPolicy, candidate, { asOf, keepChanges: 3 });

console.log(
  `${report.accounts} accounts; ${report.changed.accounts} change (level up ${report.changed.levelUp}, next step ${report.changed.nextStep}, channel ${report.changed.channel})`,
);
for (const t of report.transitions.level.filter((t) => t.from !== t.to))
  console.log(`  level ${t.from} → ${t.to}: ${t.count}`);
const { baseline: a, candidate: b } = report;
console.log(`contacts with the tenant: ${a.contacts} → ${b.contacts}`);
console.log(
  `SMS: ${a.byChannel.sms ?? 0} → ${b.byChannel.sms ?? 0}; letters: ${a.byChannel.letter ?? 0} → ${b.byChannel.letter ?? 0}`,
);
console.log(`home visits for the social advisers: ${a.workload.homeVisits} → ${b.workload.homeVisits}`);
console.log(`steps awaiting human approval: ${a.workload.awaitingApproval} → ${b.workload.awaitingApproval}`);
console.log(
  `repayment plans proposed: ${a.plans.proposed} (${a.plans.debt} €) → ${b.plans.proposed} (${b.plans.debt} €)`,
);
console.log('first changed accounts:');
for (const c of report.changes)
  console.log(
    `  ${c.accountId}: ${c.baseline.level}, ${c.baseline.nextStep} → ${c.candidate.level}, ${c.candidate.nextStep}`,
  );
