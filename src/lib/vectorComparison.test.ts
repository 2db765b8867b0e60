import { describe, expect, it } from 'vitest';
import { compareWithVector, type MeasuredFrame } from './vectorComparison';

describe('compareWithVector', () => {
  const expected = [
    { frame: 13, appearancePsnr: 30, motionPsnr: 40, score: 1 },
    { frame: 14, appearancePsnr: 31, motionPsnr: 41, score: 2 },
  ];
  const vector = { expected, tolerance: { psnr: 0.01, score: 0.01 } };
  const measured = (rows: MeasuredFrame[]) => new Map(rows.map((row) => [row.frame, row]));

  it('passes results within tolerance', () => {
    const actual = measured([
      { frame: 13, appearancePsnr: 30.005, motionPsnr: 40, score: 1 },
      { frame: 14, appearancePsnr: 31, motionPsnr: 41, score: 2.004 },
    ]);
    expect(compareWithVector(actual, vector).pass).toBe(true);
  });

  it('reports the max difference per quantity', () => {
    const actual = measured([
      { frame: 13, appearancePsnr: 30.5, motionPsnr: 40, score: 1 },
      { frame: 14, appearancePsnr: 31.25, motionPsnr: 41, score: 2 },
    ]);
    expect(compareWithVector(actual, vector).maxDiff).toEqual({ appearance_psnr: 0.5, motion_psnr: 0, score: 0 });
  });

  it('fails a frame outside tolerance', () => {
    const actual = measured([
      { frame: 13, appearancePsnr: 30, motionPsnr: 40.02, score: 1 },
      { frame: 14, appearancePsnr: 31, motionPsnr: 41, score: 2 },
    ]);
    expect(compareWithVector(actual, vector).rows.map((row) => row.pass)).toEqual([false, true]);
  });

  it('fails a missing frame', () => {
    const actual = measured([{ frame: 13, appearancePsnr: 30, motionPsnr: 40, score: 1 }]);
    expect(compareWithVector(actual, vector).pass).toBe(false);
  });

  it('fails a NaN result', () => {
    const actual = measured([
      { frame: 13, appearancePsnr: Number.NaN, motionPsnr: 40, score: 1 },
      { frame: 14, appearancePsnr: 31, motionPsnr: 41, score: 2 },
    ]);
    expect(compareWithVector(actual, vector).pass).toBe(false);
  });
});
