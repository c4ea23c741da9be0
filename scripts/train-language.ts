/** `npm run train:language`: trains the language model and writes it into src/nlp/data/ (committed). */
import { writeFileSync } from 'node:fs';
import { LANGUAGE_MODEL_BIN, LANGUAGE_MODEL_JSON } from '../src/nlp/language/language-model-file.js';
import { trainLanguageModel } from '../src/nlp/training/train-language-model.js';

const started = Date.now();
const { header, weights } = trainLanguageModel();
const dataDir = new URL('../src/nlp/data/', import.meta.url);
writeFileSync(new URL(LANGUAGE_MODEL_BIN, dataDir), weights);
writeFileSync(new URL(LANGUAGE_MODEL_JSON, dataDir), `${JSON.stringify(header, null, 2)}\n`);
process.stdout.write(`model ${header.version} trained on ${String(header.training['documents'])} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
