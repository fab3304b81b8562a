/// <reference lib="dom" />
/**
 * The policy side of the editor, end to end in headless Chromium: the default policy validates
 * from the start; a threshold edited in the form changes the policy text and the JSON view; an
 * error typed in the JSON view is listed in French with its path and line, shown at its line and
 * at its field, and clicking it goes there; a syntax error is told by line and column; the
 * language switch renders the page in English and is kept across a reload; a policy file is
 * uploaded (a candidate whose version starts later is accepted), kept across a reload, downloaded,
 * and the default policy comes back on request. Screenshots: policy-form, policy-json,
 * policy-issues. Run with `npm run test:browser` (it builds docs-site/playground first).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, type Editor } from './page';

const POLICY_KEY = 'hlm-recovery.playground.policy';
const NB = '\u00a0';

/** The policy text the page keeps (what the store's `policyText` holds). */
const keptText = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', POLICY_KEY);
/**
 * Gives the page `window.cmView()`: the JSON view's CodeMirror `EditorView`, found from its DOM as
 * `EditorView.findFromDOM` finds it (the DOM holds only the lines in view, not the whole text).
 * Installed now and on every later load of the page.
 */
async function installCmView(page: Page): Promise<void> {
  const install = () => {
    (window as unknown as { cmView: () => unknown }).cmView = () => {
      const content = document.querySelector('.cm-content') as unknown as {
        cmTile?: { root?: { view?: unknown } };
        cmView?: { view?: unknown };
      } | null;
      const view = content?.cmTile?.root?.view ?? content?.cmView?.view;
      if (!view) throw new Error('no CodeMirror view on the page');
      return view;
    };
  };
  await page.context().addInitScript(install);
  await page.evaluate(install);
}
interface CmView {
  hasFocus: boolean;
  state: {
    doc: { toString(): string; lineAt(pos: number): { number: number } };
    selection: { main: { head: number } };
  };
  dispatch(tr: unknown): void;
  focus(): void;
}
/** The JSON view's text. */
const jsonText = (page: Page) =>
  page.evaluate(() => (window as unknown as { cmView: () => CmView }).cmView().state.doc.toString());
/** The line (from 1) of the JSON view's cursor, and whether the editor has the focus. */
const cursor = (page: Page) =>
  page.evaluate(() => {
    const view = (window as unknown as { cmView: () => CmView }).cmView();
    return { line: view.state.doc.lineAt(view.state.selection.main.head).number, focused: view.hasFocus };
  });
/** Puts the JSON view's cursor at an offset (then the keyboard types there). */
const placeCursor = (page: Page, offset: number) =>
  page.evaluate((pos) => {
    const view = (window as unknown as { cmView: () => CmView }).cmView();
    view.dispatch({ selection: { anchor: pos } });
    view.focus();
  }, offset);
const status = (page: Page) => page.textContent('#policy-status');

describe('the policy side of the editor', () => {
  let editor: Editor;
  let page: Page;

  beforeAll(async () => {
    editor = await openEditor();
    page = editor.page;
    await installCmView(page);
    await page.waitForFunction(() => document.querySelector('#policy-status')?.textContent === 'Politique valide');
  });
  afterAll(async () => {
    await editor?.close();
  });

  it('validates the default policy from the start and shows it as a form', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.textContent('h1')).toBe('Éditeur de la politique de recouvrement');
    expect(await page.getAttribute('#policy-view-form', 'aria-pressed')).toBe('true');
    await expect.poll(() => page.textContent('#issues-none')).toBe('Aucun problème.');
    // The levels, their conditions in plain French.
    const late = page.locator('#levels-table tr[data-level="late"]');
    expect(await late.textContent()).toContain(`Jours depuis le premier impayé${NB}: au moins`);
    expect(await late.textContent()).toContain(`Dette exigible${NB}: plus de`);
    expect(await page.locator('#levels-table tr[data-level="serious"]').textContent()).toContain(
      `2${'\u202f'}000,00${NB}€ (paramètre highDebt)`,
    );
    // The escalation ladder: each step's channel and approval.
    expect(await page.locator('#steps-table tbody tr').count()).toBeGreaterThan(10);
    expect(await page.isChecked('#steps-table tr[data-step="commandement"] input[type="checkbox"]')).toBe(true);
    // A live SMS count.
    expect(await page.locator('.sms-count').first().textContent()).toMatch(
      /^au plus \d SMS une fois rempli \((GSM-7|UCS-2), jusqu’à \d+ caractères\)/,
    );
    await editor.screenshot('policy-form');
    expect(editor.errors).toEqual([]);
  });

  it('edits a threshold in the form: the policy text and the JSON view change', async () => {
    const path = 'versions[0].levels[2].conditions.all[1].value';
    const before = JSON.parse(await keptText(page)) as {
      versions: { levels: { conditions: { all: { value: unknown }[] } }[] }[];
    };
    expect(before.versions[0]!.levels[2]!.conditions.all[1]!.value).toBe(30);
    await page.fill(`#policy-form input[data-path="${path}"]`, '15');
    await expect
      .poll(
        async () =>
          (JSON.parse(await keptText(page)) as typeof before).versions[0]!.levels[2]!.conditions.all[1]!.value,
      )
      .toBe(15);
    // Written again with a 2-space indent, and the same text in the JSON view.
    const text = await keptText(page);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    await page.click('#policy-view-json');
    expect(await jsonText(page)).toBe(text);
    await expect.poll(() => status(page)).toBe('Politique valide');
    // A plan limit too (an amount, a decimal string).
    await page.click('#policy-view-form');
    await page.fill('#policy-form input[data-path="versions[0].plans.minInstalment"]', '20.00');
    await expect.poll(async () => JSON.parse(await keptText(page)).versions[0].plans.minInstalment).toBe('20.00');
    expect(editor.errors).toEqual([]);
  });

  it('shows an error typed in the JSON view at its line and its field, and goes there when it is clicked', async () => {
    await page.click('#policy-view-json');
    const text = await jsonText(page);
    // levels[1] ("watch"): its first fact, "arrears", typed "arears".
    const watch = text.indexOf('"id": "watch"');
    const fact = text.indexOf('"fact": "arrears"', watch);
    expect(watch).toBeGreaterThan(0);
    const expectedLine = text.slice(0, fact).split('\n').length;
    await placeCursor(page, fact + '"fact": "ar'.length);
    await page.keyboard.press('Delete');
    await expect.poll(() => keptText(page)).toContain('"fact": "arears"');
    const issue = page.locator('#issues li').first();
    await expect.poll(() => issue.getAttribute('data-path')).toBe('versions[0].levels[1].conditions.all[0].fact');
    expect(Number(await issue.getAttribute('data-line'))).toBe(expectedLine);
    expect(await issue.textContent()).toMatch(
      new RegExp(
        `^ligne ${expectedLine}${NB}: versions\\[0\\]\\.levels\\[1\\]\\.conditions\\.all\\[0\\]\\.fact${NB}: `,
      ),
    );
    expect(await issue.textContent()).toMatch(/vouliez-vous dire "arrears"/);
    expect(await status(page)).toMatch(new RegExp(`^1 problème${NB}: `));
    // In the JSON view: a diagnostic on its line; the cursor goes there when the issue is clicked.
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await placeCursor(page, 0);
    expect((await cursor(page)).line).toBe(1);
    await issue.locator('button').click();
    await expect.poll(() => cursor(page)).toEqual({ line: expectedLine, focused: true });
    await editor.screenshot('policy-json');

    // In the form: the issue under its condition; Enter on the issue focuses it.
    await page.click('#policy-view-form');
    const field = page.locator('#policy-form [data-path="versions[0].levels[1].conditions.all[0]"]');
    expect(await field.locator('.field-issues').textContent()).toMatch(/vouliez-vous dire "arrears"/);
    await issue.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path))
      .toBe('versions[0].levels[1].conditions.all[0]');
    await editor.screenshot('policy-issues');
    expect(editor.errors).toEqual([]);
  });

  it('tells a JSON syntax error by its line and column, and reaches it', async () => {
    await page.click('#policy-view-json');
    const text = await jsonText(page);
    const at = text.indexOf('"version": "2024.1"');
    const line = text.slice(0, at).split('\n').length;
    // The value removed: `"version": ,`.
    await placeCursor(page, at + '"version": '.length);
    for (let i = 0; i < '"2024.1"'.length; i++) await page.keyboard.press('Delete');
    await expect.poll(() => status(page)).toBe('JSON non valide');
    const issue = page.locator('#issues li').first();
    expect(await issue.textContent()).toMatch(new RegExp(`^ligne ${line}, colonne \\d+${NB}: `));
    expect(await issue.getAttribute('data-line')).toBe(String(line));
    // The form says why it cannot show the policy.
    await page.click('#policy-view-form');
    await expect.poll(() => page.textContent('#policy-form')).toMatch(/erreur de syntaxe/);
    // Clicking the issue from the form opens the JSON view at the error.
    await issue.locator('button').click();
    await expect.poll(() => page.getAttribute('#policy-view-json', 'aria-pressed')).toBe('true');
    await expect.poll(async () => (await cursor(page)).line).toBe(line);
    expect(editor.errors).toEqual([]);
  });

  it('goes back to the default policy, uploads a candidate dated later, keeps it, and downloads it', async () => {
    await page.click('#reset-policy');
    await expect.poll(() => status(page)).toBe('Politique valide');
    expect(await page.locator('#issues li').count()).toBe(0);
    const defaultText = await keptText(page);

    // A candidate whose only version starts on 2027-01-01: valid, none in force on the evaluation date.
    const candidate = JSON.parse(defaultText) as { versions: Record<string, unknown>[] };
    candidate.versions[0]!.version = '2027.1';
    candidate.versions[0]!.effectiveFrom = '2027-01-01';
    const candidateText = `${JSON.stringify(candidate, null, 2)}\n`;
    await page.setInputFiles('#policy-file', {
      name: 'candidate.json',
      mimeType: 'application/json',
      buffer: Buffer.from(candidateText),
    });
    await expect.poll(() => keptText(page)).toBe(candidateText);
    await expect.poll(() => status(page)).toBe('Politique valide');
    await expect.poll(() => page.textContent('#policy-file-status')).toBe(`Fichier «${NB}candidate.json${NB}» ouvert.`);
    await page.click('#policy-view-form');
    await expect
      .poll(() => page.textContent('#form-version'))
      .toContain('Aucune version n’est en vigueur le 23/11/2026.');
    expect(await page.inputValue('#policy-form input[data-path="versions[0].effectiveFrom"]')).toBe('2027-01-01');

    // Kept across a reload.
    await page.reload();
    await expect.poll(() => status(page)).toBe('Politique valide');
    expect(await keptText(page)).toBe(candidateText);
    expect(await page.inputValue('#policy-form input[data-path="versions[0].version"]')).toBe('2027.1');

    // Downloaded as politique.json, as it is written.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-policy')]);
    expect(download.suggestedFilename()).toBe('politique.json');
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(candidateText);

    await page.click('#reset-policy');
    await expect.poll(() => keptText(page)).toBe(defaultText);
    expect(editor.errors).toEqual([]);
  });
  it('completes and describes the fields from the policy schema in the JSON view', async () => {
    await page.click('#policy-view-json');
    // A field's description, from the schema, on hover.
    const key = page.locator('.cm-line', { hasText: '"effectiveFrom"' }).first();
    const box = await key.boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + 110, box!.y + box!.height / 2);
    await expect
      .poll(() => page.locator('.cm-tooltip-hover').textContent())
      .toContain('First day this version applies');
    // The fields a version may still have, proposed on Ctrl+Space in a new key.
    const text = await jsonText(page);
    await placeCursor(page, text.indexOf('"version": "2024.1",') + '"version": "2024.1",'.length);
    await page.keyboard.press('Enter');
    await page.keyboard.type('"');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => options.allTextContents()).toContain('effectiveTo');
    await page.keyboard.press('Escape');
    await page.click('#reset-policy');
    await expect.poll(() => status(page)).toBe('Politique valide');
    expect(editor.errors).toEqual([]);
  });
});

describe('the language of the editor', () => {
  let editor: Editor;
  let page: Page;

  beforeAll(async () => {
    editor = await openEditor();
    page = editor.page;
    await page.waitForFunction(() => document.querySelector('#policy-status')?.textContent === 'Politique valide');
  });
  afterAll(async () => {
    await editor?.close();
  });

  it('is in French by default', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.inputValue('#locale')).toBe('fr');
    await expect.poll(() => page.textContent('label.language')).toMatch(/^Langue\s+Français\s*English\s*$/);
    expect(await page.title()).toBe('hlm-recovery — éditeur de la politique de recouvrement');
    await expect.poll(() => page.textContent('#form-levels h3')).toBe('Niveaux d’alerte');
    expect(await page.getAttribute('.cm-content', 'aria-label')).toBe('JSON de la politique');
    expect(editor.errors).toEqual([]);
  });

  it('renders the page again in English, issues included, when English is picked', async () => {
    await page.selectOption('#locale', 'en');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.textContent('h1')).toBe('Recovery policy editor');
    expect(await page.title()).toBe('hlm-recovery — recovery policy editor');
    expect(await status(page)).toBe('Valid policy');
    await expect.poll(() => page.textContent('#form-levels h3')).toBe('Alert levels');
    expect(await page.locator('#levels-table tr[data-level="late"]').textContent()).toContain(
      'Days since first default: at least',
    );
    expect(await page.getAttribute('.cm-content', 'aria-label')).toBe('Policy JSON');
    expect(await page.evaluate(() => localStorage.getItem('hlm-recovery.playground.locale'))).toBe('en');
    // An issue, in English.
    await page.fill('#policy-form input[data-path="versions[0].cadence.maxContactsPer7Days"]', '40');
    await expect
      .poll(() => page.locator('#issues li').first().getAttribute('data-path'))
      .toBe('versions[0].cadence.maxContactsPer7Days');
    expect(await page.locator('#issues li').first().textContent()).toMatch(
      /^line \d+: versions\[0\]\.cadence\.maxContactsPer7Days: /,
    );
    expect(await status(page)).toMatch(/^1 problem: /);
    expect(editor.errors).toEqual([]);
  });

  it('keeps the choice across a reload, and falls back to French on a value it does not know', async () => {
    await page.reload();
    await expect.poll(() => status(page)).toMatch(/^1 problem: /);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.inputValue('#locale')).toBe('en');
    await expect.poll(() => page.textContent('h1')).toBe('Recovery policy editor');

    await page.evaluate(() => localStorage.setItem('hlm-recovery.playground.locale', 'de'));
    await page.reload();
    await expect.poll(() => status(page)).toMatch(new RegExp(`^1 problème${NB}: `));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.inputValue('#locale')).toBe('fr');
    expect(await page.locator('#issues li').first().textContent()).toMatch(/^ligne \d+/);
    expect(editor.errors).toEqual([]);
  });
});
