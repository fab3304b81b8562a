// Commit style (CONTRIBUTING.md): a subject of at most 72 characters, then a blank line before any
// body. Checked for every commit since the style was set (10fca28), when the history is there.
import { execFileSync } from 'node:child_process';

const SINCE = '10fca28';
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });
try {
  git('cat-file', '-e', `${SINCE}^{commit}`);
} catch {
  console.log(`commit style: ${SINCE} is not in this clone's history; nothing to check`);
  process.exit(0);
}
const bad = [];
for (const record of git('log', '--format=%H%x00%B%x01', `${SINCE}^..HEAD`).split('\x01')) {
  const [hash, message] = record.trim().split('\x00');
  if (!hash) continue;
  const [subject, second] = message.split('\n');
  if (subject.length > 72) bad.push(`${hash.slice(0, 7)}: subject of ${subject.length} characters (at most 72)`);
  if (second !== undefined && second.trim() !== '') bad.push(`${hash.slice(0, 7)}: no blank line after the subject`);
}
if (bad.length > 0) {
  console.error(bad.join('\n'));
  process.exit(1);
}
console.log('commit style: every subject within 72 characters');
