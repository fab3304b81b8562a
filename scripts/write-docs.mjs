// Writes the generated reference pages of docs/ from the built package (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { FACTS, OPERATORS, factsMarkdown } from '../dist/index.js';

void FACTS;
void OPERATORS;
writeFileSync(new URL('../docs/facts.md', import.meta.url), factsMarkdown());
console.log('docs/facts.md written');
