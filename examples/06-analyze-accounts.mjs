// What hlm-recovery sees in each demo tenant account, as of a date.
// Run: npm run build && node examples/06-analyze-accounts.mjs [asOf]
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from 'hlm-recovery';
import { formatEUR } from 'hlm-recovery/money';

const asOf = process.argv[2] ?? '2026-11-23';
const dir = new URL('./accounts/', import.meta.url);
console.log(`Tenant accounts as of ${asOf}\n`);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const s = analyze(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), { asOf });
  console.log(
    `${s.accountId} (${s.department}, ${s.zone}): owes ${formatEUR(s.arrears)}, ${s.monthsOfArrears} month(s) behind, effort rate ${s.affordability.effortRateNet ?? 'n/a'}`,
  );
  if (s.benefitUnpaid.constituted) {
    console.log(
      `  benefit impayé since ${s.benefitUnpaid.since} (${s.benefitUnpaid.regime}): signal to the CAF by ${s.benefitUnpaid.signalDeadline}`,
    );
  }
  for (const o of s.obligations) console.log(`  ${o.kind} ${o.code}: ${o.date} [${o.status}]`);
  if (s.plan)
    console.log(
      `  plan: ${s.plan.kept} kept, ${s.plan.late} late, ${s.plan.unpaid} unpaid, ${s.plan.upcoming} to come`,
    );
}
