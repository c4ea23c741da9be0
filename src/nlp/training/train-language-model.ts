/**
 * Trains the language model: Indonesian from NusaX-ind and SmSA, English, Javanese and Sundanese
 * from NusaX train, Malay from sentences the project wrote (src/nlp/language/data/malay-train.txt),
 * and the other eight NusaX languages as one `other` class. Classes are weighted to equal mass.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LANGUAGE_CLASSES, type LanguageClass } from '../language/language-label.js';
import type { LanguageModelHeader } from '../language/language-model-file.js';
import { FEATURE_VERSION } from '../features/feature-config.js';
import { Featurizer, type FeatureConfig, type SparseVector } from '../features/featurize.js';
import { tokenize } from '../tokenize.js';
import { readNusaxIndonesian, readNusaxLanguage, readSmsa } from './read-datasets.js';
import { trainLinearSvm, type SvmOptions } from './train-linear-svm.js';

export const LANGUAGE_FEATURES: FeatureConfig = {
  bucketsLog2: 16,
  wordNgrams: 1,
  negationScope: 0,
  charMin: 1,
  charMax: 4,
  charDocMax: 2,
  charWeight: 1,
  sublinearTf: true,
};

const SVM: Omit<SvmOptions, 'classWeights'> = { C: 0.5, bias: 1, maxEpochs: 50, tolerance: 0.1, seed: 11 };
const OTHER_FOLDERS = ['acehnese', 'balinese', 'banjarese', 'buginese', 'madurese', 'minangkabau', 'ngaju', 'toba_batak'];
/** Best scores below this are `unknown`. A linear SVM's margin sits at 0; a little below still means "closest". */
const MIN_SCORE = Number(process.env['HUMAS_LANG_MIN_SCORE'] ?? -0.5);
/** Chosen on held-out NusaX valid rows (not on the hand-written test list). */
const MARKER_WEIGHT = Number(process.env['HUMAS_LANG_MARKER_WEIGHT'] ?? 0.6);

export function readMalayTraining(): string[] {
  return readFileSync(new URL('../language/data/malay-train.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

export function getLanguageTrainingSet(): { text: string; label: LanguageClass }[] {
  const rows: { text: string; label: LanguageClass }[] = [];
  for (const r of readNusaxIndonesian('train')) rows.push({ text: r.text, label: 'id' });
  // Every fifth SmSA row: enough Indonesian variety without drowning the other classes.
  readSmsa('train_decontam').forEach((r, i) => {
    if (i % 5 === 0) rows.push({ text: r.text, label: 'id' });
  });
  for (const r of readNusaxLanguage('english', 'train')) rows.push({ text: r.text, label: 'en' });
  for (const r of readNusaxLanguage('javanese', 'train')) rows.push({ text: r.text, label: 'jv' });
  for (const r of readNusaxLanguage('sundanese', 'train')) rows.push({ text: r.text, label: 'su' });
  for (const text of readMalayTraining()) rows.push({ text, label: 'ms' });
  for (const folder of OTHER_FOLDERS) for (const r of readNusaxLanguage(folder, 'train')) rows.push({ text: r.text, label: 'other' });
  return rows;
}

export function trainLanguageModel(): { header: LanguageModelHeader; weights: Buffer } {
  const rows = getLanguageTrainingSet();
  const featurizer = new Featurizer(LANGUAGE_FEATURES);
  const vectors: SparseVector[] = rows.map((r) => featurizer.toVector(tokenize(r.text).filter((t) => /\p{L}/u.test(t))));
  const labels = rows.map((r) => LANGUAGE_CLASSES.indexOf(r.label));
  const counts = LANGUAGE_CLASSES.map((_, c) => labels.filter((l) => l === c).length);
  const classWeights = counts.map((n) => rows.length / (LANGUAGE_CLASSES.length * Math.max(n, 1)));
  const dims = 1 << LANGUAGE_FEATURES.bucketsLog2;
  const model = trainLinearSvm(vectors, labels, LANGUAGE_CLASSES.length, dims, { ...SVM, classWeights });
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const weightStep = maxAbs / 32767;
  const weights = Buffer.alloc(model.weights.length * 2);
  for (let i = 0; i < model.weights.length; i += 1) weights.writeInt16LE(Math.round((model.weights[i] as number) / weightStep), i * 2);
  const weightsSha256 = createHash('sha256').update(weights).digest('hex');
  return {
    header: {
      version: `language-svm-2+${weightsSha256.slice(0, 8)}`,
      classes: [...LANGUAGE_CLASSES],
      featureVersion: FEATURE_VERSION,
      features: LANGUAGE_FEATURES,
      weightStep,
      biases: Array.from(model.biases),
      minScore: MIN_SCORE,
      markerWeight: MARKER_WEIGHT,
      weightsSha256,
      training: { documents: rows.length, perClass: Object.fromEntries(LANGUAGE_CLASSES.map((c, i) => [c, counts[i]])), svm: { ...SVM, classWeights } },
    },
    weights,
  };
}
