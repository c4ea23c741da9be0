/**
 * `npm run eval:language`: per-language accuracy of the committed language model on the
 * project's own test list, and on held-out NusaX valid rows (never trained on).
 */
import { detectLanguage, getLanguageModel } from '../src/nlp/language/detect-language.js';
import type { Language } from '../src/nlp/language/language-label.js';
import { readLanguageTestSet } from '../src/nlp/language/read-language-test-set.js';
import { readNusaxIndonesian, readNusaxLanguage } from '../src/nlp/training/read-datasets.js';

function report(title: string, examples: readonly { language: Language; text: string; group?: string }[]): void {
  const groups = new Map<string, { n: number; correct: number; wrong: Map<string, number> }>();
  for (const e of examples) {
    const key = e.group ?? e.language;
    const g = groups.get(key) ?? { n: 0, correct: 0, wrong: new Map<string, number>() };
    const got = detectLanguage(e.text);
    g.n += 1;
    if (got === e.language) g.correct += 1;
    else g.wrong.set(got, (g.wrong.get(got) ?? 0) + 1);
    groups.set(key, g);
  }
  process.stdout.write(`${title}\n${'language'.padEnd(22)} ${'n'.padStart(4)} ${'accuracy'.padStart(8)}  mistaken for\n`);
  for (const [key, g] of groups) {
    const wrong = [...g.wrong].map(([l, n]) => `${l}:${n}`).join(' ');
    process.stdout.write(`${key.padEnd(22)} ${String(g.n).padStart(4)} ${(g.correct / g.n).toFixed(3).padStart(8)}  ${wrong}\n`);
  }
}

process.stdout.write(`model ${getLanguageModel().version}\n`);
report('hand-written test list (src/nlp/language/data/language-test.tsv)', readLanguageTestSet());
const nusax: { language: Language; text: string; group: string }[] = [
  ...readNusaxIndonesian('valid').map((r) => ({ language: 'id' as const, text: r.text, group: 'id (nusax)' })),
  ...(['english', 'javanese', 'sundanese'] as const).flatMap((folder, i) =>
    readNusaxLanguage(folder, 'valid').map((r) => ({ language: ((['en', 'jv', 'su'] as const)[i] ?? 'unknown') as Language, text: r.text, group: `${folder} (nusax)` })),
  ),
  ...['acehnese', 'balinese', 'banjarese', 'buginese', 'madurese', 'minangkabau', 'ngaju', 'toba_batak'].flatMap((folder) =>
    readNusaxLanguage(folder, 'valid').map((r) => ({ language: 'unknown' as const, text: r.text, group: `${folder} → unknown` })),
  ),
];
report('\nNusaX valid rows (held out from training)', nusax);
