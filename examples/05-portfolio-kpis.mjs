// The recovery indicators of a portfolio: arrears rate, recovery rate, ageing, DSO.
// Run: npm run build && node examples/05-portfolio-kpis.mjs
import { portfolioKpis } from 'hlm-recovery';
import { generateDemoPortfolio } from 'hlm-recovery/demo';
import { formatEUR, formatPercent } from 'hlm-recovery/money';

const asOf = '2026-11-23';
const k = await portfolioKpis(generateDemoPortfolio({ count: 2000, asOf }), { asOf });

console.log(`${k.accounts} accounts, 12 months to ${k.asOf}`);
console.log(`billing (quittancement): ${formatEUR(k.billing)}`);
console.log(`receivables (créances): ${formatEUR(k.receivables)}`);
console.log(`recovery rate: ${formatPercent(k.recoveryRate)}, arrears rate: ${formatPercent(k.arrearsRate)}`);
console.log(
  `debt in months of billing: ${k.debtInMonthsOfBilling}, average payment delay: ${k.averagePaymentDelayDays} days`,
);
console.log('ageing:', k.ageing);
console.log(
  `current tenants: ${k.tenancies.current.inArrears} of ${k.tenancies.current.accounts} in arrears; departed: ${k.tenancies.departed.inArrears} of ${k.tenancies.departed.accounts}`,
);
console.log('procedure:', k.procedure, 'plans:', k.plans);
