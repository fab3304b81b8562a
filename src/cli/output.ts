/**
 * Where the command writes, and what it writes besides results: lines, issues, the summary of a
 * run, the progress line, and a decision told as a narrative.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import type { Issue } from '../errors';
import type { PortfolioSummary } from '../portfolio';
import type { Decision } from '../rules';

/** Where the command writes. */
export interface Io {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
}

/** Writes one line. */
export function line(out: Writable, text = ''): void {
  out.write(`${text}\n`);
}

/** Writes each issue's message on a line, after the file it is in. */
export function printIssues(out: Writable, issues: readonly Issue[], file?: string): void {
  for (const issue of issues) line(out, `${file ? `${file}: ` : ''}${issue.message}`);
}

/** The summary of a run: counts by level, next step and channel, approvals and deadlines. */
export function printSummary(out: Writable, s: PortfolioSummary, seconds?: number): void {
  line(
    out,
    `${s.accounts} accounts: ${s.decisions} decisions, ${s.errors} errors${seconds ? ` in ${seconds.toFixed(1)} s` : ''}`,
  );
  const table = (title: string, counts: Readonly<Record<string, number>>) => {
    line(out, title);
    const width = Math.max(...Object.keys(counts).map((k) => k.length), 8);
    for (const [k, n] of Object.entries(counts))
      line(
        out,
        `  ${k.padEnd(width)}  ${String(n).padStart(8)}  ${((100 * n) / Math.max(1, s.decisions)).toFixed(1).padStart(5)} %`,
      );
  };
  table('Alert levels:', s.byLevel);
  table('Next steps:', s.byNextStep);
  table('Channels:', s.byChannel);
  line(
    out,
    `Awaiting human approval: ${s.awaitingApproval}; legal deadlines due today: ${s.obligationsDue}; overdue: ${s.obligationsOverdue}`,
  );
}

/** The progress line on stderr: count, rate and time left, only when stderr is a terminal. */
export function progressLine(io: Io, quiet: boolean) {
  const show = !quiet && io.stderr.isTTY === true;
  const start = performance.now();
  let shown = 0;
  return {
    /** `done` accounts so far; `fraction` of the input read, when known. */
    update(done: number, fraction?: number): void {
      if (!show || done - shown < 10_000) return;
      shown = done;
      const seconds = (performance.now() - start) / 1000;
      const eta =
        fraction !== undefined && fraction > 0 && fraction < 1
          ? `, about ${Math.ceil((seconds * (1 - fraction)) / fraction)} s left`
          : '';
      io.stderr.write(`\r${done} accounts, ${Math.round(done / seconds)}/s${eta}   `);
    },
    end(): void {
      if (shown > 0) io.stderr.write('\n');
    },
  };
}

/** A decision as a narrative, in English with the French terms of art. */
export function narrate(d: Decision): string[] {
  const out: string[] = [];
  out.push(`Account ${d.accountId} on ${d.asOf} — policy ${d.policy.id} ${d.policy.version}`);
  out.push(`Alert level ${d.level.rank}: ${d.level.label}`);
  if (d.nextAction) {
    const a = d.nextAction;
    out.push(
      `Next step: ${a.label} (${a.step}) by ${a.channel} on ${a.date}${a.requiresHumanApproval ? ' — a person must approve it first' : ''}`,
    );
  } else {
    out.push('Next step: none');
  }
  if (d.obligations.length > 0) {
    out.push('Legal obligations:');
    for (const o of d.obligations) out.push(`  ${o.date}  ${o.code} (${o.kind}, ${o.status}) — ${o.basis}`);
  }
  if (d.plan) {
    out.push(
      `Repayment plan: ${d.plan.proposal?.feasible ? `${d.plan.proposal.months} instalments of ${d.plan.proposal.instalment} € (at most ${d.plan.maxSustainableInstalment} € a month)` : 'none affordable'}`,
    );
  }
  for (const p of d.prevention) out.push(`Prevention: ${p.message}`);
  out.push('Why:');
  for (const e of d.explanation) out.push(`  - ${e.text} [${e.source}]`);
  return out;
}
