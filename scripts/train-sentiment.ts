/**
 * `npm run train:sentiment`: rebuilds the normalizer's known-word list and the sentiment model
 * from ../shared/data, and writes both into src/nlp/data/ (committed; CI never retrains).
 */
import { writeFileSync } from 'node:fs';
import { buildKnownWords, writeKnownWords } from '../src/nlp/training/build-known-words.js';

// The known-word list must be on disk before the normalizer first loads it.
const words = buildKnownWords();
writeKnownWords(words);
process.stdout.write(`${words.length} known words written\n`);

const { trainSentimentModel } = await import('../src/nlp/training/train-sentiment-model.js');
const { SENTIMENT_MODEL_BIN, SENTIMENT_MODEL_JSON } = await import('../src/nlp/sentiment/sentiment-model-file.js');
const started = Date.now();
const trained = trainSentimentModel((line) => process.stdout.write(`${line}\n`));
const dataDir = new URL('../src/nlp/data/', import.meta.url);
writeFileSync(new URL(SENTIMENT_MODEL_BIN, dataDir), trained.weights);
writeFileSync(new URL(SENTIMENT_MODEL_JSON, dataDir), `${JSON.stringify(trained.header, null, 2)}\n`);
const cv = trained.crossValidation;
process.stdout.write(
  `model ${trained.header.version}: 5-fold macro-F1 ${cv.macroF1.toFixed(4)} (accuracy ${cv.accuracy.toFixed(4)}), ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
