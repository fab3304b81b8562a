/**
 * The decisions and the comparison as CSV in the browser: the library's writers
 * (`src/node/decision-rows.ts`, the command line's columns, cells and dialects) over the browser
 * build of csv-stringify, since the Node build needs Buffer.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { csvWriters } from '../../../../src/node/decision-rows';

export const { csvText, headText, resultText } = csvWriters(stringify);
