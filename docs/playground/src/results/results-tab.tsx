/**
 * The accounts and their decisions: the accounts chosen (the examples, a demo portfolio, or files
 * dropped or picked), the progress of their evaluation in the worker, the table of decisions
 * (sort, filters, search, pages of 50 rows: never 50,000 rows in the page), the decision of the
 * row opened (its narrative and its messages), the charts and the downloads.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { word } from '../../../../src/i18n/words';
import { useSelect } from '../store';
import { count, counted, date, t } from '../text';
import { DecisionCharts } from './charts';
import {
  DEMO_SIZES,
  downloadDecisions,
  loadFiles,
  loadSource,
  openRow,
  saveFile,
  startResults,
  useResults,
  type SourceKey,
} from './client';
import type { Row } from './protocol';
import './results.css';

const PAGE = 50;

/** A drop zone with a file picker: the files dropped or picked go to `onFiles`. */
export function DropZone(props: {
  id: string;
  label: string;
  hint: string;
  accept: string;
  onFiles: (f: File[]) => void;
}) {
  const [over, setOver] = useState(false);
  return (
    <section
      class={`dropzone${over ? ' over' : ''}`}
      id={props.id}
      aria-label={props.label}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length > 0) props.onFiles(files);
      }}
    >
      <label>
        {props.label}{' '}
        <input
          type="file"
          multiple
          accept={props.accept}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            if (files.length > 0) props.onFiles(files);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <p class="hint">{props.hint}</p>
    </section>
  );
}

/** A progress bar with its text: "12 000 / 50 000 comptes". */
export function ProgressLine(props: { id: string; done: number; total: number; label: string }) {
  const text = t('playground.results.progress', { done: count(props.done), total: count(props.total) });
  return (
    <p class="progress" id={props.id}>
      <progress max={Math.max(1, props.total)} value={props.done} aria-label={props.label} />{' '}
      <span aria-live="polite">{text}</span>
    </p>
  );
}

function Source() {
  const source = useResults((s) => s.source);
  const fileNames = useResults((s) => s.fileNames);
  useSelect((s) => s.locale);
  return (
    <div class="source">
      <label>
        {t('playground.results.source')}{' '}
        <select
          id="accounts-source"
          value={source}
          onChange={(e) => {
            const v = e.currentTarget.value as SourceKey;
            if (v !== 'files') loadSource(v);
          }}
        >
          <option value="samples">{t('playground.sample.examples')}</option>
          {DEMO_SIZES.map((n) => (
            <option key={n} value={`demo-${n}`}>
              {t('playground.sample.demo', { count: count(n) })}
            </option>
          ))}
          <option value="files" disabled={source !== 'files'}>
            {fileNames.length
              ? t('playground.results.files', { names: fileNames.join(', ') })
              : t('playground.results.filesNone')}
          </option>
        </select>
      </label>
      <DropZone
        id="accounts-drop"
        label={t('playground.results.drop')}
        hint={t('playground.results.dropHint')}
        accept=".csv,.txt,.ndjson,.jsonl,.json"
        onFiles={(f) => void loadFiles(f)}
      />
    </div>
  );
}

function Status() {
  const s = useResults((r) => r);
  const asOf = useSelect((x) => x.asOf);
  const policy = useSelect((x) => x.policy);
  useSelect((x) => x.locale);
  const run = s.progress.run;
  const errors = s.rows.filter((r) => !r.ok).length;
  return (
    <div class="status" aria-live="polite">
      {policy === null && <p class="bad">{t('playground.results.noPolicy')}</p>}
      {s.loading && <p>{t('playground.results.loading')}</p>}
      {s.loadProblem && (
        <p class="bad" id="load-problem">
          {t('playground.results.loadProblem', { problem: s.loadProblem })}
        </p>
      )}
      {s.runProblem && (
        <p class="bad" id="run-problem">
          {t('playground.results.runProblem', { problem: s.runProblem })}
        </p>
      )}
      {run && !s.loading && (!s.complete || s.count >= 1000) && (
        <ProgressLine
          id="run-progress"
          done={run.done}
          total={run.total}
          label={t('playground.results.progressLabel')}
        />
      )}
      {s.complete && !s.runProblem && (
        <p id="decisions-status">
          {t('playground.decisions.status', {
            accounts: counted('playground.decisions.accounts', s.rows.length),
            decisions: counted('playground.decisions.decisions', s.rows.length - errors),
            errors: counted('playground.decisions.errors', errors),
            date: date(s.ranAsOf ?? asOf),
          })}
        </p>
      )}
      {s.moved && s.ranAsOf && (
        <p class="moved" id="run-moved">
          {t('playground.results.moved', { date: date(s.ranAsOf) })}
        </p>
      )}
    </div>
  );
}

type SortKey = 'id' | 'rank' | 'step' | 'channel' | 'date' | 'department' | 'approval' | 'debt' | 'months';
interface Filters {
  level: string;
  step: string;
  channel: string;
  department: string;
  approval: '' | 'yes' | 'no';
  search: string;
}
const NO_FILTER: Filters = { level: '', step: '', channel: '', department: '', approval: '', search: '' };

function compareRows(key: SortKey) {
  return (a: Row, b: Row): number => {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y), undefined, { numeric: true });
  };
}

function options(rows: readonly Row[], value: (r: Row) => string, label: (r: Row) => string) {
  const m = new Map<string, string>();
  for (const r of rows) if (r.ok && !m.has(value(r))) m.set(value(r), label(r));
  return [...m.entries()].sort((a, b) => a[1].localeCompare(b[1], undefined, { numeric: true }));
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  all: string;
  options: readonly [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.all}</option>
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

function Detail() {
  const selected = useResults((s) => s.selected);
  const detail = useResults((s) => s.detail);
  const rows = useResults((s) => s.rows);
  useSelect((s) => s.locale);
  if (selected === null) return null;
  const row = rows.find((r) => r.i === selected);
  return (
    <aside class="detail" id="decision-detail" aria-labelledby="decision-detail-title">
      <div class="detail-head">
        <h3 id="decision-detail-title">{t('playground.results.detail', { id: row?.id || `#${selected + 1}` })}</h3>
        <button type="button" onClick={() => openRow(null)}>
          {t('playground.results.close')}
        </button>
      </div>
      {detail === null ? (
        <p>{t('playground.results.loading')}</p>
      ) : detail.error ? (
        <p class="bad">{detail.error}</p>
      ) : (
        <>
          <h4>{t('playground.results.narrative')}</h4>
          <ul class="narrative">
            {detail.narrative.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <h4>{t('playground.results.messages')}</h4>
          {detail.messages.length === 0 ? (
            <p>{t('playground.results.noMessage')}</p>
          ) : (
            detail.messages.map((m, i) => (
              <div class="message" key={i}>
                <p class="message-head">
                  {t('playground.results.messageOf', {
                    step: m.step,
                    channel: t('playground.channel', { channel: m.channel }),
                  })}
                </p>
                {m.subject && <p class="subject">{m.subject}</p>}
                <pre>{m.text}</pre>
              </div>
            ))
          )}
        </>
      )}
    </aside>
  );
}

function Table() {
  const rows = useResults((s) => s.rows);
  const complete = useResults((s) => s.complete);
  const selected = useResults((s) => s.selected);
  const locale = useSelect((s) => s.locale);
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  // The most urgent first: by alert level, highest rank first.
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>({ key: 'rank', dir: -1 });
  const [page, setPage] = useState(0);
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(0);
  };
  // The choices of the filters, from the rows (once the run is complete).
  const choices = useMemo(
    () => ({
      level: complete
        ? options(
            rows,
            (r) => r.levelId,
            (r) => `${r.rank} ${r.level}`,
          )
        : [],
      step: complete
        ? options(
            rows,
            (r) => r.step,
            (r) => r.stepLabel || t('playground.results.noStep'),
          )
        : [],
      channel: complete
        ? options(
            rows,
            (r) => r.channel,
            (r) => (r.channel ? word('channel', r.channel, locale) : t('playground.results.noStep')),
          )
        : [],
      department: complete
        ? options(
            rows,
            (r) => r.department,
            (r) => r.department,
          )
        : [],
    }),
    [rows, complete, locale],
  );
  const shown = useMemo(() => {
    const q = filters.search.trim().toLowerCase();
    const kept = rows.filter(
      (r) =>
        (filters.level === '' || (r.ok && r.levelId === filters.level)) &&
        (filters.step === '' || (r.ok && r.step === filters.step)) &&
        (filters.channel === '' || (r.ok && r.channel === filters.channel)) &&
        (filters.department === '' || (r.ok && r.department === filters.department)) &&
        (filters.approval === '' || (r.ok && r.approval === (filters.approval === 'yes'))) &&
        (q === '' || r.id.toLowerCase().includes(q)),
    );
    if (sort === null) return kept;
    const by = compareRows(sort.key);
    // The error rows last, whatever the direction.
    return kept.sort((a, b) => (a.ok !== b.ok ? (a.ok ? -1 : 1) : sort.dir * by(a, b)));
  }, [rows, filters, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const at = Math.min(page, pages - 1);
  const slice = shown.slice(at * PAGE, at * PAGE + PAGE);
  const head = (key: SortKey, label: string) => {
    const dir = sort?.key === key ? sort.dir : 0;
    return (
      <th scope="col" aria-sort={dir === 1 ? 'ascending' : dir === -1 ? 'descending' : 'none'}>
        <button
          type="button"
          class="sort"
          data-sort={key}
          onClick={() => setSort(sort?.key === key ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: 1 })}
        >
          {label}
          <span aria-hidden="true">{dir === 1 ? ' ▲' : dir === -1 ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };
  const filtered = Object.values(filters).some((v) => v !== '');
  return (
    <section class="decisions" aria-labelledby="decisions-title">
      <h3 id="decisions-title">{t('playground.decisions.heading')}</h3>
      <fieldset class="filters">
        <legend class="visually-hidden">{t('playground.results.filters')}</legend>
        <label>
          {t('playground.results.search')}{' '}
          <input
            id="filter-search"
            type="search"
            value={filters.search}
            onInput={(e) => set({ search: e.currentTarget.value })}
          />
        </label>
        <Select
          id="filter-level"
          label={t('playground.decisions.level')}
          value={filters.level}
          all={t('playground.results.all')}
          options={choices.level}
          onChange={(v) => set({ level: v })}
        />
        <Select
          id="filter-step"
          label={t('playground.decisions.step')}
          value={filters.step}
          all={t('playground.results.all')}
          options={choices.step}
          onChange={(v) => set({ step: v })}
        />
        <Select
          id="filter-channel"
          label={t('playground.decisions.channel')}
          value={filters.channel}
          all={t('playground.results.all')}
          options={choices.channel}
          onChange={(v) => set({ channel: v })}
        />
        <Select
          id="filter-department"
          label={t('playground.results.department')}
          value={filters.department}
          all={t('playground.results.all')}
          options={choices.department}
          onChange={(v) => set({ department: v })}
        />
        <Select
          id="filter-approval"
          label={t('playground.results.approval')}
          value={filters.approval}
          all={t('playground.results.all')}
          options={[
            ['yes', t('playground.results.approval.yes')],
            ['no', t('playground.results.approval.no')],
          ]}
          onChange={(v) => set({ approval: v as Filters['approval'] })}
        />
        {filtered && (
          <button type="button" onClick={() => set(NO_FILTER)}>
            {t('playground.results.clearFilters')}
          </button>
        )}
      </fieldset>
      <p id="shown-count">{t('playground.results.shown', { shown: count(shown.length), total: count(rows.length) })}</p>
      <div class="table-wrap">
        <table id="decisions">
          <caption class="visually-hidden">{t('playground.decisions.heading')}</caption>
          <thead>
            <tr>
              {head('id', t('playground.decisions.account'))}
              {head('rank', t('playground.decisions.level'))}
              {head('step', t('playground.decisions.step'))}
              {head('channel', t('playground.decisions.channel'))}
              {head('date', t('playground.decisions.date'))}
              {head('department', t('playground.results.department'))}
              {head('approval', t('playground.results.approval'))}
              {head('debt', t('playground.results.debt'))}
              {head('months', t('playground.results.months'))}
            </tr>
          </thead>
          <tbody>
            {slice.map((r) => (
              <tr
                key={r.i}
                class={`${r.ok ? '' : 'error'}${selected === r.i ? ' selected' : ''}`}
                data-level={r.levelId}
              >
                <th scope="row">
                  <button
                    type="button"
                    class="open"
                    aria-pressed={selected === r.i}
                    aria-label={t('playground.results.open', { id: r.id || `#${r.i + 1}` })}
                    onClick={() => openRow(selected === r.i ? null : r.i)}
                  >
                    {r.id || `#${r.i + 1}`}
                  </button>
                </th>
                {r.ok ? (
                  <>
                    <td>{`${r.rank} ${r.level}`}</td>
                    <td>{r.stepLabel || '—'}</td>
                    <td>{r.channel ? word('channel', r.channel, locale) : '—'}</td>
                    <td>{r.date ? date(r.date) : '—'}</td>
                    <td>{r.department}</td>
                    <td>{r.approval ? t('playground.results.approval.yes') : ''}</td>
                    <td class="num">{`${count(Math.round(r.debt))}\u00a0€`}</td>
                    <td class="num">{count(r.months)}</td>
                  </>
                ) : (
                  <td colSpan={8} class="bad">
                    {r.error}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label={t('playground.results.pages')}>
        <button type="button" id="page-prev" disabled={at === 0} onClick={() => setPage(at - 1)}>
          {t('playground.results.previous')}
        </button>{' '}
        <span>
          {t('playground.results.page', {
            from: count(shown.length === 0 ? 0 : at * PAGE + 1),
            to: count(Math.min(shown.length, at * PAGE + PAGE)),
            total: count(shown.length),
          })}
        </span>{' '}
        <button type="button" id="page-next" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>
          {t('playground.results.next')}
        </button>
      </nav>
      {complete && (
        <section class="charts-section" aria-labelledby="charts-title">
          <h3 id="charts-title">
            {filtered ? t('playground.charts.headingFiltered') : t('playground.charts.heading')}
          </h3>
          <DecisionCharts rows={shown} />
        </section>
      )}
    </section>
  );
}

function Downloads() {
  const complete = useResults((s) => s.complete);
  const progress = useResults((s) => s.progress.download);
  const problem = useResults((s) => s.downloadProblem);
  const policy = useSelect((s) => s.policy);
  useSelect((s) => s.locale);
  const get = (format: 'csv-fr' | 'csv' | 'ndjson') => {
    void downloadDecisions(format).then(({ blob, name }) => saveFile(blob, name));
  };
  const disabled = !complete || policy === null;
  return (
    <section class="downloads" aria-labelledby="downloads-title">
      <h3 id="downloads-title">{t('playground.results.downloads')}</h3>
      <button type="button" id="download-csv-fr" disabled={disabled} onClick={() => get('csv-fr')}>
        {t('playground.results.download.csvFr')}
      </button>{' '}
      <button type="button" id="download-csv" disabled={disabled} onClick={() => get('csv')}>
        {t('playground.results.download.csv')}
      </button>{' '}
      <button type="button" id="download-ndjson" disabled={disabled} onClick={() => get('ndjson')}>
        {t('playground.results.download.ndjson')}
      </button>
      {progress && progress.total >= 1000 && (
        <ProgressLine
          id="download-progress"
          done={progress.done}
          total={progress.total}
          label={t('playground.results.downloadProgress')}
        />
      )}
      {problem && <p class="bad">{problem}</p>}
    </section>
  );
}

export function ResultsTab() {
  useSelect((s) => s.locale);
  useEffect(() => startResults(), []);
  return (
    <div class="results">
      <h2>{t('playground.accounts.heading')}</h2>
      <Source />
      <Status />
      <div class="results-body">
        <Table />
        <Detail />
      </div>
      <Downloads />
    </div>
  );
}
