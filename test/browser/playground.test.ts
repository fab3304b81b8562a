/// <reference lib="dom" />
/**
 * The policy playground, end to end in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): the page loads the browser build of the library, shows the decisions, reports
 * a broken policy at its path and line, and updates the decisions once the policy is fixed. The page
 * speaks French by default; its language switch renders it again in English, and the choice is
 * kept across a reload.
 * Run with `npm run test:browser` (it builds docs-site/playground first).
 */
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script of the repository
import { serve } from '../../scripts/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let server: Server;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serve(join(root, 'docs-site'));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const { port } = server.address() as { port: number };
  await page.goto(`http://127.0.0.1:${port}/playground/`);
  await page.waitForFunction(() => Number(document.body.dataset.updated ?? 0) >= 1);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const rows = () => page.locator('#decisions tbody tr');
const updates = () => page.evaluate(() => Number(document.body.dataset.updated ?? 0));
async function editPolicy(edit: (policy: Record<string, unknown>) => void): Promise<void> {
  const before = await updates();
  const text = await page.inputValue('#policy');
  const policy = JSON.parse(text) as Record<string, unknown>;
  edit(policy);
  await page.fill('#policy', JSON.stringify(policy, null, 2));
  await page.waitForFunction((n) => Number(document.body.dataset.updated ?? 0) > n, before);
}

describe('the policy playground', () => {
  it('loads the default policy and shows a decision for each example account', async () => {
    await expect.poll(() => rows().count()).toBe(4);
    expect(await page.textContent('#policy-status')).toMatch(/^Politique valide/);
    expect(await page.textContent('#decisions tbody')).toContain('A-1029');
    expect(await page.textContent('#changed-count')).toBe('Aucun compte ne change.');
    expect(errors).toEqual([]);
  });

  it('reports a broken policy at its path and line, and keeps the last decisions', async () => {
    const text = await page.inputValue('#policy');
    // The line of levels[1].conditions.all[0].fact in the editor's text.
    const expectedLine =
      text
        .split('\n')
        .findIndex(
          (l, i, all) => l.includes('"fact": "arrears"') && all.slice(0, i).join('\n').includes('"id": "watch"'),
        ) + 1;
    await editPolicy((p) => {
      (p.levels as { conditions?: { all: { fact: string }[] } }[])[1]!.conditions!.all[0]!.fact = 'arears';
    });
    const issue = page.locator('#issues li').first();
    await expect.poll(() => issue.getAttribute('data-path')).toBe('levels[1].conditions.all[0].fact');
    expect(await issue.textContent()).toMatch(/vouliez-vous dire "arrears"/);
    expect(Number(await issue.getAttribute('data-line'))).toBe(expectedLine);
    expect(await page.textContent('#policy-status')).toMatch(/^1 problème\u00a0: /);
    expect(await issue.textContent()).toMatch(new RegExp(`^ligne ${expectedLine}\u00a0: levels\\[1\\]`));
    expect(await rows().count()).toBe(4);
  });

  it('shows a JSON syntax error with its line', async () => {
    const before = await updates();
    await page.fill('#policy', '{\n  "id": "x",\n  "version": \n}');
    await page.waitForFunction(
      (n) => Number(document.body.dataset.updated ?? 0) > n || document.querySelector('#issues li') !== null,
      before,
    );
    await expect.poll(() => page.textContent('#issues li')).toMatch(/^ligne 4, colonne 1\u00a0: il manque une valeur/);
    expect(await page.getAttribute('#issues li', 'data-line')).toBe('4');
    expect(await page.textContent('#policy-status')).toBe('JSON non valide');
  });

  it('updates the decisions and the comparison once the policy is fixed and changed', async () => {
    await page.click('#reset-policy');
    await page.waitForFunction(() =>
      document.querySelector('#policy-status')?.textContent?.startsWith('Politique valide'),
    );
    // 500 generated demo accounts, picked from the list.
    const before = await updates();
    await page.selectOption('#sample', 'demo-500');
    await page.waitForFunction((n) => Number(document.body.dataset.updated ?? 0) > n, before);
    await expect.poll(() => rows().count()).toBe(500);
    const lateBefore = await page.locator('#decisions tbody tr[data-level="late"]').count();
    // A stricter policy: "late" from the first day after a default instead of 30 days.
    await editPolicy((p) => {
      const late = (p.levels as { id: string; conditions: { all: { fact: string; value: unknown }[] } }[]).find(
        (l) => l.id === 'late',
      )!;
      late.conditions.all.find((c) => c.fact === 'daysSinceFirstDefault')!.value = 1;
    });
    expect(await page.textContent('#policy-status')).toMatch(/^Politique valide/);
    await expect.poll(() => page.locator('#decisions tbody tr[data-level="late"]').count()).toBeGreaterThan(lateBefore);
    expect(await page.textContent('#changed-count')).toMatch(
      /^[1-9][\d\u202f]* comptes? change(nt)?\u00a0: niveau d’alerte en hausse [1-9]/,
    );
    expect(errors).toEqual([]);
  });
});

describe('the language of the playground', () => {
  // A page of its own, with an empty localStorage: French, the default.
  let fresh: Page;
  const updatesOf = (p: Page) => p.evaluate(() => Number(document.body.dataset.updated ?? 0));
  const firstExplanation = () => fresh.textContent('#decisions tbody tr:first-child details li');
  const h1 = () => fresh.textContent('h1');
  const lang = () => fresh.getAttribute('html', 'lang');
  async function load(reload: boolean): Promise<void> {
    if (reload) await fresh.reload();
    else {
      const { port } = server.address() as { port: number };
      await fresh.goto(`http://127.0.0.1:${port}/playground/`);
    }
    await fresh.waitForFunction(() => Number(document.body.dataset.updated ?? 0) >= 1);
  }

  beforeAll(async () => {
    fresh = await (await browser.newContext()).newPage();
    fresh.on('pageerror', (e) => errors.push(e.message));
    fresh.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await load(false);
  });

  it('is in French by default', async () => {
    expect(await lang()).toBe('fr');
    expect(await fresh.inputValue('#locale')).toBe('fr');
    expect(await fresh.textContent('label.language')).toMatch(/^Langue\s+Français\s+English\s*$/);
    expect(await h1()).toBe('Bac à sable de la politique');
    expect(await fresh.title()).toBe('hlm-recovery — bac à sable de la politique');
    expect(await fresh.locator('#decisions thead th').allTextContents()).toEqual([
      'Compte',
      'Niveau d’alerte',
      'Prochaine étape',
      'Canal',
      'Date',
      'Plan',
    ]);
    expect(await fresh.textContent('#policy-status')).toBe('Politique valide');
    expect(await fresh.textContent('#decisions-status')).toBe('4 comptes, 4 décisions, 0 erreur, au 23/11/2026');
    expect(await firstExplanation()).toMatch(/^Niveau /);
    expect(await fresh.textContent('#changed-count')).toBe('Aucun compte ne change.');
    expect(await fresh.getAttribute('#policy', 'aria-label')).toBe('JSON de la politique');
    expect(errors).toEqual([]);
  });

  it('renders the same elements again in English when English is picked', async () => {
    const before = await updatesOf(fresh);
    await fresh.selectOption('#locale', 'en');
    await fresh.waitForFunction((n) => Number(document.body.dataset.updated ?? 0) > n, before);
    expect(await lang()).toBe('en');
    expect(await h1()).toBe('Policy playground');
    expect(await fresh.title()).toBe('hlm-recovery — policy playground');
    expect(await fresh.locator('#decisions thead th').allTextContents()).toEqual([
      'Account',
      'Alert level',
      'Next step',
      'Channel',
      'Date',
      'Plan',
    ]);
    expect(await fresh.textContent('#policy-status')).toBe('Valid policy');
    expect(await fresh.textContent('#decisions-status')).toBe('4 accounts, 4 decisions, 0 errors, as of 23 Nov 2026');
    // The decisions themselves, from prepareRun in English.
    expect(await firstExplanation()).toMatch(/^Level "/);
    expect(await fresh.textContent('#changed-count')).toBe('No account changes.');
    expect(await fresh.getAttribute('#policy', 'aria-label')).toBe('Policy JSON');
    expect(await fresh.evaluate(() => localStorage.getItem('hlm-recovery.playground.locale'))).toBe('en');
    expect(errors).toEqual([]);
  });

  it('keeps the choice across a reload, and falls back to French on a value it does not know', async () => {
    await load(true);
    expect(await lang()).toBe('en');
    expect(await fresh.inputValue('#locale')).toBe('en');
    expect(await h1()).toBe('Policy playground');
    expect(await fresh.textContent('#policy-status')).toBe('Valid policy');
    expect(await firstExplanation()).toMatch(/^Level "/);

    await fresh.evaluate(() => localStorage.setItem('hlm-recovery.playground.locale', 'de'));
    await load(true);
    expect(await lang()).toBe('fr');
    expect(await fresh.inputValue('#locale')).toBe('fr');
    expect(await firstExplanation()).toMatch(/^Niveau /);
    expect(errors).toEqual([]);
  });
});
