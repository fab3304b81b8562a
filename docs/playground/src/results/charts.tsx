/**
 * The charts of the decisions and of the comparison, drawn with Observable Plot (SVG, so they
 * print): accounts by level, contacts by channel, workload by role, ageing of the debt, and the
 * level transition matrix of a comparison as a heat map. Each chart has a title and a text
 * alternative (its figures, for a screen reader).
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import { word } from '../../../../src/i18n/words';
import { getState } from '../store';
import { count, t } from '../text';
import type { Row } from './protocol';

/** A chart: its title, the Plot figure, and its figures said in text. */
function Chart(props: { id: string; title: string; summary: string; make: () => Element | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const figure = props.make();
    el.replaceChildren(...(figure ? [figure] : []));
  });
  return (
    <figure class="chart" id={props.id}>
      <figcaption>{props.title}</figcaption>
      <div ref={box} role="img" aria-label={`${props.title}. ${props.summary}`} />
    </figure>
  );
}

const fmt = (n: number) => count(Math.round(n));
/** A level's label without its explanation in brackets, for an axis: "3 Impayé constitué". */
const short = (label: string) => label.replace(/\s*\(.*\)\s*$/, '');
const euros = (n: number) => `${count(Math.round(n))}\u00a0€`;

/** Counts by key, in the order of `order` (then the others by key). */
function tally<T>(items: Iterable<T>, key: (x: T) => string, weight: (x: T) => number = () => 1) {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + weight(x));
  return m;
}

function bars(data: { label: string; value: number }[], options: { money?: boolean; color: string }): Element {
  const format = options.money ? euros : fmt;
  const longest = Math.max(...data.map((d) => d.label.length));
  return Plot.plot({
    marginLeft: Math.min(320, 16 + 7 * longest),
    marginRight: 70,
    width: 640,
    height: Math.max(90, 34 * data.length + 40),
    style: { fontSize: '13px', background: 'transparent' },
    // Whole counts only (no "0 0 1 1" on a small sample); amounts on few ticks, so that they never overlap.
    x: {
      grid: true,
      label: null,
      tickFormat: format,
      ticks: options.money ? 3 : Math.max(1, Math.min(5, Math.ceil(Math.max(...data.map((d) => d.value))))),
    },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: options.color }),
      Plot.text(data, {
        x: 'value',
        y: 'label',
        text: (d: { value: number }) => format(d.value),
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
}

const said = (data: { label: string; value: number }[], money = false) =>
  data
    .map((d) => `${d.label}${getState().locale === 'fr' ? '\u00a0' : ''}: ${money ? euros(d.value) : fmt(d.value)}`)
    .join(', ');

/** The four charts of the decisions shown. */
export function DecisionCharts(props: { rows: readonly Row[] }) {
  const locale = getState().locale;
  const ok = props.rows.filter((r) => r.ok);
  const levels = [...tally(ok, (r) => `${r.rank}\u0000${r.level}`).entries()]
    .sort((a, b) => Number(a[0].split('\u0000')[0]) - Number(b[0].split('\u0000')[0]))
    .map(([k, value]) => ({ label: `${k.split('\u0000')[0]} ${short(k.split('\u0000')[1] ?? '')}`, value }));
  const actions = ok.flatMap((r) => r.actions);
  const channels = [
    ...tally(
      actions.filter((a) => a.channel !== 'internal'),
      (a) => a.channel,
    ).entries(),
  ]
    .sort((a, b) => b[1] - a[1])
    .map(([k, value]) => ({ label: word('channel', k, locale), value }));
  const roles = [...tally(actions, (a) => a.role).entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, value]) => ({ label: word('role', k, locale), value }));
  const ageing = [0, 1, 2, 3, 4].map((i) => ({
    label: t(`playground.charts.ageing.${i}`),
    value: ok.reduce((sum, r) => sum + (r.ageing[i] ?? 0), 0),
  }));
  const empty = (data: unknown[]) => (data.length === 0 ? t('playground.charts.empty') : '');
  return (
    <div class="charts">
      <Chart
        id="chart-levels"
        title={t('playground.charts.levels')}
        summary={empty(levels) || said(levels)}
        make={() => (levels.length ? bars(levels, { color: '#1d4e89' }) : null)}
      />
      <Chart
        id="chart-channels"
        title={t('playground.charts.channels')}
        summary={empty(channels) || said(channels)}
        make={() => (channels.length ? bars(channels, { color: '#2a7f62' }) : null)}
      />
      <Chart
        id="chart-roles"
        title={t('playground.charts.roles')}
        summary={empty(roles) || said(roles)}
        make={() => (roles.length ? bars(roles, { color: '#8a5a00' }) : null)}
      />
      <Chart
        id="chart-ageing"
        title={t('playground.charts.ageing')}
        summary={said(ageing, true)}
        make={() => bars(ageing, { money: true, color: '#a4161a' })}
      />
    </div>
  );
}

/** The level transition matrix: baseline levels down, candidate levels across, accounts in each cell. */
export function TransitionHeatmap(props: {
  transitions: readonly { from: string; to: string; count: number }[];
  labels: Readonly<Record<string, string>>;
}) {
  const name = (key: string) => {
    const label = props.labels[key];
    return label ? `${key.split(' ')[0]} ${short(label)}` : key;
  };
  const byRank = (a: string, b: string) => Number(a.split(' ')[0]) - Number(b.split(' ')[0]);
  const keys = [...new Set(props.transitions.flatMap((c) => [c.from, c.to]))].sort(byRank);
  const data = props.transitions.map((c) => ({
    from: name(c.from),
    to: name(c.to),
    count: c.count,
    same: c.from === c.to,
  }));
  const domain = keys.map(name);
  const max = Math.max(1, ...data.map((d) => d.count));
  const longest = Math.max(...domain.map((d) => d.length));
  const summary = data
    .filter((d) => d.count > 0)
    .map((d) => t('playground.compare.cell', { from: d.from, to: d.to, count: fmt(d.count) }))
    .join(', ');
  return (
    <Chart
      id="chart-transitions"
      title={t('playground.compare.heatmap')}
      summary={summary || t('playground.charts.empty')}
      make={() =>
        data.length === 0
          ? null
          : (Plot.plot({
              marginLeft: Math.min(320, 24 + 7 * longest),
              marginBottom: Math.min(200, 40 + 4 * longest),
              width: Math.max(420, Math.min(320, 24 + 7 * longest) + 90 * domain.length),
              height: Math.max(160, Math.min(200, 40 + 4 * longest) + 44 * domain.length),
              padding: 0.04,
              style: { fontSize: '12px', background: 'transparent' },
              x: { domain, label: t('playground.compare.axis.candidate'), tickRotate: -30 },
              y: { domain, label: t('playground.compare.axis.baseline') },
              color: { type: 'sqrt', scheme: 'blues', domain: [0, max], legend: false },
              marks: [
                Plot.cell(data, {
                  x: 'to',
                  y: 'from',
                  fill: 'count',
                  stroke: (d: { same: boolean }) => (d.same ? '#555' : 'white'),
                }),
                Plot.text(data, {
                  x: 'to',
                  y: 'from',
                  text: (d: { count: number }) => fmt(d.count),
                  fill: (d: { count: number }) => (d.count > max / 2 ? 'white' : 'black'),
                }),
              ],
            }) as unknown as Element)
      }
    />
  );
}
