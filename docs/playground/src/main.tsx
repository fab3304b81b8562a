/**
 * The policy editor: the library's browser build, with no server. Reads what was kept from the
 * last visit (language, policy text, evaluation date), sets the shared state and mounts the page.
 */
import './base.css';
import { render } from 'preact';
import { DEFAULT_LOCALE, parseLocale } from '../../../src/index';
import { App } from './app';
import { DEFAULT_POLICY_TEXT } from './policy/default-text';
import { startPolicyValidation } from './policy/validate';
import { initState, setState, subscribe, TABS, type TabId } from './store';

const KEYS = {
  locale: 'hlm-recovery.playground.locale',
  policy: 'hlm-recovery.playground.policy',
  asOf: 'hlm-recovery.playground.asOf',
  tab: 'hlm-recovery.playground.tab',
} as const;

/** A value kept in localStorage, or null (absent, or no storage: a private window may refuse it). */
function kept(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function keep(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // No storage: the page works, nothing is kept.
  }
}

function keptLocale() {
  try {
    return parseLocale(kept(KEYS.locale));
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The default policy's file text, as `hlm-recovery policy init` writes it. */
export { DEFAULT_POLICY_TEXT };

const keptTab = kept(KEYS.tab);
initState({
  locale: keptLocale(),
  asOf: /^\d{4}-\d{2}-\d{2}$/.test(kept(KEYS.asOf) ?? '') ? (kept(KEYS.asOf) as string) : '2026-11-23',
  policyText: kept(KEYS.policy) ?? DEFAULT_POLICY_TEXT,
  policy: null,
  issues: [],
  tab: (TABS as readonly string[]).includes(keptTab ?? '') ? (keptTab as TabId) : 'policy',
  reveal: null,
});

subscribe((s) => {
  keep(KEYS.locale, s.locale);
  keep(KEYS.policy, s.policyText);
  keep(KEYS.asOf, s.asOf);
  keep(KEYS.tab, s.tab);
  document.documentElement.lang = s.locale;
});
setState({});
// The policy is read (issues, last valid policy) from the start, whichever tab is open.
startPolicyValidation();

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<App />, root);
}
