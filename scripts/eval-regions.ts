/** `npm run eval:regions`: region precision and recall on the project's labelled set, with the misses. */
import { evaluateRegions } from '../src/nlp/training/evaluate-regions.js';
import { getRegionTestSet } from '../src/nlp/training/region-test-set.js';

const all = getRegionTestSet();
process.stdout.write(`${'set'.padEnd(14)} ${'sentences'.padStart(9)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}\n`);
for (const [name, rows] of [['handwritten', all.filter((e) => e.source === 'handwritten')], ['templated', all.filter((e) => e.source === 'templated')], ['all', all]] as const) {
  const s = evaluateRegions(rows);
  process.stdout.write(`${name.padEnd(14)} ${String(s.sentences).padStart(9)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)}\n`);
}
for (const e of evaluateRegions(all).errors) process.stdout.write(`miss: ${e.text} expected [${e.expected.join(',')}] got [${e.got.join(',')}]\n`);
