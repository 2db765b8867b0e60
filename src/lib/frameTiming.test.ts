import { describe, expect, it } from 'vitest';
import { estimateFps, frameCountFor, frameIndexAt, seekTimeFor } from './frameTiming';

describe('estimateFps', () => {
  it('inverts the median step between media times', () => {
    expect(estimateFps([0, 0.1, 0.2, 0.3])).toBeCloseTo(10, 9);
  });

  it('ignores a skipped frame', () => {
    expect(estimateFps([0, 0.04, 0.08, 0.16, 0.2])).toBeCloseTo(25, 9);
  });

  it('ignores repeated media times', () => {
    expect(estimateFps([0, 0, 0.05, 0.1])).toBeCloseTo(20, 9);
  });

  it('returns null without two increasing times', () => {
    expect(estimateFps([0.5])).toBeNull();
  });
});

describe('frameIndexAt', () => {
  it('finds the frame that starts at the media time', () => {
    expect(frameIndexAt(1.7, 10)).toBe(17);
  });

  it('rounds away float error', () => {
    expect(frameIndexAt(0.30000000000000004, 10)).toBe(3);
  });
});

describe('seekTimeFor', () => {
  it('aims at the middle of the frame', () => {
    expect(seekTimeFor(57, 10)).toBeCloseTo(5.75, 12);
  });
});

describe('frameCountFor', () => {
  it('multiplies duration by frame rate', () => {
    expect(frameCountFor(18, 10)).toBe(180);
  });

  it('rounds a duration with float error', () => {
    expect(frameCountFor(17.9999, 10)).toBe(180);
  });

  it('returns 0 for an unknown duration', () => {
    expect(frameCountFor(Number.NaN, 10)).toBe(0);
  });
});
