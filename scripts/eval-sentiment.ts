/**
 * `npm run eval:sentiment`: scores the committed model on SmSA valid_decontam and NusaX-ind
 * valid and prints accuracy, macro-F1, per-class F1 and documents per second.
 */
import { getClassificationMetrics } from '../src/nlp/training/classification-metrics.js';
import { readNusaxIndonesian, readSmsa, type LabelledText } from '../src/nlp/training/read-datasets.js';
import { SENTIMENT_LABELS } from '../src/nlp/sentiment-label.js';
import { getSentimentModelVersion, scoreSentiment } from '../src/nlp/score-sentiment.js';

function evaluate(name: string, rows: readonly LabelledText[]): string {
  const gold = rows.map((r) => SENTIMENT_LABELS.indexOf(r.label));
  const started = process.hrtime.bigint();
  const predicted = rows.map((r) => SENTIMENT_LABELS.indexOf(scoreSentiment(r.text).label));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = getClassificationMetrics(gold, predicted, 3);
  const f1 = m.f1.map((v) => v.toFixed(4).padStart(8)).join(' ');
  return `${name.padEnd(24)} ${String(m.n).padStart(5)} ${m.accuracy.toFixed(4).padStart(8)} ${m.macroF1.toFixed(4).padStart(8)} ${f1} ${Math.round(rows.length / seconds).toString().padStart(8)}`;
}

// Warm-up: load weights and let the JIT settle, so docs/s measures scoring, not loading.
const warm = readSmsa('train_decontam').slice(0, 2000);
for (const row of warm) scoreSentiment(row.text);

process.stdout.write(`model ${getSentimentModelVersion()}\n`);
process.stdout.write(`${'set'.padEnd(24)} ${'n'.padStart(5)} ${'accuracy'.padStart(8)} ${'macroF1'.padStart(8)} ${'F1 pos'.padStart(8)} ${'F1 neu'.padStart(8)} ${'F1 neg'.padStart(8)} ${'docs/s'.padStart(8)}\n`);
process.stdout.write(`${evaluate('smsa valid_decontam', readSmsa('valid_decontam'))}\n`);
process.stdout.write(`${evaluate('nusax-ind valid', readNusaxIndonesian('valid'))}\n`);
process.stdout.write('note: NusaX-ind rows are edited SmSA sentences and NusaX-ind train is in the training mix, so its figure overstates generalisation.\n');
