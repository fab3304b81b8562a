// The policy playground: the library's browser build, with no server.
import {
  comparePolicies,
  defaultPolicy,
  formatPath,
  generateDemoPortfolio,
  prepareRun,
  validatePolicy,
} from './hlm-recovery.js';
import { JsonSyntaxError, jsonLocations, lineOf } from './json-locations.js';

const $ = (id) => document.getElementById(id);
const policyText = $('policy');
const accountsText = $('accounts');
const asOfInput = $('as-of');
const defaultText = JSON.stringify(defaultPolicy.versions[0], null, 2);
let samples = [];

function element(tag, text, attributes = {}) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  return e;
}

/** Reads the policy and lists its problems, each at its line. Returns the policy set, or null. */
function readPolicy() {
  const issues = $('issues');
  const status = $('policy-status');
  issues.replaceChildren();
  let locations;
  try {
    locations = jsonLocations(policyText.value);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    status.replaceChildren(element('span', 'Not valid JSON', { class: 'bad' }));
    issues.append(
      element(
        'li',
        `line ${error.line}: ${error.message.replace(/^line \d+, column \d+: /, `column ${error.column}: `)}`,
        { 'data-line': String(error.line) },
      ),
    );
    return null;
  }
  const result = validatePolicy(JSON.parse(policyText.value));
  const show = (issue, kind) => {
    const line = lineOf(locations, issue.path);
    const path = formatPath(issue.path) || '(the policy)';
    const message = issue.message.startsWith(`${path}: `) ? issue.message.slice(path.length + 2) : issue.message;
    issues.append(
      element('li', `line ${line}: ${path}: ${message}`, { 'data-line': String(line), 'data-path': path, class: kind }),
    );
  };
  for (const issue of result.ok ? [] : result.issues) show(issue, 'error');
  for (const warning of result.warnings ?? []) show(warning, 'warning');
  status.replaceChildren(
    result.ok
      ? element('span', `Valid policy${result.warnings?.length ? `, ${result.warnings.length} warning(s)` : ''}`, {
          class: 'ok',
        })
      : element('span', `${result.issues.length} problem(s): the decisions below are from the last valid policy`, {
          class: 'bad',
        }),
  );
  return result.ok ? result.value : null;
}

function readAccounts() {
  try {
    const value = JSON.parse(accountsText.value);
    return Array.isArray(value) ? value : [value];
  } catch (error) {
    $('decisions-status').textContent = `The accounts are not valid JSON: ${error.message}`;
    return null;
  }
}

function renderDecisions(accounts, policy, asOf) {
  const body = $('decisions').querySelector('tbody');
  body.replaceChildren();
  let run;
  try {
    // The policy, the date and the version in force, once for every account.
    run = prepareRun(policy, { asOf });
  } catch (error) {
    const issues = error.issues ?? [{ message: error.message }];
    $('decisions-status').textContent = issues.map((x) => x.message).join('; ');
    return;
  }
  let errors = 0;
  accounts.forEach((account, i) => {
    const row = element('tr');
    const result = run.evaluateRecord(account, i);
    if (result.ok) {
      const d = result.decision;
      const a = d.nextAction;
      const why = element('details');
      why.append(element('summary', d.accountId));
      const list = element('ul');
      for (const e of d.explanation) list.append(element('li', `${e.text} [${e.source}]`));
      for (const o of d.obligations) list.append(element('li', `${o.code} ${o.date} (${o.status}) — ${o.basis}`));
      why.append(list);
      const first = element('td');
      first.append(why);
      row.append(
        first,
        element('td', `${d.level.rank} ${d.level.label}`),
        element(
          'td',
          d.actions.length === 0
            ? '—'
            : d.actions
                .map(
                  (x) =>
                    `${x.label} (${x.role} → ${x.addressee})${x.requiresHumanApproval ? ' (approval needed)' : ''}`,
                )
                .join(' · '),
        ),
        element('td', d.actions.length === 0 ? '—' : d.actions.map((x) => x.channel).join(' · ')),
        element('td', a?.date ?? '—'),
      );
      const p = d.plan?.proposal;
      row.append(element('td', p?.feasible ? `${p.months} × ${p.instalment} €` : d.plan ? 'none affordable' : '—'));
      row.dataset.level = d.level.id;
      row.dataset.step = a?.step ?? '';
    } else {
      errors++;
      row.append(
        element('td', result.accountId ?? `#${i}`),
        element('td', result.issues.map((x) => x.message).join('; '), { colspan: '5', class: 'bad' }),
      );
    }
    body.append(row);
  });
  $('decisions-status').textContent =
    `${accounts.length} account(s), ${accounts.length - errors} decision(s), ${errors} error(s), as of ${asOf}`;
}

async function renderComparison(accounts, policy, asOf) {
  const box = $('comparison');
  const r = await comparePolicies(accounts, defaultPolicy, policy, { asOf });
  const table = element('table');
  const head = element('tr');
  head.append(element('th', ''), element('th', 'default policy'), element('th', 'your policy'));
  table.append(head);
  const row = (label, get) => {
    const tr = element('tr');
    tr.append(element('td', label), element('td', String(get(r.baseline))), element('td', String(get(r.candidate))));
    table.append(tr);
  };
  row('Next steps proposed', (o) => o.actions);
  for (const c of [...new Set([...Object.keys(r.baseline.byChannel), ...Object.keys(r.candidate.byChannel)])].sort())
    row(`  by ${c}`, (o) => o.byChannel[c] ?? 0);
  row('Phone calls (recovery officers)', (o) => o.workload.officerCalls);
  row('Home visits (social advisers)', (o) => o.workload.homeVisits);
  row('Awaiting human approval', (o) => o.workload.awaitingApproval);
  row('Repayment plans proposed', (o) => o.plans.proposed);
  const summary = element(
    'p',
    `${r.changed.accounts} account(s) change: alert level up ${r.changed.levelUp}, down ${r.changed.levelDown}; next step ${r.changed.nextStep}; channel ${r.changed.channel}.`,
    { id: 'changed-count' },
  );
  const moves = element('ul');
  for (const t of r.transitions.level.filter((t) => t.from !== t.to))
    moves.append(element('li', `level ${t.from} → ${t.to}: ${t.count}`));
  box.replaceChildren(summary, moves, table);
}

let lastPolicy = null;
let timer = null;
async function update() {
  const policy = readPolicy();
  if (policy) lastPolicy = policy;
  const accounts = readAccounts();
  if (!accounts || !lastPolicy) return;
  const asOf = asOfInput.value;
  renderDecisions(accounts, lastPolicy, asOf);
  await renderComparison(accounts, lastPolicy, asOf);
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
await update();
