// The default policy over the demo tenant accounts: level, next step, plan, and why.
// Run: npm run build && node examples/07-evaluate-demo-accounts.mjs [asOf]
import { readFileSync, readdirSync } from 'node:fs';
import { defaultPolicy, evaluate } from 'hlm-recovery';

const asOf = process.argv[2] ?? '2026-11-23';
const dir = new URL('./accounts/', import.meta.url);
console.log(
  `Recovery decisions as of ${asOf} (policy ${defaultPolicy.versions[0].id} ${defaultPolicy.versions[0].version})\n`,
);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const d = evaluate(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), defaultPolicy, { asOf });
  const next = d.nextAction;
  console.log(`${d.accountId}: level ${d.level.rank} « ${d.level.label} »`);
  console.log(
    `  next: ${next ? `${next.step} by ${next.channel} on ${next.date}${next.requiresHumanApproval ? ' (a person must approve)' : ''}` : 'nothing to do'}`,
  );
  if (d.plan)
    console.log(
      `  plan: ${d.plan.proposal?.feasible ? `${d.plan.proposal.months} × ${d.plan.proposal.instalment} € (max ${d.plan.maxSustainableInstalment} € a month)` : 'none affordable: FSL and social support'}`,
    );
  for (const p of d.prevention) console.log(`  prevention: ${p.code}`);
}
