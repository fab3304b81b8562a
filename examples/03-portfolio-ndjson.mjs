// A whole portfolio from an NDJSON file, on worker threads, to an NDJSON file of decisions.
// Run: npm run build && node examples/03-portfolio-ndjson.mjs
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy } from 'hlm-recovery';
import { generateDemoPortfolio } from 'hlm-recovery/demo';
import { evaluateFileTo } from 'hlm-recovery/node';

const asOf = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'hlm-example-'));
const input = join(dir, 'accounts.ndjson');
// 1,000 seeded demo accounts, one per line, and a broken line that becomes an error record.
const lines = [...generateDemoPortfolio({ count: 1000, asOf })].map((a) => JSON.stringify(a));
lines.splice(500, 0, '{"id": "BROKEN-LINE", "lease": ');
writeFileSync(input, `${lines.join('\n')}\n`);

const output = join(dir, 'decisions.ndjson');
const out = createWriteStream(output);
const summary = await evaluateFileTo(input, defaultPolicy, out, { asOf, workers: 2 });
await new Promise((resolve) => out.end(resolve));

console.log(`${summary.accounts} accounts in, ${summary.decisions} decisions + ${summary.errors} error record out`);
console.log('lines written:', readFileSync(output, 'utf8').trimEnd().split('\n').length);
console.log('by alert level:', summary.byLevel);
console.log('by channel:', summary.byChannel);
const error = JSON.parse(readFileSync(output, 'utf8').split('\n')[500]);
console.log('the broken line:', { index: error.index, line: error.line, accountId: error.accountId });
