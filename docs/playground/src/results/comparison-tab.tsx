/**
 * The comparison: the edited policy (the candidate) against the default policy or a second policy
 * file (the baseline), over the same accounts, in the worker (`comparePolicies`): the counts that
 * change, the level transition matrix as a heat map, the accounts that change, and the CSV of
 * them. A candidate whose versions start after the evaluation date is previewed on its first day,
 * said plainly on screen.
 */
import { useState } from 'preact/hooks';
import { JsonSyntaxError, parseJsonText, type PolicyComparison, type PolicyOutcome } from '../../../../src/index';
import { comparisonRows } from '../../../../src/portfolio/compare';
import { csvText } from './csv';
import { useSelect } from '../store';
import { count, counted, date, t } from '../text';
import { TransitionHeatmap } from './charts';
import { compareNow, saveFile, setBaseline, useResults } from './client';
import { DropZone, ProgressLine } from './results-tab';
import type { ComparisonResult } from './protocol';

function Outcomes(props: { r: PolicyComparison }) {
  const { r } = props;
  const rows: [string, (o: PolicyOutcome) => number, string?][] = [
    [t('playground.comparison.actions'), (o) => o.actions],
    ...[...new Set([...Object.keys(r.baseline.byChannel), ...Object.keys(r.candidate.byChannel)])]
      .sort()
      .map((c): [string, (o: PolicyOutcome) => number, string] => [
        t('playground.comparison.byChannel', { channel: c }),
        (o) => o.byChannel[c] ?? 0,
        'sub',
      ]),
    [t('playground.comparison.calls'), (o) => o.workload.officerCalls],
    [t('playground.comparison.visits'), (o) => o.workload.homeVisits],
    [t('playground.comparison.awaitingApproval'), (o) => o.workload.awaitingApproval],
    [t('playground.comparison.plans'), (o) => o.plans.proposed],
  ];
  return (
    <table id="comparison-counts">
      <caption>{t('playground.compare.counts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('playground.compare.what')}</th>
          <th scope="col">{t('playground.comparison.baseline')}</th>
          <th scope="col">{t('playground.comparison.candidate')}</th>
          <th scope="col">{t('playground.compare.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, get, cls]) => {
          const a = get(r.baseline);
          const b = get(r.candidate);
          const d = b - a;
          return (
            <tr key={label} class={d === 0 ? '' : 'changed'}>
              <th scope="row" class={cls}>
                {label}
              </th>
              <td class="num">{count(a)}</td>
              <td class="num">{count(b)}</td>
              <td class="num">{d === 0 ? '' : `${d > 0 ? '+' : '−'}${count(Math.abs(d))}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * What a decision says in the three terms compared, in the words of its policy: the level's rank
 * and label, the steps' labels, the channel.
 */
function keyText(
  k: PolicyComparison['changes'][number]['baseline'],
  levels: Readonly<Record<string, string>>,
  steps: Readonly<Record<string, string>>,
): string {
  const level = levels[k.level] === undefined ? k.level : `${k.level.split(' ')[0]} ${levels[k.level]}`;
  const step = k.nextStep
    ?.split(' + ')
    .map((id) => steps[id] ?? id)
    .join(' + ');
  return `${level}${step ? ` · ${step}` : ''}${k.channel ? ` · ${t('playground.channel', { channel: k.channel })}` : ''}`;
}

function Changes(props: { r: PolicyComparison; result: ComparisonResult }) {
  const { r, result } = props;
  const shown = r.changes.slice(0, 100);
  if (shown.length === 0) return null;
  const key = (k: PolicyComparison['changes'][number]['baseline'], side: 'baseline' | 'candidate') =>
    keyText(k, result.levelLabels, result.stepLabels[side]);
  return (
    <table id="comparison-changes">
      <caption>
        {r.changes.length > shown.length || r.changesTruncated
          ? t('playground.compare.changesFirst', { count: count(shown.length), total: count(r.changed.accounts) })
          : t('playground.compare.changes')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('playground.decisions.account')}</th>
          <th scope="col">{t('playground.comparison.baseline')}</th>
          <th scope="col">{t('playground.comparison.candidate')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((c) => (
          <tr key={c.index}>
            <th scope="row">{c.accountId}</th>
            <td>{key(c.baseline, 'baseline')}</td>
            <td>{key(c.candidate, 'candidate')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ComparisonTab() {
  const result = useResults((s) => s.comparison);
  const comparing = useResults((s) => s.comparing);
  const problem = useResults((s) => s.compareProblem);
  const progress = useResults((s) => s.progress.compare);
  const baseline = useResults((s) => s.baseline);
  const loading = useResults((s) => s.loading);
  const policy = useSelect((s) => s.policy);
  const locale = useSelect((s) => s.locale);
  const dialect = locale === 'fr' ? 'fr' : 'standard';
  const r = result?.report;
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const pickBaseline = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    try {
      setFileProblem(null);
      setBaseline({ name: file.name, policy: parseJsonText(await file.text(), { what: 'a JSON policy file' }) });
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      setFileProblem(
        t('playground.compare.fileProblem', {
          name: file.name,
          problem: t('playground.issue.syntax', {
            line: String(error.line),
            column: String(error.column),
            problem: error.problemText(locale),
          }),
        }),
      );
    }
  };
  return (
    <div class="comparison">
      <h2>{t('playground.compare.heading')}</h2>
      <p>{t('playground.compare.intro')}</p>
      <div class="baseline">
        <p id="baseline-name">
          {baseline
            ? t('playground.compare.baselineFile', { name: baseline.name })
            : t('playground.compare.baselineDefault')}
        </p>
        {baseline && (
          <button type="button" id="baseline-default" onClick={() => setBaseline(null)}>
            {t('playground.compare.useDefault')}
          </button>
        )}
        <DropZone
          id="baseline-drop"
          label={t('playground.compare.pick')}
          hint={t('playground.compare.pickHint')}
          accept=".json"
          onFiles={(f) => void pickBaseline(f)}
        />
      </div>
      {fileProblem && (
        <p class="bad" id="baseline-problem">
          {fileProblem}
        </p>
      )}
      {policy === null && <p class="bad">{t('playground.results.noPolicy')}</p>}
      {!comparing && !result && !problem && !loading && policy !== null && (
        <button type="button" id="compare-now" onClick={() => compareNow()}>
          {t('playground.compare.run')}
        </button>
      )}
      {comparing && progress && (
        <ProgressLine
          id="compare-progress"
          done={progress.done}
          total={progress.total}
          label={t('playground.compare.progressLabel')}
        />
      )}
      {problem && (
        <p class="bad" id="compare-problem">
          {t('playground.compare.problem', { problem })}
        </p>
      )}
      {result && r && (
        <div class={comparing ? 'stale' : ''} id="comparison">
          {result.moved && (
            <p class="moved" id="compare-moved">
              {t('playground.compare.moved', { date: date(result.asOf) })}
            </p>
          )}
          <p id="changed-count">
            {r.changed.accounts === 0
              ? t('playground.comparison.unchanged')
              : counted('playground.comparison.changed', r.changed.accounts, {
                  up: count(r.changed.levelUp),
                  down: count(r.changed.levelDown),
                  nextStep: count(r.changed.nextStep),
                  channel: count(r.changed.channel),
                })}{' '}
            {t('playground.compare.on', {
              accounts: counted('playground.decisions.accounts', r.accounts),
              date: date(result.asOf),
            })}
          </p>
          <div class="compare-grid">
            <TransitionHeatmap transitions={r.transitions.level} labels={result.levelLabels} />
            <Outcomes r={r} />
          </div>
          <Changes r={r} result={result} />
          <p>
            <button
              type="button"
              id="download-comparison"
              onClick={() =>
                saveFile(
                  new Blob([csvText(comparisonRows(r), { dialect })], { type: 'text/csv;charset=utf-8' }),
                  `comparison-${result.asOf}${dialect === 'fr' ? '-fr' : ''}.csv`,
                )
              }
            >
              {t('playground.compare.download')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
