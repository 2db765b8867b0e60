// Comparison of the worker's per-frame results with a test vector's expected values.
import type { TestVector } from './testVector';

export interface MeasuredFrame {
  frame: number;
  appearancePsnr: number;
  motionPsnr: number;
  score: number;
}

export interface ComparedFrame {
  frame: number;
  expected: MeasuredFrame;
  /** Null when the worker returned no score for this frame. */
  actual: MeasuredFrame | null;
  diff: { appearancePsnr: number; motionPsnr: number; score: number } | null;
  pass: boolean;
}

export interface VectorComparison {
  rows: ComparedFrame[];
  /** Largest absolute differences over all compared frames (Infinity when a frame is missing). */
  maxDiff: { appearance_psnr: number; motion_psnr: number; score: number };
  pass: boolean;
}

export function compareWithVector(
  actualByFrame: ReadonlyMap<number, MeasuredFrame>,
  vector: Pick<TestVector, 'expected' | 'tolerance'>,
): VectorComparison {
  const maxDiff = { appearance_psnr: 0, motion_psnr: 0, score: 0 };
  const rows = vector.expected.map((expected): ComparedFrame => {
    const actual = actualByFrame.get(expected.frame) ?? null;
    if (actual === null) {
      maxDiff.appearance_psnr = Infinity;
      maxDiff.motion_psnr = Infinity;
      maxDiff.score = Infinity;
      return { frame: expected.frame, expected, actual, diff: null, pass: false };
    }
    const diff = {
      appearancePsnr: Math.abs(actual.appearancePsnr - expected.appearancePsnr),
      motionPsnr: Math.abs(actual.motionPsnr - expected.motionPsnr),
      score: Math.abs(actual.score - expected.score),
    };
    maxDiff.appearance_psnr = Math.max(maxDiff.appearance_psnr, diff.appearancePsnr);
    maxDiff.motion_psnr = Math.max(maxDiff.motion_psnr, diff.motionPsnr);
    maxDiff.score = Math.max(maxDiff.score, diff.score);
    // NaN differences fail because every comparison with NaN is false.
    const pass =
      diff.appearancePsnr <= vector.tolerance.psnr &&
      diff.motionPsnr <= vector.tolerance.psnr &&
      diff.score <= vector.tolerance.score;
    return { frame: expected.frame, expected, actual, diff, pass };
  });
  return { rows, maxDiff, pass: rows.every((row) => row.pass) };
}
