import { describe, expect, it } from 'vitest';
import { parseModelCard } from './modelCard';
import {
  ScoreSmoother,
  differenceMeanSquaredError,
  fuseScore,
  meanSquaredError,
  psnrFromMse,
  scoreFrame,
} from './scoring';
import { validCardJson } from './testing/cardFixture';

// Calibration in the fixture: appearance mean 30, std 2; motion mean 35, std 4; weights 0.5 each.
const scoring = parseModelCard(validCardJson()).scoring;

describe('meanSquaredError', () => {
  it('averages squared differences', () => {
    expect(meanSquaredError([1, 2], [0, 0])).toBe(2.5);
  });

  it('rejects arrays of different lengths', () => {
    expect(() => meanSquaredError([1, 2], [1])).toThrow(/length 2 does not match target length 1/);
  });

  it('rejects empty arrays', () => {
    expect(() => meanSquaredError([], [])).toThrow(/empty/);
  });
});

describe('differenceMeanSquaredError', () => {
  it('compares with current minus previous', () => {
    // True differences [0.5, 1]; prediction errors [0, -1].
    expect(differenceMeanSquaredError([0.5, 0], [1, 1], [0.5, 0])).toBe(0.5);
  });
});

describe('psnrFromMse', () => {
  it('gives 20 dB for mse 0.01 at peak 1', () => {
    expect(psnrFromMse(0.01, 1, 1e-10)).toBeCloseTo(20, 12);
  });

  it('uses the peak squared', () => {
    expect(psnrFromMse(0.01, 2, 1e-10)).toBeCloseTo(10 * Math.log10(400), 12);
  });

  it('clamps mse to the floor', () => {
    expect(psnrFromMse(0, 1, 1e-10)).toBeCloseTo(100, 12);
  });
});

describe('fuseScore', () => {
  it('standardises each PSNR with the calibration', () => {
    const fused = fuseScore(26, 43, scoring);
    expect([fused.appearanceZ, fused.motionZ]).toEqual([-2, 2]);
  });

  it('negates the weighted z-scores into parts', () => {
    const fused = fuseScore(28, 27, scoring);
    expect([fused.appearancePart, fused.motionPart]).toEqual([0.5, 1]);
  });

  it('sums the parts into the raw score', () => {
    expect(fuseScore(28, 27, scoring).raw).toBe(1.5);
  });

  it('gives zero at the calibration means', () => {
    expect(fuseScore(30, 35, scoring).raw).toBe(-0);
  });
});

describe('ScoreSmoother', () => {
  it('starts at the first raw score', () => {
    expect(new ScoreSmoother(0.25).next(4)).toBe(4);
  });

  it('blends later scores with alpha', () => {
    const smoother = new ScoreSmoother(0.25);
    const scores = [4, 0, 8].map((raw) => smoother.next(raw));
    expect(scores).toEqual([4, 3, 4.25]);
  });

  it('passes raw scores through at alpha 1', () => {
    const smoother = new ScoreSmoother(1);
    expect([5, -2].map((raw) => smoother.next(raw))).toEqual([5, -2]);
  });

  it('restarts after reset', () => {
    const smoother = new ScoreSmoother(0.5);
    smoother.next(10);
    smoother.reset();
    expect(smoother.next(2)).toBe(2);
  });

  it('rejects alpha outside (0, 1]', () => {
    expect(() => new ScoreSmoother(0)).toThrow(/alpha is 0/);
  });
});

describe('scoreFrame', () => {
  // Appearance predicts 0.9 where the frame is 1.0: mse 0.01, 20 dB at peak 1, z_a = -5.
  // Motion predicts 0 where the difference is 0.2: mse 0.04, 20 dB at peak 2, z_m = -3.75.
  const result = scoreFrame(
    { appearance: [0.9, 0.9], motion: [0, 0] },
    [1, 1],
    [0.8, 0.8],
    scoring,
    new ScoreSmoother(1),
  );

  it('computes the appearance PSNR', () => {
    expect(result.appearancePsnr).toBeCloseTo(20, 9);
  });

  it('computes the motion PSNR', () => {
    expect(result.motionPsnr).toBeCloseTo(20, 9);
  });

  it('computes the live score', () => {
    expect(result.score).toBeCloseTo(4.375, 9);
  });
});
