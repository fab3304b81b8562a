// The default policy over the demo tenant accounts: level, actions, plan.
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
  console.log(`${d.accountId}: level ${d.level.rank} « ${d.level.label} »`);
  // Every action due today, in the ladder's order, with who does it and for whom.
  if (d.actions.length === 0) console.log('  actions: nothing to do');
  for (const a of d.actions) {
    console.log(
      `  action: ${a.step} by ${a.channel} on ${a.date} (${a.role} to the ${a.addressee})${a.requiresHumanApproval ? ', a person must approve' : ''}`,
    );
  }
  const existing = d.plan?.existing;
  if (existing) console.log(`  plan on file: ${existing.kind}, ${existing.status}`);
  const proposal = d.plan?.proposal;
  if (proposal?.feasible) {
    console.log(
      `  plan: ${proposal.months} × ${proposal.instalment} € (max ${d.plan.maxSustainableInstalment} € a month)`,
    );
  } else if (proposal) {
    console.log('  plan: none affordable: FSL and social support');
  }
  for (const p of d.prevention) console.log(`  prevention: ${p.code}`);
}
