/** The committed language model: JSON header plus int16-quantized weights (feature-major, six classes). */
import { z } from 'zod';
import { FEATURE_VERSION } from '../features/feature-config.js';

export const LANGUAGE_MODEL_JSON = 'language-model.json';
export const LANGUAGE_MODEL_BIN = 'language-model.bin';

export const ZLanguageModelHeader = z.object({
  version: z.string().min(1),
  classes: z.tuple([z.literal('id'), z.literal('en'), z.literal('ms'), z.literal('jv'), z.literal('su'), z.literal('other')]),
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
  weightStep: z.number().positive(),
  biases: z.array(z.number()).length(6),
  /** Below this best score the text is `unknown`: no known language is confident enough. */
  minScore: z.number(),
  /** Score added per marker word (see language-markers.ts), divided by √(words in the text). */
  markerWeight: z.number().min(0),
  weightsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  training: z.record(z.string(), z.unknown()),
});

export type LanguageModelHeader = z.infer<typeof ZLanguageModelHeader>;
