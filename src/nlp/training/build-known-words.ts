/**
 * Builds the normalizer's known-word list: words seen at least twice in SmSA train. The
 * normalizer uses it to decide whether a repaired spelling (elongation, clitic, digits) is real.
 */
import { writeFileSync } from 'node:fs';
import { readSmsa } from './read-datasets.js';

export function buildKnownWords(): string[] {
  const counts = new Map<string, number>();
  for (const row of readSmsa('train_decontam')) {
    for (const word of row.text.split(' ')) {
      if (!/^[a-z]+(?:-[a-z]+)*$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
}

export function writeKnownWords(words: readonly string[]): void {
  writeFileSync(new URL('../data/known-words.txt', import.meta.url), `${words.join('\n')}\n`);
}
