/**
 * Fits softmax calibration p(c) ∝ exp(scale·s_c + bias_c) to out-of-fold decision values by
 * minimising log-loss with gradient descent, so the reported probabilities mean what they say.
 */

export interface Calibration {
  scale: number;
  biases: number[];
}

/**
 * With `fitBiases` false only the scale (a temperature) is fitted, which keeps every label
 * exactly as the classifier's own argmax decides it.
 */
export function fitCalibration(decisions: readonly Float64Array[], labels: ArrayLike<number>, numClasses: number, fitBiases: boolean, iterations = 3000): Calibration {
  let scale = 1;
  const biases = new Array<number>(numClasses).fill(0);
  const n = decisions.length;
  const rate = 0.5;
  const p = new Float64Array(numClasses);
  for (let it = 0; it < iterations; it += 1) {
    let gScale = 0;
    const gBias = new Array<number>(numClasses).fill(0);
    for (let i = 0; i < n; i += 1) {
      const s = decisions[i] as Float64Array;
      let max = -Infinity;
      for (let c = 0; c < numClasses; c += 1) {
        p[c] = scale * (s[c] as number) + (biases[c] as number);
        if ((p[c] as number) > max) max = p[c] as number;
      }
      let sum = 0;
      for (let c = 0; c < numClasses; c += 1) {
        p[c] = Math.exp((p[c] as number) - max);
        sum += p[c] as number;
      }
      const y = labels[i] as number;
      for (let c = 0; c < numClasses; c += 1) {
        const residual = (p[c] as number) / sum - (c === y ? 1 : 0);
        gScale += residual * (s[c] as number);
        gBias[c] = (gBias[c] as number) + residual;
      }
    }
    scale -= (rate * gScale) / n;
    if (fitBiases) for (let c = 0; c < numClasses; c += 1) biases[c] = (biases[c] as number) - (rate * (gBias[c] as number)) / n;
  }
  return { scale, biases };
}

/** Probabilities from decision values under `calibration`. */
export function applyCalibration(decision: ArrayLike<number>, calibration: Calibration): number[] {
  const z = Array.from({ length: decision.length }, (_, c) => calibration.scale * (decision[c] as number) + (calibration.biases[c] ?? 0));
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
