/**
 * Throughput of the NLP stack on tweet-length posts (the demo conversation's texts), one core:
 * sentiment, language, regions, agencies and the full analyzer, each as a ratio against a
 * tokenize-only pass measured in the same run. Run: node bin/run-ts.js bench/nlp-sentiment.ts
 */
import { generateDemoMentions } from '../src/demo/generate-demo-mentions.js';
import { createAnalyzer } from '../src/nlp/create-analyzer.js';
import { extractAgencies } from '../src/nlp/entities/extract-agencies.js';
import { getLanguageModel, loadLanguageModel } from '../src/nlp/language/detect-language.js';
import { normalizeTokens } from '../src/nlp/normalize.js';
import { extractRegions } from '../src/nlp/regions/extract-regions.js';
import { getSentimentModel, loadSentimentModel } from '../src/nlp/sentiment/sentiment-model.js';
import { tokenize } from '../src/nlp/tokenize.js';

const texts = [...generateDemoMentions({ count: 20_000, end: new Date('2026-11-27T00:00:00Z') })]
  .map((m) => m.item.text)
  .filter((t) => t.length <= 280);
const meanChars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
const sentiment = getSentimentModel();
const language = getLanguageModel();
const analyzer = createAnalyzer();
// The same models with their per-word caches off: every word is hashed as if seen for the first
// time, the cost on a vocabulary far larger than the demo's few thousand words.
const sentimentUncached = loadSentimentModel(undefined, 0);
const languageUncached = loadLanguageModel(undefined, 0);
const ROUNDS = 5;

// CPU time, not wall time: on a shared machine other processes' time must not count as ours.
function measure(fn: (text: string) => unknown): number {
  for (let i = 0; i < 2000; i += 1) fn(texts[i % texts.length] as string);
  let best = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = process.cpuUsage();
    for (const t of texts) fn(t);
    const used = process.cpuUsage(started);
    best = Math.max(best, texts.length / ((used.user + used.system) / 1e6));
  }
  return best;
}

const rows: [string, number][] = [
  ['tokenize only (baseline)', measure((t) => tokenize(t))],
  ['tokenize + normalize', measure((t) => normalizeTokens(tokenize(t)))],
  ['sentiment (tok+norm+score)', measure((t) => sentiment.score(normalizeTokens(tokenize(t))))],
  ['sentiment, word cache off', measure((t) => sentimentUncached.score(normalizeTokens(tokenize(t))))],
  ['language', measure((t) => language.detectTokens(tokenize(t)))],
  ['language, word cache off', measure((t) => languageUncached.detectTokens(tokenize(t)))],
  ['regions', measure((t) => extractRegions(t))],
  ['agencies', measure((t) => extractAgencies(t))],
  ['analyzer (all of it)', measure((t) => analyzer.analyze(t))],
];
const baseline = rows[0]?.[1] ?? 1;
process.stdout.write(`${texts.length} tweet-length demo posts (mean ${meanChars.toFixed(0)} chars), one core, CPU time, best of ${ROUNDS}\n`);
process.stdout.write(`${'pass'.padEnd(28)} ${'docs/s'.padStart(10)} ${'vs baseline'.padStart(12)}\n`);
for (const [name, rate] of rows) process.stdout.write(`${name.padEnd(28)} ${Math.round(rate).toString().padStart(10)} ${(rate / baseline).toFixed(3).padStart(12)}\n`);
