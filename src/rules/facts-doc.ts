/**
 * The facts and operators table, as the Markdown page docs/facts.md (generated, kept in sync by a
 * test).
 *
 * @module
 */
import { FACTS, FACT_NAMES } from './facts';
import { OPERATORS, OPERATOR_NAMES } from './operators';

/**
 * Renders the facts and operators a policy's conditions may use.
 *
 * @returns Markdown.
 *
 * @example
 * ```ts
 * factsMarkdown().split('\n')[0]; // => '# Facts and operators of a policy file'
 * ```
 */
export function factsMarkdown(): string {
  const rows = FACT_NAMES.map((name) => {
    const f = FACTS[name]!;
    return `| \`${name}\` | ${f.type} | ${f.unit ?? ''} | ${f.description} | ${f.source ?? ''} |`;
  });
  const ops = OPERATOR_NAMES.map((name) => {
    const o = OPERATORS[name]!;
    return `| \`${name}\` | ${o.factTypes.join(', ')} | ${o.value} | ${o.description}${o.builtin ? ' (json-rules-engine)' : ''} |`;
  });
  return [
    '# Facts and operators of a policy file',
    '',
    'Generated from `src/rules/facts.ts` and `src/rules/operators.ts` by `npm run docs:facts`; do not edit by hand.',
    '',
    'A condition tests one fact with one operator: `{ "fact": "arrears", "operator": "decimalGreaterThanInclusive", "value": "2000.00" }`.',
    'Amounts and rates are decimal strings compared exactly; counts and days are whole numbers; dates are `YYYY-MM-DD`.',
    'A fact that does not exist for an account (no benefit impayé, no contact yet) is `null`, and every comparison with it is false, whichever the operator (`notEqual`, `notIn` and `doesNotContain` included) and whichever the side: the fact tested, or a `{ "fact": … }` compared with it.',
    'Test it with `isMissing` or `isPresent`, whose value is `true`: `{ "fact": "daysSinceLastContact", "operator": "isMissing", "value": true }` holds for an account never contacted.',
    '`not` still negates: `not` of a comparison with a missing fact is true.',
    '',
    '## Facts',
    '',
    '| fact | type | unit | meaning | legal source |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Operators',
    '',
    '| operator | fact types | value | what it tests |',
    '| --- | --- | --- | --- |',
    ...ops,
    '',
  ].join('\n');
}
