// Compiled by the packaging test against the built declarations (dist/*.d.ts).
import { ValidationError, type Issue } from 'hlm-recovery';
import { money, add, allocate, formatEUR, type Money } from 'hlm-recovery/money';
import { addBusinessDays, isPublicHoliday, type Zone, type IsoDate } from 'hlm-recovery/calendar';
import { DEMO_DEFAULT_AS_OF, generateDemoPortfolio, type DemoPortfolioOptions } from 'hlm-recovery/demo';

const total: Money = add(money('10.00'), '0.05');
const parts: Money[] = allocate(total, 3);
const label: string = formatEUR(parts[0]!);
const zone: Zone = 'reunion';
const day: IsoDate = addBusinessDays('2026-12-18', 2, { zone });
const holiday: boolean = isPublicHoliday(day, zone);
const issues: readonly Issue[] = new ValidationError([]).issues;
const demoOptions: DemoPortfolioOptions = { count: 2, asOf: DEMO_DEFAULT_AS_OF };
const firstRent: string | undefined = generateDemoPortfolio(demoOptions).next().value?.lease.rent;
export { label, holiday, issues, firstRent };
