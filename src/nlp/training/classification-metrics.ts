/** Accuracy, per-class F1 and macro-F1 from gold and predicted class indices. */

export interface ClassificationMetrics {
  accuracy: number;
  macroF1: number;
  /** F1 per class index. */
  f1: number[];
  n: number;
}

export function getClassificationMetrics(gold: ArrayLike<number>, predicted: ArrayLike<number>, numClasses: number): ClassificationMetrics {
  const tp = new Array<number>(numClasses).fill(0);
  const fp = new Array<number>(numClasses).fill(0);
  const fn = new Array<number>(numClasses).fill(0);
  let correct = 0;
  for (let i = 0; i < gold.length; i += 1) {
    const g = gold[i] as number;
    const p = predicted[i] as number;
    if (g === p) {
      correct += 1;
      tp[g] = (tp[g] as number) + 1;
    } else {
      fp[p] = (fp[p] as number) + 1;
      fn[g] = (fn[g] as number) + 1;
    }
  }
  const f1 = tp.map((t, c) => {
    const denominator = 2 * t + (fp[c] as number) + (fn[c] as number);
    return denominator === 0 ? 0 : (2 * t) / denominator;
  });
  return {
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1: f1.reduce((a, b) => a + b, 0) / numClasses,
    f1,
    n: gold.length,
  };
}
