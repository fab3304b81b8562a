/**
 * The tests of the policy: case files (JSON, the format `hlm-recovery test` reads) dropped or
 * picked, run against the edited policy with the library's `runPolicyCases`, again at each change
 * of the policy or the language; each case passed or failed, with what was expected and what the
 * decision shows. A case whose account is a file path takes the account file of that name among
 * the files given with it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  ValidationError,
  localizeIssues,
  parsePolicyCases,
  runPolicyCases,
  type CaseCheck,
  type CasesReport,
  type CheckValue,
  type Locale,
  type PolicyCase,
  type PolicySource,
} from '../../../../src/index';
import { checkValueText } from '../../../../src/cases/format';
import { getState, useSelect } from '../store';
import { count, date, t } from '../text';
import { DropZone } from './results-tab';

/** A value of a check as the report says it, in the page's locale. */
const shown = (field: CaseCheck['field'], value: CheckValue, isExpected: boolean): string =>
  checkValueText(field, value, getState().locale, isExpected);

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

interface Loaded {
  readonly names: readonly string[];
  readonly cases: readonly PolicyCase[];
  readonly problems: readonly string[];
}

/** Reads the case files and the account files given with them. */
async function readCases(files: readonly File[], locale: Locale): Promise<Loaded> {
  const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  const problems: string[] = [];
  const cases: PolicyCase[] = [];
  const parsed: { name: string; json: unknown }[] = [];
  for (const f of texts) {
    try {
      parsed.push({ name: f.name, json: JSON.parse(f.text.replace(/^\uFEFF/, '')) });
    } catch {
      parsed.push({ name: f.name, json: f.text });
    }
  }
  // A file with a name, a date and an expectation (or a list of cases) is a case file; another is an account.
  const isCases = (json: unknown) =>
    typeof json === 'string' ||
    (json !== null && typeof json === 'object' && ('cases' in json || ('expect' in json && 'asOf' in json)));
  const accounts = new Map(parsed.filter((p) => !isCases(p.json)).map((p) => [p.name, p.json]));
  for (const p of parsed.filter((x) => isCases(x.json))) {
    try {
      for (const c of parsePolicyCases(p.json, p.name)) {
        const account = typeof c.account === 'string' ? accounts.get(baseName(c.account)) : undefined;
        cases.push(account === undefined ? c : ({ ...c, account } as PolicyCase));
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...localizeIssues(error.issues, locale).map((i) => i.message));
    }
  }
  return { names: files.map((f) => f.name), cases, problems };
}

/**
 * The cases shipped for the default policy (examples/policies/cases/default) and the account files
 * they name, as files: written by the build beside the page.
 */
async function loadDefaultCases(): Promise<File[]> {
  const response = await fetch(new URL('default-cases.json', document.baseURI));
  const files = (await response.json()) as { name: string; text: string }[];
  return files.map((f) => new File([f.text], f.name, { type: 'application/json' }));
}

function Check(props: { check: CaseCheck }) {
  const c = props.check;
  return (
    <tr class={c.passed ? 'pass' : 'fail'}>
      <th scope="row">{t(`cases.field.${c.field}`)}</th>
      <td>{shown(c.field, c.expected, true)}</td>
      <td>{shown(c.field, c.actual, false)}</td>
      <td>{c.passed ? t('playground.tests.ok') : t('playground.tests.ko')}</td>
    </tr>
  );
}

function Report(props: { report: CasesReport; cases: readonly PolicyCase[] }) {
  const { report } = props;
  // The account file a case names, as the case file writes it.
  const accountPath = (r: CasesReport['results'][number]) => {
    const c = props.cases.find((x) => x.name === r.name && x.file === r.file);
    return typeof c?.account === 'string' ? c.account : '';
  };
  return (
    <>
      <p id="tests-summary" class={report.failed === 0 ? 'good' : 'bad'}>
        {t('cases.summary', {
          total: count(report.total),
          passed: count(report.passed),
          failed: count(report.failed),
          n: report.passed,
        })}
      </p>
      <ul class="cases">
        {report.results.map((r) => (
          <li key={`${r.file ?? ''}/${r.name}`} class={r.passed ? 'pass' : 'fail'} data-case={r.name}>
            <details open={!r.passed}>
              <summary>
                <span class="badge">{r.passed ? t('playground.tests.passed') : t('playground.tests.failed')}</span>{' '}
                {r.name}{' '}
                <span class="hint">{t('playground.tests.asOf', { date: date(r.asOf), file: r.file ?? '' })}</span>
              </summary>
              {r.error && (
                <p class="bad">
                  {r.error.kind === 'accountFile'
                    ? t('playground.tests.accountMissing', { path: accountPath(r) })
                    : r.error.message}
                </p>
              )}
              {r.checks.length > 0 && (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('playground.tests.field')}</th>
                      <th scope="col">{t('playground.tests.expected')}</th>
                      <th scope="col">{t('playground.tests.actual')}</th>
                      <th scope="col">{t('playground.tests.result')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.checks.map((c) => (
                      <Check key={c.field} check={c} />
                    ))}
                  </tbody>
                </table>
              )}
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Where the case files of the last visit are kept (their names and texts). */
const CASES_KEY = 'hlm-recovery.playground.cases';
/** Case files past this size (in characters, all together) are not kept. */
const MAX_KEPT = 2_000_000;

/** The case files kept from the last visit, or none (none kept, or no storage). */
function keptCaseFiles(): File[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(CASES_KEY) ?? '[]');
    if (!Array.isArray(list)) return [];
    return list
      .filter((f): f is { name: string; text: string } => typeof f?.name === 'string' && typeof f?.text === 'string')
      .map((f) => new File([f.text], f.name, { type: 'application/json' }));
  } catch {
    return [];
  }
}

/** Keeps the case files for the next visit; forgets them when there are none or they are too big. */
async function keepCaseFiles(files: readonly File[]): Promise<void> {
  try {
    const list = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const json = JSON.stringify(list);
    if (files.length === 0 || json.length > MAX_KEPT) localStorage.removeItem(CASES_KEY);
    else localStorage.setItem(CASES_KEY, json);
  } catch {
    // No storage (a private window may refuse it): the cases are not kept.
  }
}

export function TestsTab() {
  const policy = useSelect((s) => s.policy);
  const locale = useSelect((s) => s.locale);
  const [files, setKept] = useState<readonly File[]>(keptCaseFiles);
  const setFiles = (next: readonly File[]) => {
    setKept(next);
    if (next.length === 0) setLoaded(null);
    void keepCaseFiles(next);
  };
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (files.length === 0) return;
    let live = true;
    void readCases(files, locale).then((l) => {
      if (live) setLoaded(l);
    });
    return () => {
      live = false;
    };
  }, [files, locale]);
  const outcome = useMemo((): { report: CasesReport } | { problem: string } | null => {
    if (loaded === null || policy === null || loaded.cases.length === 0) return null;
    try {
      return { report: runPolicyCases(policy as PolicySource, loaded.cases, { locale }) };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return {
        problem: localizeIssues(error.issues, locale)
          .map((i) => i.message)
          .join(' ; '),
      };
    }
  }, [loaded, policy, locale]);
  useEffect(() => {
    if (outcome) document.body.dataset.tests = String(Number(document.body.dataset.tests ?? 0) + 1);
  }, [outcome]);
  return (
    <div class="tests">
      <h2>{t('playground.tests.heading')}</h2>
      <p>{t('playground.tests.intro')}</p>
      <DropZone
        id="cases-drop"
        label={t('playground.tests.pick')}
        hint={t('playground.tests.pickHint')}
        accept=".json"
        onFiles={(f) => setFiles(f)}
      />
      <p>
        <button id="cases-default" type="button" onClick={() => void loadDefaultCases().then(setFiles)}>
          {t('playground.tests.loadDefault')}
        </button>
      </p>
      {files.length > 0 && (
        <p>
          {t('playground.tests.kept')}{' '}
          <button id="cases-forget" type="button" onClick={() => setFiles([])}>
            {t('playground.tests.forget')}
          </button>
        </p>
      )}
      {loaded && files.length > 0 && (
        <p id="cases-files">{t('playground.tests.files', { names: loaded.names.join(', ') })}</p>
      )}
      {loaded?.problems.map((p, i) => (
        <p key={i} class="bad">
          {p}
        </p>
      ))}
      {policy === null && <p class="bad">{t('playground.results.noPolicy')}</p>}
      {loaded && loaded.cases.length === 0 && loaded.problems.length === 0 && <p>{t('playground.tests.none')}</p>}
      {outcome && 'problem' in outcome && <p class="bad">{outcome.problem}</p>}
      {outcome && 'report' in outcome && loaded && <Report report={outcome.report} cases={loaded.cases} />}
    </div>
  );
}
