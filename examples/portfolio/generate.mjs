// Writes the seeded demo portfolio as NDJSON (one account per line) on stdout, for the command
// line and for ERPs that want a realistic test file. The same seed gives the same accounts,
// whatever the count: account i is always the same.
// Run: npm run build && node examples/portfolio/generate.mjs [count] [seed] [asOf] > accounts.ndjson
import { generateDemoPortfolio } from 'hlm-recovery/demo';

const [count = '1000', seed = '2026', asOf = '2026-11-23'] = process.argv.slice(2);
for (const account of generateDemoPortfolio({ count: Number(count), seed: Number(seed), asOf })) {
  if (!process.stdout.write(`${JSON.stringify(account)}\n`))
    await new Promise((resolve) => process.stdout.once('drain', resolve));
}
