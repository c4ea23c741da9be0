/**
 * The committed sentiment model: a JSON header (version, feature settings, calibration) and a
 * binary file of int16-quantized weights, feature-major (three class weights per bucket).
 */
import { z } from 'zod';
import { FEATURE_VERSION } from '../features/feature-config.js';

export const SENTIMENT_MODEL_JSON = 'sentiment-model.json';
export const SENTIMENT_MODEL_BIN = 'sentiment-model.bin';

export const ZSentimentModelHeader = z.object({
  version: z.string().min(1),
  labels: z.tuple([z.literal('positive'), z.literal('neutral'), z.literal('negative')]),
  /** Meaning of `features` (see features/feature-config.ts); files of another version are refused. */
  featureVersion: z.literal(FEATURE_VERSION),
  features: z.object({
    bucketsLog2: z.number().int().min(10).max(24),
    wordNgrams: z.number().int().min(1).max(3),
    negationScope: z.number().int().min(0),
    charMin: z.number().int().min(1),
    charMax: z.number().int().min(0),
    charDocMax: z.number().int().min(0).max(2),
    charWeight: z.number().min(0),
    sublinearTf: z.boolean(),
  }),
  /** Quantized weight q stands for q · weightStep. */
  weightStep: z.number().positive(),
  biases: z.array(z.number()).length(3),
  calibration: z.object({ scale: z.number(), biases: z.array(z.number()).length(3) }),
  /** sha256 of the binary weights, checked on load. */
  weightsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  training: z.record(z.string(), z.unknown()),
});

export type SentimentModelHeader = z.infer<typeof ZSentimentModelHeader>;
