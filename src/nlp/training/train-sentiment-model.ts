/**
 * Trains the committed sentiment model from the shared data: SmSA train (decontaminated) plus
 * NusaX-ind train, linear SVM over hashed word and character n-grams, softmax calibration
 * fitted on 5-fold out-of-fold scores, int16 quantization. Deterministic end to end.
 */
import { createHash } from 'node:crypto';
import { normalizeTokens } from '../normalize.js';
import { FEATURE_VERSION } from '../features/feature-config.js';
import { Featurizer, type FeatureConfig, type SparseVector } from '../features/featurize.js';
import type { SentimentModelHeader } from '../sentiment/sentiment-model-file.js';
import { SENTIMENT_LABELS } from '../sentiment-label.js';
import { tokenize } from '../tokenize.js';
import { getClassificationMetrics, type ClassificationMetrics } from './classification-metrics.js';
import { fitCalibration, applyCalibration } from './fit-calibration.js';
import { readNusaxIndonesian, readSmsa, type LabelledText } from './read-datasets.js';
import { decide, trainLinearSvm, type SvmOptions } from './train-linear-svm.js';

/** Chosen by 5-fold cross-validation on SmSA train (see docs/nlp.md, "How it was tuned"). */
export const SENTIMENT_FEATURES: FeatureConfig = {
  bucketsLog2: 19,
  wordNgrams: 2,
  negationScope: 2,
  charMin: 1,
  charMax: 6,
  charDocMax: 2,
  charWeight: 0.8,
  sublinearTf: true,
};

export const SENTIMENT_SVM: SvmOptions = { C: 1, classWeights: [1, 2, 1], bias: 1, maxEpochs: 50, tolerance: 0.1, seed: 7 };

export const SENTIMENT_MODEL_FAMILY = 'sentiment-svm-2';

export interface TrainedSentimentModel {
  header: SentimentModelHeader;
  weights: Buffer;
  crossValidation: ClassificationMetrics;
}

const FOLDS = 5;

function labelIndex(row: LabelledText): number {
  return SENTIMENT_LABELS.indexOf(row.label);
}

export function trainSentimentModel(log: (line: string) => void = () => {}): TrainedSentimentModel {
  const rows = [...readSmsa('train_decontam'), ...readNusaxIndonesian('train')];
  const featurizer = new Featurizer(SENTIMENT_FEATURES);
  const vectors: SparseVector[] = rows.map((row) => featurizer.toVector(normalizeTokens(tokenize(row.text))));
  const labels = rows.map(labelIndex);
  const dims = 1 << SENTIMENT_FEATURES.bucketsLog2;
  log(`training on ${rows.length} documents, ${dims} hashed features`);

  // Out-of-fold scores: the calibration must see scores the model produces on unseen text.
  const outOfFold: Float64Array[] = new Array<Float64Array>(rows.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainAt: number[] = [];
    const testAt: number[] = [];
    for (let i = 0; i < rows.length; i += 1) ((i * 7919) % FOLDS === fold ? testAt : trainAt).push(i);
    const model = trainLinearSvm(trainAt.map((i) => vectors[i] as SparseVector), trainAt.map((i) => labels[i] as number), 3, dims, SENTIMENT_SVM);
    for (const i of testAt) outOfFold[i] = decide(model, vectors[i] as SparseVector);
    log(`fold ${fold + 1}/${FOLDS} done`);
  }
  // Class biases in the calibration would move labels; on cross-validation they changed macro-F1
  // by less than the fold-to-fold noise (both printed), so only a temperature is fitted and the
  // SVM's argmax, whose class weights were tuned by cross-validation, decides the label.
  const argmax = (p: ArrayLike<number>): number => Array.from(p).indexOf(Math.max(...Array.from(p)));
  const withBiases = fitCalibration(outOfFold, labels, 3, true);
  const crossValidationWithBiases = getClassificationMetrics(labels, outOfFold.map((d) => argmax(applyCalibration(d, withBiases))), 3);
  log(`5-fold macro-F1 if calibration biases moved labels: ${crossValidationWithBiases.macroF1.toFixed(4)}`);
  const calibration = fitCalibration(outOfFold, labels, 3, false);
  const crossValidation = getClassificationMetrics(labels, outOfFold.map((d) => argmax(d)), 3);
  const logLoss = -outOfFold.reduce((sum, d, i) => sum + Math.log(applyCalibration(d, calibration)[labels[i] as number] as number), 0) / rows.length;
  log(`5-fold log-loss with temperature calibration: ${logLoss.toFixed(4)}`);

  const model = trainLinearSvm(vectors, labels, 3, dims, SENTIMENT_SVM);
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const weightStep = maxAbs / 32767;
  const weights = Buffer.alloc(model.weights.length * 2);
  for (let i = 0; i < model.weights.length; i += 1) weights.writeInt16LE(Math.round((model.weights[i] as number) / weightStep), i * 2);
  const weightsSha256 = createHash('sha256').update(weights).digest('hex');
  const header: SentimentModelHeader = {
    version: `${SENTIMENT_MODEL_FAMILY}+${weightsSha256.slice(0, 8)}`,
    labels: [...SENTIMENT_LABELS],
    featureVersion: FEATURE_VERSION,
    features: SENTIMENT_FEATURES,
    weightStep,
    biases: Array.from(model.biases),
    calibration,
    weightsSha256,
    training: {
      data: ['sentiment/smsa/train_decontam.tsv', 'sentiment/nusax_ind/train.csv'],
      documents: rows.length,
      svm: SENTIMENT_SVM,
      crossValidationMacroF1: Number(crossValidation.macroF1.toFixed(4)),
      crossValidationLogLoss: Number(logLoss.toFixed(4)),
    },
  };
  return { header, weights, crossValidation };
}
