/// <reference lib="dom" />
/**
 * What the editor's browser tests share: the static server on docs-site/, headless Chromium
 * (Debian's /usr/bin/chromium, or CHROMIUM_PATH, driven by playwright-core; never a downloaded
 * browser), a fresh page on the editor that records every page error, and screenshots written to
 * docs-site/screenshots/ for a reviewer to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error a plain ES module script of the repository
import { serve } from '../../scripts/serve.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshots = join(root, 'docs-site/screenshots');

export interface Editor {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The page's errors and console errors so far (a test ends by expecting none). */
  readonly errors: string[];
  /** The editor's address. */
  readonly url: string;
  /** Writes docs-site/screenshots/<name>.png (the whole page). */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server and Chromium, opens the editor in a fresh context (empty localStorage). */
export async function openEditor(
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Editor> {
  const server: Server = await serve(join(root, 'docs-site'));
  const browser = await chromium.launch({
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
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 1000 },
    acceptDownloads: true,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/playground/`;
  await page.goto(url);
  mkdirSync(screenshots, { recursive: true });
  return {
    browser,
    context,
    page,
    errors,
    url,
    screenshot: async (name) => {
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Opens a tab of the editor (as a click does) and waits for its panel. */
export async function showTab(page: Page, id: 'policy' | 'results' | 'comparison' | 'tests'): Promise<void> {
  await page.click(`#tab-${id}`);
  await page.waitForSelector(`#panel-${id}:not([hidden])`);
}
