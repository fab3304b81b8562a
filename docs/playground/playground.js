// The policy playground: the library's browser build, with no server. Every text of the page comes
// from the library's message catalogue (codes playground.…) in the locale of the language switch,
// French by default; the choice is kept in localStorage.
import {
  comparePolicies,
  DEFAULT_LOCALE,
  defaultPolicy,
  formatCount,
  formatDate,
  formatMoney,
  formatPath,
  generateDemoPortfolio,
  JsonSyntaxError,
  localizeIssues,
  messageText,
  parseJsonText,
  parseLocale,
  prepareRun,
  validatePolicy,
} from './hlm-recovery.js';
import { jsonLocations, lineOf } from './json-locations.js';

const $ = (id) => document.getElementById(id);
const policyText = $('policy');
const accountsText = $('accounts');
const asOfInput = $('as-of');
const localeSelect = $('locale');
const defaultText = JSON.stringify(defaultPolicy.versions[0], null, 2);
const LOCALE_KEY = 'hlm-recovery.playground.locale';
let samples = [];

/** The locale kept from an earlier visit, or French. */
function savedLocale() {
  try {
    return parseLocale(localStorage.getItem(LOCALE_KEY));
  } catch {
    // Absent, invalid, or no storage (a private window may refuse it).
    return DEFAULT_LOCALE;
  }
}
let locale = savedLocale();

/** A text of the catalogue in the page's locale. */
const t = (code, params = {}) => messageText(code, params, locale);
/** The code of a count: `….one` for 1 (and 0 in French), `….other` otherwise. */
const counted = (code, n, params = {}) =>
  t(`${code}.${(locale === 'fr' ? n <= 1 : n === 1) ? 'one' : 'other'}`, { ...params, count: formatCount(n, locale) });
const count = (n) => formatCount(n, locale);
const date = (iso) => formatDate(iso, locale);
const joinIssues = (issues) => issues.map((x) => x.message).join(t('playground.issues.separator'));

function element(tag, text, attributes = {}) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  return e;
}

/** The fixed texts of the page, in the locale. */
function renderPage() {
  document.documentElement.lang = locale;
  document.title = t('playground.pageTitle');
  for (const e of document.querySelectorAll('[data-text]')) e.textContent = t(e.dataset.text);
  for (const e of document.querySelectorAll('[data-label]')) e.setAttribute('aria-label', t(e.dataset.label));
  for (const option of $('sample').options) {
    if (option.value.startsWith('demo-'))
      option.textContent = t('playground.sample.demo', { count: count(Number(option.value.slice(5))) });
  }
  // "(JSON, see <a>Write your policy</a>)": the link where the sentence of the locale puts it.
  const mark = '\u0000';
  const [before, after = ''] = t('playground.policy.format', { guide: mark }).split(mark);
  const guide = element('a', t('playground.policy.guide'), { href: '../documents/Write_your_policy.html' });
  $('policy-format').replaceChildren(before, guide, after);
  localeSelect.value = locale;
}

/**
 * A JSON syntax error in the locale: its line, its column and what is wrong, as the library says
 * it (`problemText`, from the message catalogue: a problem may hold "), " itself, so it is not
 * read back from the message of the issue).
 */
function syntaxError(error) {
  // Line and column numbers as an editor shows them, without grouping.
  return { line: String(error.line), column: String(error.column), problem: error.problemText(locale) };
}

/** Reads the policy and lists its problems, each at its line. Returns the policy set, or null. */
function readPolicy() {
  const issues = $('issues');
  const status = $('policy-status');
  issues.replaceChildren();
  let json;
  try {
    json = parseJsonText(policyText.value, { what: 'a JSON policy file' });
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    status.replaceChildren(element('span', t('playground.json.invalid'), { class: 'bad' }));
    issues.append(element('li', t('playground.issue.syntax', syntaxError(error)), { 'data-line': String(error.line) }));
    return null;
  }
  let locations;
  try {
    locations = jsonLocations(policyText.value);
  } catch {
    // The library read the text: every issue is then shown at line 1.
    locations = new Map();
  }
  const result = validatePolicy(json, { locale });
  const show = (issue, kind) => {
    const line = lineOf(locations, issue.path);
    // The library's message starts with the path (`(racine)`/`(root)` for the whole policy): said once.
    const root = issue.path.length === 0;
    const said = root ? messageText('issue.root', {}, locale) : formatPath(issue.path);
    const prefix = [`${said}\u00a0: `, `${said}: `].find((p) => issue.message.startsWith(p));
    const path = root ? t('playground.issue.root') : formatPath(issue.path);
    const message = prefix ? issue.message.slice(prefix.length) : issue.message;
    issues.append(
      element('li', t('playground.issue.at', { line: String(line), path, message }), {
        'data-line': String(line),
        'data-path': formatPath(issue.path),
        class: kind,
      }),
    );
  };
  for (const issue of result.ok ? [] : result.issues) show(issue, 'error');
  for (const warning of result.warnings ?? []) show(warning, 'warning');
  const warnings = result.warnings?.length ?? 0;
  status.replaceChildren(
    result.ok
      ? element(
          'span',
          warnings === 0 ? t('playground.policy.valid') : counted('playground.policy.valid.warnings', warnings),
          { class: 'ok' },
        )
      : element('span', counted('playground.policy.problems', result.issues.length), { class: 'bad' }),
  );
  return result.ok ? result.value : null;
}

/** The accounts of the editor, or null after saying why they cannot be read. */
function readAccounts() {
  try {
    const value = parseJsonText(accountsText.value);
    return Array.isArray(value) ? value : [value];
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    $('decisions-status').textContent = t('playground.accounts.invalidJson', syntaxError(error));
    return null;
  }
}

function renderDecisions(accounts, policy, asOf) {
  const body = $('decisions').querySelector('tbody');
  body.replaceChildren();
  let run;
  try {
    // The policy, the date and the version in force, once for every account.
    run = prepareRun(policy, { asOf, locale });
  } catch (error) {
    if (!error.issues) throw error;
    $('decisions-status').textContent = joinIssues(localizeIssues(error.issues, locale));
    return;
  }
  let errors = 0;
  accounts.forEach((account, i) => {
    const row = element('tr');
    const result = run.evaluateRecord(account, i);
    if (result.ok) {
      const d = result.decision;
      const a = d.nextAction;
      const p = d.plan?.proposal;
      const why = element('details');
      why.append(element('summary', d.accountId));
      const list = element('ul');
      for (const e of d.explanation)
        list.append(element('li', t('playground.explanation', { text: e.text, source: e.source })));
      for (const o of d.obligations)
        list.append(
          element(
            'li',
            t('playground.obligation', {
              code: o.code,
              date: date(o.date),
              kind: o.kind,
              status: o.status,
              basis: o.basis,
            }),
          ),
        );
      why.append(list);
      const first = element('td');
      first.append(why);
      const action = (x) => {
        const text = t('playground.action', { label: x.label, role: x.role, addressee: x.addressee });
        return x.requiresHumanApproval ? `${text} ${t('playground.action.approval')}` : text;
      };
      const onFile = d.plan?.existing;
      row.append(
        first,
        element('td', `${d.level.rank} ${d.level.label}`),
        element('td', d.actions.length === 0 ? '—' : d.actions.map(action).join(' · ')),
        element(
          'td',
          d.actions.length === 0
            ? '—'
            : d.actions.map((x) => t('playground.channel', { channel: x.channel })).join(' · '),
        ),
        element('td', a?.date ? date(a.date) : '—'),
        element(
          'td',
          p?.feasible
            ? t('playground.plan.proposal', { months: count(p.months), instalment: formatMoney(p.instalment, locale) })
            : p
              ? t('playground.plan.noneAffordable')
              : onFile
                ? t('playground.plan.onFile', { kind: onFile.kind, status: onFile.status })
                : '—',
        ),
      );
      row.dataset.level = d.level.id;
      row.dataset.step = a?.step ?? '';
    } else {
      errors++;
      row.append(
        element('td', result.accountId ?? `#${i}`),
        element('td', joinIssues(result.issues), { colspan: '5', class: 'bad' }),
      );
    }
    body.append(row);
  });
  $('decisions-status').textContent = t('playground.decisions.status', {
    accounts: counted('playground.decisions.accounts', accounts.length),
    decisions: counted('playground.decisions.decisions', accounts.length - errors),
    errors: counted('playground.decisions.errors', errors),
    date: date(asOf),
  });
}

async function renderComparison(accounts, policy, asOf) {
  const box = $('comparison');
  const r = await comparePolicies(accounts, defaultPolicy, policy, { asOf });
  const table = element('table');
  const head = element('tr');
  head.append(
    element('th', ''),
    element('th', t('playground.comparison.baseline')),
    element('th', t('playground.comparison.candidate')),
  );
  table.append(head);
  const row = (label, get, attributes = {}) => {
    const tr = element('tr');
    tr.append(
      element('td', label, attributes),
      element('td', count(get(r.baseline))),
      element('td', count(get(r.candidate))),
    );
    table.append(tr);
  };
  row(t('playground.comparison.actions'), (o) => o.actions);
  for (const c of [...new Set([...Object.keys(r.baseline.byChannel), ...Object.keys(r.candidate.byChannel)])].sort())
    row(t('playground.comparison.byChannel', { channel: c }), (o) => o.byChannel[c] ?? 0, { class: 'sub' });
  row(t('playground.comparison.calls'), (o) => o.workload.officerCalls);
  row(t('playground.comparison.visits'), (o) => o.workload.homeVisits);
  row(t('playground.comparison.awaitingApproval'), (o) => o.workload.awaitingApproval);
  row(t('playground.comparison.plans'), (o) => o.plans.proposed);
  const changed = r.changed;
  const summary = element(
    'p',
    changed.accounts === 0
      ? t('playground.comparison.unchanged')
      : counted('playground.comparison.changed', changed.accounts, {
          up: count(changed.levelUp),
          down: count(changed.levelDown),
          nextStep: count(changed.nextStep),
          channel: count(changed.channel),
        }),
    { id: 'changed-count' },
  );
  const moves = element('ul');
  for (const m of r.transitions.level.filter((m) => m.from !== m.to))
    moves.append(
      element('li', t('playground.comparison.levelMove', { from: m.from, to: m.to, count: count(m.count) })),
    );
  box.replaceChildren(summary, moves, table);
}

let lastPolicy = null;
/** What the decisions and the comparison show: rendered again in another locale. */
let shown = null;
let timer = null;
async function render(accounts, policy, asOf) {
  renderDecisions(accounts, policy, asOf);
  await renderComparison(accounts, policy, asOf);
  shown = { accounts, policy, asOf, locale };
}
async function update() {
  const policy = readPolicy();
  if (policy) lastPolicy = policy;
  const accounts = readAccounts();
  if (!lastPolicy) return;
  if (accounts) await render(accounts, lastPolicy, asOfInput.value);
  else if (shown && shown.locale !== locale) {
    // The accounts cannot be read: the last decisions stay, in the new locale, under the error.
    const status = $('decisions-status').textContent;
    await render(shown.accounts, shown.policy, shown.asOf);
    $('decisions-status').textContent = status;
  } else return;
  document.body.dataset.updated = String(Number(document.body.dataset.updated ?? 0) + 1);
}
const later = () => {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
};

function loadSample() {
  const which = $('sample').value;
  if (which === 'custom') return;
  const accounts =
    which === 'examples'
      ? samples
      : [...generateDemoPortfolio({ count: Number(which.slice(5)), asOf: asOfInput.value })];
  accountsText.value = JSON.stringify(accounts, null, 2);
}

renderPage();
samples = await (await fetch('samples.json')).json();
policyText.value = defaultText;
loadSample();
policyText.addEventListener('input', later);
accountsText.addEventListener('input', () => {
  $('sample').value = 'custom';
  later();
});
asOfInput.addEventListener('change', later);
$('sample').addEventListener('change', () => {
  loadSample();
  later();
});
$('reset-policy').addEventListener('click', () => {
  policyText.value = defaultText;
  later();
});
localeSelect.addEventListener('change', () => {
  locale = parseLocale(localeSelect.value);
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // No storage: the choice lasts as long as the page.
  }
  renderPage();
  clearTimeout(timer);
  update();
});
await update();
