import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CHARGES, forbiddenChargeIn } from '../../src/law';

describe('charges the law forbids (loi 89-462 art. 4 i and p; CPCE L.111-8)', () => {
  it.each([
    ['reminderFee', 'reminder_fee'],
    ['frais-de-relance', 'reminder_fee'],
    ['quittance_fee', 'quittance_fee'],
    ['avis-echeance-frais', 'notice_fee'],
    ['latePenalty', 'penalty'],
    ['pénalité-retard', 'penalty'],
    ['majoration', 'penalty'],
    ['recovery-fees', 'recovery_cost'],
  ])('recognises %s as %s', (name, code) => {
    expect(forbiddenChargeIn(name)?.code).toBe(code);
  });

  it.each(['reminder-1', 'formal-notice', 'caf-signal', 'feedback', 'define', 'refine'])('does not flag %s', (name) => {
    expect(forbiddenChargeIn(name)).toBeNull();
  });

  it('cites an article for every forbidden charge', () => {
    for (const c of FORBIDDEN_CHARGES) expect(c.basis).toMatch(/loi 89-462 art\. 4|CPCE L\.111-8/);
  });
});
