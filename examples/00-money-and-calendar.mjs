// Exact money and the French legal calendar.
// Run: npm run build && node examples/00-money-and-calendar.mjs
import { allocate, formatEUR, isWithinRate, money, ratio, add } from 'hlm-recovery/money';
import { addBusinessDays, isPublicHoliday, legalDeadline, zoneOfDepartment } from 'hlm-recovery/calendar';

// 0.10 + 0.20 is exactly 0.30, never 0.30000000000000004.
console.log('0.10 + 0.20 =', add('0.10', '0.20').toString());

// A debt of 1,980.00 € in 36 instalments: the first ones carry the extra cents, the sum is exact.
const parts = allocate(money('1980.01'), 36);
console.log('1 980,01 € in 36:', parts.slice(0, 2).map(formatEUR).join(', '), '…', formatEUR(parts[35]));

// Effort rate: shown rounded, decided exactly.
console.log(
  'effort rate 435.00 / 1450.00 =',
  ratio('435.00', '1450.00'),
  '≤ 30 %:',
  isWithinRate('435.00', '1450.00', '0.30'),
);

// Public holidays depend on the department: Good Friday is a holiday in Moselle, not in Paris.
const zone = zoneOfDepartment('57');
console.log(
  'Good Friday 2026 in',
  zone,
  isPublicHoliday('2026-04-03', zone),
  '/ in metropole',
  isPublicHoliday('2026-04-03', 'metropole'),
);
console.log('2 business days after 24 Dec 2026 in Alsace-Moselle:', addBusinessDays('2026-12-24', 2, { zone }));

// The prefect must know of the assignation 42 full days before a hearing on Mon 1 Dec 2025:
console.log(
  'prefect notice, last day:',
  legalDeadline('2025-12-01', { days: -43 }, { roll: 'none', zone: 'metropole' }),
);
