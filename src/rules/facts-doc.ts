/**
 * The facts and operators table, as the Markdown page docs/facts.md (generated, kept in sync by a
 * test).
 *
 * @module
 */
import { vocabularyOf, type PolicyExtension } from './extension';

/** A host's text in a cell of a Markdown table: one line, no column break. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/**
 * Renders the facts and operators a policy's conditions may use.
 *
 * @param extend - A host's own facts and operators, listed with the library's (marked "host").
 * @returns Markdown.
 * @throws {@link ValidationError} for a faulty declaration, each fault at its path under `extend`.
 *
 * @example
 * ```ts
 * factsMarkdown().split('\n')[0]; // => '# Facts and operators of a policy file'
 * factsMarkdown({ operators: { isEven } }).includes('| `isEven` | integer | true |'); // => true
 * ```
 */
export function factsMarkdown(extend?: PolicyExtension): string {
  const vocabulary = vocabularyOf(extend, ['extend']);
  const rows = vocabulary.factNames.map((name) => {
    const f = vocabulary.facts[name]!;
    const host = vocabulary.hostFacts.includes(name);
    if (host) return `| \`${name}\` | ${f.type} | ${cell(f.unit ?? '')} | ${cell(f.description)} | host |`;
    return `| \`${name}\` | ${f.type} | ${f.unit ?? ''} | ${f.description} | ${f.source ?? ''} |`;
  });
  const ops = vocabulary.operatorNames.map((name) => {
    const o = vocabulary.operators[name]!;
    const host = vocabulary.hostOperators.includes(name);
    if (host) return `| \`${name}\` | ${o.factTypes.join(', ')} | ${o.value} | ${cell(o.description)} (host) |`;
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
    'A text fact whose values form a closed set (`planStatus`, `planKind`, `tenancy`, `zone`…: its meaning lists them) compared with any other text is refused when the policy is validated: such a condition could never hold.',
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
