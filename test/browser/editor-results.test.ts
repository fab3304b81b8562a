/// <reference lib="dom" />
/**
 * The accounts, decisions, comparison and tests tabs of the editor, end to end in Chromium: the
 * sample decisions; a policy changed (a threshold lowered) that changes the decisions and the
 * comparison; a candidate dated later, previewed on its first day; a French CSV of 5,000 accounts
 * dropped, with the progress and the charts; filters and sort; the decisions downloaded; the
 * policy's cases run. Screenshots: results-table, results-charts, comparison-heatmap, tests-tab.
 *
 * Needs the built page: `node scripts/build-docs.mjs --playground-only` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/rules';
import { frenchCsv } from '../demo-csv';
import { openEditor, root, showTab as openTab, type Editor } from './page';

const POLICY_KEY = 'hlm-recovery.playground.policy';
const NNBSP = '\u202f';

type Version = { levels: { id: string; conditions?: { all: { fact: string; value: unknown }[] } }[] };

/** The default policy file with the "late" level reached after 60 days behind instead of 30. */
function lowered(): { versions: Version[] } {
  const p = JSON.parse(JSON.stringify(defaultPolicy)) as { versions: Version[] };
  const late = p.versions[0]!.levels.find((l) => l.id === 'late')!;
  late.conditions!.all.find((c) => c.fact === 'daysSinceFirstDefault')!.value = 60;
  return p;
}

let editor: Editor;

beforeAll(async () => {
  editor = await openEditor();
}, 120_000);

afterAll(async () => {
  await editor?.close();
});

const showTab = (id: Parameters<typeof openTab>[1]) => openTab(editor.page, id);

/** Keeps a policy file's text as the page keeps it between visits, then opens the page again. */
async function keepPolicy(text: string) {
  await editor.page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: POLICY_KEY, value: text });
  await editor.page.reload();
}

/** The text of the decisions table's rows. */
const tableText = () => editor.page.$$eval('#decisions tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));

describe('the accounts and their decisions', () => {
  it('shows the decisions of the sample accounts, and one decision told when its row is opened', async () => {
    const { page } = editor;
    await showTab('results');
    await page.waitForSelector('#decisions-status');
    await expect
      .poll(() => page.textContent('#decisions-status'))
      .toMatch(/^4 comptes, 4 décisions, 0 erreur, au 23\/11\/2026$/);
    expect((await tableText()).length).toBe(4);
    // The most urgent first: D-4102, whose plan is kept (rank 6).
    await page.click('#decisions tbody tr:first-child button.open');
    await page.waitForSelector('#decision-detail .narrative li');
    const narrative = await page.textContent('#decision-detail .narrative');
    expect(narrative).toContain("Niveau d'alerte 6");
    await page.click('#decision-detail button');
    expect(editor.errors).toEqual([]);
  });

  it('changes the decisions and the comparison when a threshold of the policy changes', async () => {
    const { page } = editor;
    await showTab('comparison');
    await page.waitForSelector('#changed-count');
    await expect.poll(() => page.textContent('#changed-count')).toContain('Aucun compte ne change.');
    await showTab('results');
    const before = await tableText();

    // The policy kept from a visit, with the "late" level after 10 days: the page reads it at load.
    await keepPolicy(JSON.stringify(lowered(), null, 2));
    await page.waitForSelector('#panel-results:not([hidden]) #decisions-status');
    const after = await tableText();
    expect(after).not.toEqual(before);
    // B-2207, 53 days behind, is no longer "late" but watched.
    expect(before.join('\n')).toMatch(/B-2207\s*2 Retard/);
    expect(after.join('\n')).toMatch(/B-2207\s*1 Suivi/);

    await showTab('comparison');
    await page.waitForFunction(() => /change/.test(document.querySelector('#changed-count')?.textContent ?? ''));
    await page.waitForSelector('#chart-transitions svg');
    const changed = await page.textContent('#changed-count');
    expect(changed).not.toContain('Aucun compte ne change.');
    expect(changed).toMatch(/compte(s)? change/);
    // In the words of each policy: the level's rank and label.
    await expect.poll(() => page.textContent('#comparison-changes')).toContain('2 Retard (un mois de retard)');
    await editor.screenshot('comparison-heatmap');

    // The comparison as CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-comparison')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFindex;accountId;changed;levelMove;')).toBe(true);
    expect(csv).toContain('late');
    expect(editor.errors).toEqual([]);
  });

  it('previews a candidate dated later on its first day, and says so', async () => {
    const { page } = editor;
    const later = { versions: [{ ...lowered().versions[0], version: '2027.1', effectiveFrom: '2027-01-01' }] };
    await keepPolicy(JSON.stringify(later, null, 2));
    await page.waitForSelector('#panel-comparison:not([hidden])');
    await page.waitForSelector('#compare-moved');
    await expect
      .poll(() => page.textContent('#compare-moved'))
      .toBe('Aperçu au 01/01/2027\u00a0: la politique candidate ne s’applique qu’à partir de cette date');
    await expect.poll(() => page.textContent('#changed-count')).toContain('au 01/01/2027');
    await showTab('results');
    await page.waitForSelector('#run-moved');
    await expect.poll(() => page.textContent('#decisions-status')).toContain('au 01/01/2027');
    // Back to the lowered threshold for the next tests.
    await keepPolicy(JSON.stringify(lowered(), null, 2));
    await page.waitForSelector('#panel-results:not([hidden]) #decisions-status');
    expect(editor.errors).toEqual([]);
  });

  it('reads a French CSV of 5,000 accounts dropped on the page, with the progress and the charts', async () => {
    const { page } = editor;
    await showTab('results');
    const files = frenchCsv(5_000);
    const dataTransfer = await page.evaluateHandle(({ accounts, ledger }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([accounts], 'export-comptes.csv', { type: 'text/csv' }));
      dt.items.add(new File([ledger], 'export-comptes.ledger.csv', { type: 'text/csv' }));
      return dt;
    }, files);
    await page.dispatchEvent('#accounts-drop', 'drop', { dataTransfer });
    await page.waitForSelector('#run-progress');
    await expect
      .poll(() => page.textContent('#run-progress'))
      .toMatch(new RegExp(`^ ?[\\d${NNBSP}]+ / 5${NNBSP}001 comptes$`));
    await page.waitForFunction(
      () => /5\u202f001 comptes/.test(document.querySelector('#decisions-status')?.textContent ?? ''),
      undefined,
      { timeout: 120_000 },
    );
    await expect.poll(() => page.textContent('#run-progress')).toContain(`5${NNBSP}001 / 5${NNBSP}001 comptes`);
    await expect.poll(() => page.textContent('#decisions-status')).toContain('1 erreur');
    expect(await page.$eval('#accounts-source', (s) => (s as HTMLSelectElement).value)).toBe('files');
    for (const chart of ['levels', 'channels', 'roles', 'ageing'])
      expect(await page.$$(`#chart-${chart} svg`)).not.toHaveLength(0);
    // Never 5,000 rows in the page: one page of 50.
    expect((await tableText()).length).toBe(50);
    // The row that is not an account is an error row naming its line and its column.
    await page.fill('#filter-search', 'BAD-1');
    await page.waitForFunction(() => document.querySelectorAll('#decisions tbody tr').length === 1);
    const bad = (await tableText())[0]!;
    expect(bad).toContain('ligne 5002');
    expect(bad).toContain('loyer');
    await page.fill('#filter-search', '');
    await editor.screenshot('results-charts');
    expect(editor.errors).toEqual([]);
  }, 180_000);

  it('filters and sorts the decisions', async () => {
    const { page } = editor;
    await page.waitForFunction(() => document.querySelectorAll('#decisions tbody tr').length === 50);
    const level = await page.$eval('#filter-level', (s) => (s as HTMLSelectElement).options[2]!.value);
    await page.selectOption('#filter-level', level);
    const levels = await page.$$eval('#decisions tbody tr', (rows) => rows.map((r) => r.getAttribute('data-level')));
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set([level]));
    await expect.poll(() => page.textContent('#shown-count')).toMatch(/décisions affichées sur 5\u202f001/);
    await page.selectOption('#filter-level', '');
    // Sort by debt, then again: the largest debts first.
    await page.click('button.sort[data-sort="debt"]');
    expect(await page.getAttribute('th:has(button[data-sort="debt"])', 'aria-sort')).toBe('ascending');
    await page.click('button.sort[data-sort="debt"]');
    expect(await page.getAttribute('th:has(button[data-sort="debt"])', 'aria-sort')).toBe('descending');
    const debts = await page.$$eval('#decisions tbody tr td.num:nth-last-child(2)', (cells) =>
      cells.map((c) => Number((c.textContent ?? '').replace(/[^\d]/g, ''))),
    );
    expect(debts.length).toBe(50);
    expect(debts).toEqual([...debts].sort((a, b) => b - a));
    // The keyboard reaches the next page.
    await page.focus('#page-next');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.pager')).toContain('lignes 51 à 100');
    await page.click('#page-prev');
    await editor.screenshot('results-table');
    expect(editor.errors).toEqual([]);
  });

  it('downloads the decisions as a French CSV', async () => {
    const { page } = editor;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv-fr')]);
    expect(download.suggestedFilename()).toBe('decisions-2026-11-23-fr.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFnumero;compte;date_evaluation;')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5_002);
    expect(lines.at(-1)).toContain('BAD-1');
    expect(editor.errors).toEqual([]);
  }, 120_000);
});

describe('the tests of the policy', () => {
  it('runs case files against the edited policy: each case passed or failed, expected against actual', async () => {
    const { page } = editor;
    const account = JSON.parse(readFileSync('examples/accounts/a-1029-two-months-behind.json', 'utf8'));
    const cases = {
      cases: [
        { name: 'Deux mois de retard', asOf: '2026-11-23', account, expect: { level: 'benefit-unpaid' } },
        { name: 'Un cas faux', asOf: '2026-11-23', account, expect: { level: 'none', planFeasible: true } },
      ],
    };
    await showTab('tests');
    await page.setInputFiles('#cases-drop input[type=file]', {
      name: 'cas.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(cases)),
    });
    await page.waitForSelector('#tests-summary');
    await expect.poll(() => page.textContent('#tests-summary')).toBe('2 cas\u00a0: 1 réussi, 1 en échec');
    const failed = await page.textContent('li.fail');
    expect(failed).toContain('Un cas faux');
    expect(failed).toContain('none');
    expect(failed).toContain('benefit-unpaid');
    await expect.poll(() => page.textContent('li.pass')).toContain('Deux mois de retard');
    await editor.screenshot('tests-tab');
    expect(editor.errors).toEqual([]);
  });

  it('runs the cases shipped for the default policy, with the account files they name: all pass', async () => {
    const { page } = editor;
    const dir = join(root, 'examples/policies/cases/default');
    const cases = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, f));
    // Without the account files they name, the cases that need one say which file to add.
    await showTab('tests');
    await page.setInputFiles('#cases-drop input[type=file]', cases);
    await page.waitForSelector('#tests-summary');
    await expect.poll(() => page.textContent('.cases li.fail')).toContain('ajoutez le fichier de compte');
    await keepPolicy(JSON.stringify(defaultPolicy, null, 2));
    await showTab('tests');
    const files = [
      ...cases,
      ...readdirSync(join(dir, 'accounts')).map((f) => join(dir, 'accounts', f)),
      ...readdirSync(join(root, 'examples/accounts')).map((f) => join(root, 'examples/accounts', f)),
    ];
    await page.setInputFiles('#cases-drop input[type=file]', files);
    await page.waitForSelector('#tests-summary');
    const summary = (await page.textContent('#tests-summary')) ?? '';
    expect(summary).toMatch(/^\d+ cas\u00a0: \d+ réussis, 0 en échec$/);
    expect(await page.$$('.cases li.fail')).toHaveLength(0);
    expect(editor.errors).toEqual([]);
  });
});
