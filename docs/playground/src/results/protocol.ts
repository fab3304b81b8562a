/**
 * What the page and the evaluation worker say to each other: plain, serialisable messages. The
 * page keeps one compact row per account (never the decisions of 50,000 accounts); it asks the
 * worker for one decision when a row is opened, and for the files to download.
 */
import type { PolicyComparison } from '../../../../src/index';

/** Where the accounts come from. */
export type AccountsSource =
  /** The example accounts of the documentation (samples.json). */
  | { readonly kind: 'samples'; readonly accounts: readonly unknown[] }
  /** A seeded demo portfolio, generated in the worker account by account. */
  | { readonly kind: 'demo'; readonly count: number; readonly asOf: string }
  /** Files the user dropped or picked: their names and bytes. */
  | { readonly kind: 'files'; readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[] };

/** The parameters of a run: the policy, the date and the language of the decisions' texts. */
export interface RunParams {
  readonly policy: unknown;
  readonly asOf: string;
  readonly locale: 'fr' | 'en';
}

/** What one account decided, in a few fields: what the table, the filters and the charts need. */
export interface Row {
  /** Position of the record in its source, from 0. */
  readonly i: number;
  /** Line of its file (CSV, NDJSON), or null. */
  readonly line: number | null;
  /** The account id, or '' when it cannot be read. */
  readonly id: string;
  readonly ok: boolean;
  readonly rank: number;
  readonly levelId: string;
  readonly level: string;
  /** The next step (first action): its id and label, '' when none. */
  readonly step: string;
  readonly stepLabel: string;
  /** The channel of the next step, '' when none. */
  readonly channel: string;
  /** The date of the next step, '' when none. */
  readonly date: string;
  readonly department: string;
  /** Whether an action of the decision waits for a person's approval. */
  readonly approval: boolean;
  /** What the tenant owes, EUR (a number: for sorting and charts; the decision has the exact amount). */
  readonly debt: number;
  /** Months with an unpaid rent or charges item. */
  readonly months: number;
  /** The debt by age: 0–1, 1–3, 3–6, 6–12, 12+ months, EUR. */
  readonly ageing: readonly number[];
  /** Each action's channel and role, for the charts. */
  readonly actions: readonly { readonly channel: string; readonly role: string }[];
  /** For an error record: what is wrong, each problem with its place (line, field). */
  readonly error: string;
}

/** A comparison, and the date it was made on when the candidate starts later. */
export interface ComparisonResult {
  readonly report: PolicyComparison;
  /** The date the comparison was made on: `asOf`, or the first day of the candidate's validity. */
  readonly asOf: string;
  /** Whether `asOf` was moved to the candidate's first day. */
  readonly moved: boolean;
  /** Labels of the levels, by `"<rank> <id>"`, of both policies. */
  readonly levelLabels: Readonly<Record<string, string>>;
  /** Labels of the steps, by id, of each policy (a step id may be labelled differently in each). */
  readonly stepLabels: {
    readonly baseline: Readonly<Record<string, string>>;
    readonly candidate: Readonly<Record<string, string>>;
  };
}

/** Page → worker. */
export type ToWorker =
  | { readonly type: 'load'; readonly id: number; readonly source: AccountsSource; readonly locale: 'fr' | 'en' }
  | { readonly type: 'run'; readonly id: number; readonly params: RunParams }
  | { readonly type: 'decision'; readonly id: number; readonly index: number; readonly params: RunParams }
  | {
      readonly type: 'compare';
      readonly id: number;
      readonly params: RunParams;
      /** The baseline: null for the default policy. */
      readonly baseline: unknown | null;
    }
  | {
      readonly type: 'download';
      readonly id: number;
      readonly params: RunParams;
      readonly format: 'csv-fr' | 'csv' | 'ndjson';
    };

/** Worker → page. */
export type FromWorker =
  | { readonly type: 'loaded'; readonly id: number; readonly count: number; readonly problem: string | null }
  | { readonly type: 'progress'; readonly id: number; readonly job: Job; readonly done: number; readonly total: number }
  | { readonly type: 'rows'; readonly id: number; readonly rows: readonly Row[] }
  | {
      readonly type: 'done';
      readonly id: number;
      /** The date the decisions were made on (moved when the policy starts later). */
      readonly asOf: string;
      readonly moved: boolean;
    }
  | { readonly type: 'failed'; readonly id: number; readonly job: Job; readonly message: string }
  | {
      readonly type: 'decision';
      readonly id: number;
      readonly index: number;
      readonly narrative: readonly string[];
      readonly messages: readonly {
        readonly step: string;
        readonly channel: string;
        readonly subject: string | null;
        readonly text: string;
      }[];
      readonly error: string | null;
    }
  | { readonly type: 'compared'; readonly id: number; readonly result: ComparisonResult }
  | { readonly type: 'file'; readonly id: number; readonly blob: Blob; readonly name: string };

/** The kinds of work the worker does, each cancelled by a newer one of its kind. */
export type Job = 'load' | 'run' | 'compare' | 'download';
