/**
 * One-vs-rest linear SVM with squared hinge loss, trained by dual coordinate descent
 * (Hsieh et al., ICML 2008, the method behind LIBLINEAR). Deterministic: the visiting
 * order comes from a seeded generator, so the same data gives the same weights.
 */
import type { SparseVector } from '../features/featurize.js';
import { createRandom } from './create-random.js';

export interface SvmOptions {
  /** Regularisation: larger C fits the training data more closely. */
  C: number;
  /** Multiplier of C per true class, to counter class imbalance (neutral is ~10%). */
  classWeights: readonly number[];
  /** Value of the constant bias feature. */
  bias: number;
  maxEpochs: number;
  /** Stop when the projected-gradient range falls below this. */
  tolerance: number;
  seed: number;
}

export interface LinearModel {
  dims: number;
  numClasses: number;
  /** Feature-major: weights[index * numClasses + class], so one feature's class weights sit together. */
  weights: Float32Array;
  biases: Float64Array;
}

function trainBinary(vectors: readonly SparseVector[], y: Int8Array, cost: Float64Array, dims: number, options: SvmOptions): { w: Float64Array; b: number } {
  const n = vectors.length;
  const w = new Float64Array(dims);
  let b = 0;
  const alpha = new Float64Array(n);
  const diag = new Float64Array(n);
  const qii = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const v = vectors[i] as SparseVector;
    let sq = options.bias * options.bias;
    for (let k = 0; k < v.values.length; k += 1) sq += (v.values[k] as number) ** 2;
    diag[i] = 0.5 / (cost[i] as number);
    qii[i] = sq + (diag[i] as number);
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = createRandom(options.seed);
  for (let epoch = 0; epoch < options.maxEpochs; epoch += 1) {
    for (let i = n - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (let o = 0; o < n; o += 1) {
      const i = order[o] as number;
      const v = vectors[i] as SparseVector;
      const yi = y[i] as number;
      let dot = b * options.bias;
      for (let k = 0; k < v.indices.length; k += 1) dot += (w[v.indices[k] as number] as number) * (v.values[k] as number);
      const a = alpha[i] as number;
      const g = yi * dot - 1 + (diag[i] as number) * a;
      const pg = a === 0 ? Math.min(g, 0) : g;
      if (pg > maxPg) maxPg = pg;
      if (pg < minPg) minPg = pg;
      if (Math.abs(pg) < 1e-12) continue;
      const next = Math.max(a - g / (qii[i] as number), 0);
      const d = (next - a) * yi;
      alpha[i] = next;
      for (let k = 0; k < v.indices.length; k += 1) {
        const idx = v.indices[k] as number;
        w[idx] = (w[idx] as number) + d * (v.values[k] as number);
      }
      b += d * options.bias;
    }
    if (maxPg - minPg < options.tolerance) break;
  }
  return { w, b: b * options.bias };
}

/** Trains one binary SVM per class (that class against the rest). */
export function trainLinearSvm(vectors: readonly SparseVector[], labels: ArrayLike<number>, numClasses: number, dims: number, options: SvmOptions): LinearModel {
  const weights = new Float32Array(dims * numClasses);
  const biases = new Float64Array(numClasses);
  const cost = Float64Array.from({ length: vectors.length }, (_, i) => options.C * (options.classWeights[labels[i] as number] ?? 1));
  for (let c = 0; c < numClasses; c += 1) {
    const y = Int8Array.from({ length: vectors.length }, (_, i) => (labels[i] === c ? 1 : -1));
    const { w, b } = trainBinary(vectors, y, cost, dims, { ...options, seed: options.seed + c });
    for (let j = 0; j < dims; j += 1) weights[j * numClasses + c] = w[j] as number;
    biases[c] = b;
  }
  return { dims, numClasses, weights, biases };
}

/** Decision values of `model` for one sparse vector. */
export function decide(model: LinearModel, vector: SparseVector): Float64Array {
  const k = model.numClasses;
  const out = Float64Array.from(model.biases);
  for (let t = 0; t < vector.indices.length; t += 1) {
    const base = (vector.indices[t] as number) * k;
    const value = vector.values[t] as number;
    for (let c = 0; c < k; c += 1) out[c] = (out[c] as number) + (model.weights[base + c] as number) * value;
  }
  return out;
}
