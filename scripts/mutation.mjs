// npm run mutation [-- money calendar …] — Stryker on each folder of the core in turn, with its
// own incremental file (a later run re-tests only what changed), and the score of each folder.
// The score is Stryker's: (killed + timed out) ÷ (killed + timed out + survived + no coverage).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['money', 'calendar', 'law', 'plans', 'rules'];
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const folders = chosen.length > 0 ? chosen : FOLDERS;
const summaryPath = new URL('../reports/mutation/scores.json', import.meta.url);
const scores = existsSync(summaryPath) ? JSON.parse(readFileSync(summaryPath, 'utf8')) : {};

for (const folder of folders) {
  if (!FOLDERS.includes(folder)) throw new Error(`unknown folder ${folder}: one of ${FOLDERS.join(', ')}`);
  console.log(`== src/${folder}`);
  const run = spawnSync(
    process.execPath,
    [
      `${root}node_modules/@stryker-mutator/core/bin/stryker.js`,
      'run',
      '--mutate',
      `src/${folder}/**/*.ts,!src/${folder}/index.ts`,
      '--incrementalFile',
      `reports/mutation/${folder}-incremental.json`,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  copyFileSync(
    new URL('../reports/mutation/mutation.json', import.meta.url),
    new URL(`../reports/mutation/${folder}.json`, import.meta.url),
  );
  const report = JSON.parse(readFileSync(new URL(`../reports/mutation/${folder}.json`, import.meta.url), 'utf8'));
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
  for (const file of Object.values(report.files))
    for (const m of file.mutants) count[m.status] = (count[m.status] ?? 0) + 1;
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  scores[folder] = {
    score: Math.round((10000 * detected) / valid) / 100,
    killed: count.Killed,
    timeout: count.Timeout,
    survived: count.Survived,
    noCoverage: count.NoCoverage,
    mutants: valid,
  };
  writeFileSync(summaryPath, `${JSON.stringify(scores, null, 2)}\n`);
}
console.log(JSON.stringify(scores, null, 2));
const below = Object.entries(scores).filter(([, s]) => s.score < 85);
if (below.length > 0) console.log(`below 85 %: ${below.map(([f, s]) => `${f} ${s.score} %`).join(', ')}`);
