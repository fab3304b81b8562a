/** Policies and accounts to evaluate, built in a few words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of src/rules/default-policy.json, the default policy as a policy team edits it. */
export const DEFAULT_POLICY_TEXT = readFileSync(
  join(__dirname, '..', '..', 'src', 'rules', 'default-policy.json'),
  'utf8',
);

/** A fresh, editable copy of the default policy file. */
export const defaultPolicyJson = (): any => JSON.parse(DEFAULT_POLICY_TEXT);

/** A tenancy in Seine-Saint-Denis: rent 500 + charges 100 due on the 1st, paid on the 3rd until `paidUntil`. */
export function tenancy(o: {
  paidUntil: number;
  months?: number;
  resources?: string;
  members?: object[];
  digital?: object;
  preferred?: string[];
  extra?: object;
}) {
  const ledger: object[] = [];
  for (let m = 1; m <= (o.months ?? 11); m++) {
    const mm = String(m).padStart(2, '0');
    ledger.push(
      { date: `2026-${mm}-01`, kind: 'rent', amount: '500.00' },
      { date: `2026-${mm}-01`, kind: 'charges', amount: '100.00' },
    );
    if (m <= o.paidUntil) ledger.push({ date: `2026-${mm}-03`, kind: 'payment', amount: '600.00' });
  }
  return {
    id: 'S-1',
    lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00' },
    household: {
      name: 'Mme Exemple',
      monthlyResources: o.resources ?? '2600.00',
      members: o.members ?? [{ age: 30 }],
      digital: o.digital ?? { mobile: true, email: false },
      ...(o.preferred ? { preferredChannels: o.preferred } : {}),
    },
    ledger,
    ...o.extra,
  };
}
