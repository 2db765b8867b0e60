// Per-frame anomaly scoring, exactly as the model card format defines it:
//   psnr  = 10 log10(peak^2 / max(mse, mse_floor))
//   z     = (psnr - mean) / std               with the card's calibration statistics
//   raw   = -(w_a z_a + w_m z_m)              higher means more anomalous
//   score = alpha raw + (1 - alpha) score_prev, starting at raw on the first scored frame
import type { CardScoring } from './modelCard';

/** Mean squared error between a prediction and a target of the same length. */
export function meanSquaredError(prediction: ArrayLike<number>, target: ArrayLike<number>): number {
  if (prediction.length !== target.length) {
    throw new Error(`meanSquaredError: length ${prediction.length} does not match target length ${target.length}.`);
  }
  if (prediction.length === 0) {
    throw new Error('meanSquaredError: the arrays are empty.');
  }
  let sum = 0;
  for (let i = 0; i < prediction.length; i++) {
    const difference = prediction[i] - target[i];
    sum += difference * difference;
  }
  return sum / prediction.length;
}

/** Mean squared error between a predicted difference and the true difference current - previous. */
export function differenceMeanSquaredError(
  prediction: ArrayLike<number>,
  current: ArrayLike<number>,
  previous: ArrayLike<number>,
): number {
  if (prediction.length !== current.length || current.length !== previous.length) {
    throw new Error(
      `differenceMeanSquaredError: lengths ${prediction.length}, ${current.length} and ${previous.length} differ.`,
    );
  }
  if (prediction.length === 0) {
    throw new Error('differenceMeanSquaredError: the arrays are empty.');
  }
  let sum = 0;
  for (let i = 0; i < prediction.length; i++) {
    const difference = prediction[i] - (current[i] - previous[i]);
    sum += difference * difference;
  }
  return sum / prediction.length;
}

/** PSNR in dB of a mean squared error, with the error clamped to at least `mseFloor`. */
export function psnrFromMse(mse: number, peak: number, mseFloor: number): number {
  return 10 * Math.log10((peak * peak) / Math.max(mse, mseFloor));
}

export interface FusedScore {
  appearanceZ: number;
  motionZ: number;
  /** -(w_a z_a): the appearance part of the raw score. */
  appearancePart: number;
  /** -(w_m z_m): the motion part of the raw score. */
  motionPart: number;
  /** Unsmoothed live score, the sum of the two parts. */
  raw: number;
}

/** Standardises both PSNRs with the calibration statistics and fuses them into a raw score. */
export function fuseScore(appearancePsnr: number, motionPsnr: number, scoring: CardScoring): FusedScore {
  const { appearancePsnr: appearanceStats, motionPsnr: motionStats } = scoring.calibration;
  const appearanceZ = (appearancePsnr - appearanceStats.mean) / appearanceStats.std;
  const motionZ = (motionPsnr - motionStats.mean) / motionStats.std;
  const appearancePart = -(scoring.weights.appearance * appearanceZ);
  const motionPart = -(scoring.weights.motion * motionZ);
  return { appearanceZ, motionZ, appearancePart, motionPart, raw: appearancePart + motionPart };
}

/** Causal exponential moving average of the raw score; one instance per source. */
export class ScoreSmoother {
  private readonly alpha: number;
  private previous: number | null = null;

  constructor(alpha: number) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new Error(`ScoreSmoother: alpha is ${alpha}, expected a number in (0, 1].`);
    }
    this.alpha = alpha;
  }

  next(raw: number): number {
    const score = this.previous === null ? raw : this.alpha * raw + (1 - this.alpha) * this.previous;
    this.previous = score;
    return score;
  }

  reset(): void {
    this.previous = null;
  }
}

export interface FrameScore extends FusedScore {
  appearanceMse: number;
  motionMse: number;
  appearancePsnr: number;
  motionPsnr: number;
  /** Smoothed live score. */
  score: number;
}

/**
 * Scores one frame from the model's two outputs and the frames t and t-1, all in the
 * model's value range and CHW order.
 */
export function scoreFrame(
  outputs: { appearance: ArrayLike<number>; motion: ArrayLike<number> },
  current: ArrayLike<number>,
  previous: ArrayLike<number>,
  scoring: CardScoring,
  smoother: ScoreSmoother,
): FrameScore {
  const appearanceMse = meanSquaredError(outputs.appearance, current);
  const motionMse = differenceMeanSquaredError(outputs.motion, current, previous);
  const appearancePsnr = psnrFromMse(appearanceMse, scoring.appearancePeak, scoring.mseFloor);
  const motionPsnr = psnrFromMse(motionMse, scoring.motionPeak, scoring.mseFloor);
  const fused = fuseScore(appearancePsnr, motionPsnr, scoring);
  return {
    ...fused,
    appearanceMse,
    motionMse,
    appearancePsnr,
    motionPsnr,
    score: smoother.next(fused.raw),
  };
}
