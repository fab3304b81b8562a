import { analyze, type Situation } from '../../src/account';

/**
 * The worked household of the plans tests: resources 1,450.00 €, residual rent 310.00 €
 * (rent 500.00 + charges 100.00 − APL 290.00 paid to the landlord), two adults and a child of 10
 * (1.8 UC), a debt of 1,980.00 €.
 */
export function household(
  overrides: {
    resources?: string;
    members?: { age: number }[];
    debt?: string;
    asOf?: string;
    department?: string;
  } = {},
): Situation {
  return analyze(
    {
      id: 'P-1',
      lease: {
        signedOn: '2020-01-01',
        department: overrides.department ?? '93',
        rent: '500.00',
        charges: '100.00',
        dueDay: 5,
      },
      household: {
        monthlyResources: overrides.resources ?? '1450.00',
        members: overrides.members ?? [{ age: 44 }, { age: 41 }, { age: 10 }],
      },
      housingBenefit: { kind: 'APL', monthlyAmount: '290.00', paidTo: 'landlord' },
      ledger: [{ date: '2026-10-01', kind: 'adjustment', amount: overrides.debt ?? '1980.00' }],
    },
    { asOf: overrides.asOf ?? '2026-11-23' },
  );
}
