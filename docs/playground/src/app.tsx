/**
 * The page: a header (title, language, evaluation date) and four tabs — the policy (form and
 * JSON), the accounts and their decisions, the comparison, the policy's tests. Tabs follow the
 * WAI-ARIA tabs pattern (arrow keys move between them).
 */
import { useEffect } from 'preact/hooks';
import { LOCALES, type Locale } from '../../../src/index';
import { PolicyTab } from './policy/policy-tab';
import { ComparisonTab } from './results/comparison-tab';
import { ResultsTab } from './results/results-tab';
import { TestsTab } from './results/tests-tab';
import { getState, setState, TABS, useSelect, type TabId } from './store';
import { t } from './text';

function Tabs() {
  const tab = useSelect((s) => s.tab);
  useSelect((s) => s.locale);
  const move = (e: KeyboardEvent) => {
    const i = TABS.indexOf(getState().tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length] as TabId;
    setState({ tab: next });
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" class="tabs" aria-label={t('playground.tabs.label')} onKeyDown={move}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => setState({ tab: id })}
        >
          {t(`playground.tabs.${id}`)}
        </button>
      ))}
    </div>
  );
}

function Header() {
  const locale = useSelect((s) => s.locale);
  const asOf = useSelect((s) => s.asOf);
  useEffect(() => {
    document.title = t('playground.pageTitle');
  }, [locale]);
  return (
    <header>
      <div class="toolbar">
        <h1>{t('playground.title')}</h1>
        <label class="language">
          {t('playground.language')}{' '}
          <select id="locale" value={locale} onChange={(e) => setState({ locale: e.currentTarget.value as Locale })}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`playground.language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('playground.asOf')}{' '}
          <input
            id="as-of"
            type="date"
            value={asOf}
            required
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(v)) setState({ asOf: v });
            }}
          />
        </label>
        <a href="../index.html">{t('playground.docsLink')}</a>
      </div>
      <p>{t('playground.intro')}</p>
    </header>
  );
}

const PANELS: Record<TabId, () => preact.JSX.Element> = {
  policy: PolicyTab,
  results: ResultsTab,
  comparison: ComparisonTab,
  tests: TestsTab,
};

export function App() {
  const tab = useSelect((s) => s.tab);
  useSelect((s) => s.locale);
  return (
    <>
      <Header />
      <Tabs />
      {TABS.map((id) => {
        const Panel = PANELS[id];
        return (
          <section key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={tab !== id}>
            <Panel />
          </section>
        );
      })}
    </>
  );
}
