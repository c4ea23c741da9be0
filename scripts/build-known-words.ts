/**
 * Writes `src/nlp/data/known-words.txt`: words seen at least twice in SmSA train, which the
 * normalizer uses to decide whether a repaired spelling (elongation, clitic, digits) is real.
 * Run: node bin/run-ts.js scripts/build-known-words.ts
 */
import { writeFileSync } from 'node:fs';
import { readSmsa } from '../src/nlp/training/read-datasets.js';

const counts = new Map<string, number>();
for (const row of readSmsa('train_decontam')) {
  for (const word of row.text.split(' ')) {
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}
const words = [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
const target = new URL('../src/nlp/data/known-words.txt', import.meta.url);
writeFileSync(target, `${words.join('\n')}\n`);
process.stdout.write(`${words.length} known words written\n`);
