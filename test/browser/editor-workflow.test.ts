/// <reference lib="dom" />
/**
 * A recovery manager's whole path through the editor, in French, without touching JSON: change a
 * threshold in the form, see the decisions and the comparison with the default policy change,
 * download the decisions, then run the cases of the default policy against the edited policy and
 * against the default one again. Screenshot: workflow-tests.
 *
 * Needs the built page: `node scripts/build-docs.mjs --playground-only` first.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoPortfolio } from '../../src/demo';
import { defaultPolicy, evaluate } from '../../src/rules';
import { openEditor, root, showTab as openTab, type Editor } from './page';

let editor: Editor;

beforeAll(async () => {
  editor = await openEditor();
}, 120_000);

afterAll(async () => {
  await editor?.close();
});

const showTab = (id: Parameters<typeof openTab>[1]) => openTab(editor.page, id);

/** The text of the decisions table's rows. */
const tableText = async () =>
  (await editor.page.$$eval('#decisions tbody tr', (rows) => rows.map((r) => r.textContent ?? ''))).join('\n');
const text = async (selector: string) => (await editor.page.textContent(selector)) ?? '';

describe('the recovery manager’s path', () => {
  it('changes a threshold in the form, sees what it changes, downloads the decisions, runs the cases', async () => {
    const { page } = editor;
    // The sample accounts through the default policy: B-2207, 53 days behind, is "late" (level 2).
    await showTab('results');
    await page.waitForSelector('#decisions-status');
    await expect.poll(tableText).toMatch(/B-2207\s*2 Retard/);
    await showTab('comparison');
    await page.waitForSelector('#changed-count');
    expect(await text('#changed-count')).toContain('Aucun compte ne change.');

    // The form: the "late" level now after 60 days behind instead of 30.
    await showTab('policy');
    const days = page.locator('#policy-form input[data-path="versions[0].levels[2].conditions.all[1].value"]');
    expect(await days.inputValue()).toBe('30');
    await days.fill('60');

    // The decisions change: B-2207 is only watched now…
    await showTab('results');
    await expect.poll(tableText, { timeout: 30_000 }).toMatch(/B-2207\s*1 Suivi/);
    // …and the comparison with the default policy says so, with its heat map.
    await showTab('comparison');
    await expect.poll(() => text('#changed-count'), { timeout: 30_000 }).not.toContain('Aucun compte ne change.');
    await page.waitForSelector('#chart-transitions svg');
    // The account that changes, in the words of each policy: levels and steps by their labels.
    const changed = await text('#comparison-changes tbody tr');
    const proposal = defaultPolicy.versions[0]!.steps.find((s) => s.id === 'plan-proposal')!.label;
    expect(changed).toContain('B-2207');
    expect(changed).toContain('2 Retard (un mois de retard)');
    expect(changed).toContain('1 Suivi (une somme est due)');
    expect(changed).toContain(proposal);
    expect(changed).not.toMatch(/\blate\b|plan-proposal/);

    // The decisions downloaded as a French CSV, with the edited policy's level.
    await showTab('results');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv-fr')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFnumero;compte;')).toBe(true);
    expect(csv.split('\r\n').find((l) => l.includes('B-2207'))).toMatch(/;1;Suivi \(une somme est due\);/);

    // The cases of the default policy, loaded by one button, run against the edited policy…
    await showTab('tests');
    await page.click('#cases-default');
    await page.waitForSelector('#tests-summary');
    const edited = await text('#tests-summary');
    expect(edited).toMatch(/^\d+ cas\u00a0: \d+ réussis, \d+ en échec$/);
    // …and all pass once the default policy is back.
    await showTab('policy');
    await page.click('#reset-policy');
    await showTab('tests');
    await expect
      .poll(() => text('#tests-summary'), { timeout: 30_000 })
      .toMatch(/^\d+ cas\u00a0: \d+ réussis, 0 en échec$/);
    expect(await page.$$('.cases li.fail')).toHaveLength(0);
    await editor.screenshot('workflow-tests');
    expect(editor.errors).toEqual([]);
  }, 180_000);
});

describe('the page opened from the file system', () => {
  it('says in French (and in English) how to open it, since browsers run no module there', async () => {
    const page = await editor.context.newPage();
    await page.goto(`file://${root}/docs-site/playground/index.html`);
    const notice = page.locator('#file-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator('p[lang=fr]').textContent()).toContain('npm run docs:serve');
    expect(await notice.locator('p[lang=fr]').textContent()).toContain('doit être ouverte par un serveur web');
    await page.close();
  });
});

describe('labels and keyboard', () => {
  it('gives every control of every tab a name a screen reader reads', async () => {
    const { page } = editor;
    await page.reload();
    await showTab('results');
    await page.waitForSelector('#decisions tbody tr');
    const unnamed = await page.$$eval('input, select, textarea, button', (controls) =>
      controls
        .filter((c) => {
          const e = c as HTMLInputElement;
          if (e.type === 'hidden') return false;
          const named =
            (e.labels?.length ?? 0) > 0 ||
            !!e.getAttribute('aria-label')?.trim() ||
            !!e.getAttribute('aria-labelledby') ||
            !!e.getAttribute('title')?.trim() ||
            (e.tagName === 'BUTTON' && !!e.textContent?.trim());
          return !named;
        })
        .map((c) => c.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
  });

  it('moves between the tabs with the arrow keys', async () => {
    const { page } = editor;
    await page.focus('#tab-results');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#panel-comparison:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-comparison');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('#panel-policy:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-policy');
  });
});

describe('facts of closed values in the form', () => {
  it('offers the values of the plan status in a list, in words, and writes the code chosen', async () => {
    const { page } = editor;
    await page.reload();
    await showTab('policy');
    const status = page.locator('#policy-form select[data-path^="versions[0].levels[6].conditions"]');
    expect(await status.inputValue()).toBe('kept');
    expect(await status.locator('option').allTextContents()).toEqual([
      'none',
      'tenu (kept)',
      'en retard (late)',
      'rompu (broken)',
      'soldé (finished)',
    ]);
    await status.selectOption('late');
    await expect
      .poll(async () => (await page.evaluate(() => localStorage.getItem('hlm-recovery.playground.policy'))) ?? '')
      .toMatch(/"fact": "planStatus",\s*"operator": "equal",\s*"value": "late"/);
    await page.click('#reset-policy');
  });
});

describe('a demo portfolio and the evaluation date', () => {
  it('generates the demo accounts again for a new date, so that their ledgers run up to it', async () => {
    const { page } = editor;
    const later = '2027-03-01';
    // An account whose level on the later date differs between the portfolio generated for the
    // first date and the one generated for the later date: the table must show the second.
    const levelOn = (accounts: Iterable<unknown>) =>
      new Map([...accounts].map((a) => [(a as { id: string }).id, evaluate(a, defaultPolicy, { asOf: later }).level]));
    const stale = levelOn(generateDemoPortfolio({ count: 50, asOf: '2026-11-23' }));
    const fresh = levelOn(generateDemoPortfolio({ count: 50, asOf: later }));
    const [id, level] = [...fresh].find(([k, v]) => stale.get(k)!.id !== v.id)!;
    expect(id).toBeDefined();

    await page.reload();
    await showTab('results');
    await page.selectOption('#accounts-source', 'demo-50');
    await expect.poll(() => text('#decisions-status'), { timeout: 30_000 }).toMatch(/^50 comptes, .* au 23\/11\/2026$/);
    await page.fill('#as-of', later);
    await page.dispatchEvent('#as-of', 'change');
    await expect.poll(() => text('#decisions-status'), { timeout: 30_000 }).toMatch(/^50 comptes, .* au 01\/03\/2027$/);
    await page.fill('#filter-search', id);
    await expect
      .poll(tableText, { timeout: 30_000 })
      .toMatch(new RegExp(`${id}\\s*${level.rank} ${level.label.replace(/[()]/g, '\\$&').slice(0, 12)}`));
    await page.fill('#as-of', '2026-11-23');
    await page.dispatchEvent('#as-of', 'change');
    expect(editor.errors).toEqual([]);
  });
});

describe('the cases of the policy between visits', () => {
  it('keeps the case files in the browser, runs them again on the next visit, until they are forgotten', async () => {
    const { page } = editor;
    await page.reload();
    await showTab('tests');
    await page.click('#cases-default');
    await expect.poll(() => text('#tests-summary')).toMatch(/^14 cas\u00a0: 14 réussis, 0 en échec$/);
    await page.reload();
    await showTab('tests');
    await expect
      .poll(() => text('#tests-summary'), { timeout: 30_000 })
      .toMatch(/^14 cas\u00a0: 14 réussis, 0 en échec$/);
    await page.click('#cases-forget');
    await expect.poll(() => page.locator('#tests-summary').count()).toBe(0);
    await page.reload();
    await showTab('tests');
    await page.waitForSelector('#cases-default');
    expect(await page.locator('#tests-summary').count()).toBe(0);
    expect(editor.errors).toEqual([]);
  });
});
