/** Reads the project's hand-written language-identification test list (never used for training). */
import { readFileSync } from 'node:fs';
import type { Language } from './language-label.js';

export interface LanguageExample {
  language: Language;
  text: string;
}

export function readLanguageTestSet(): LanguageExample[] {
  return readFileSync(new URL('./data/language-test.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      return { language: line.slice(0, tab) as Language, text: line.slice(tab + 1) };
    });
}
