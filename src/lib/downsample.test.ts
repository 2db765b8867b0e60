import { describe, expect, it } from 'vitest';
import { downsampleByMax } from './downsample';

describe('downsampleByMax', () => {
  it('returns short series unchanged', () => {
    expect(downsampleByMax([1, 2, 3], 5, (value) => value)).toEqual([1, 2, 3]);
  });

  it('keeps the maximum of each bucket', () => {
    expect(downsampleByMax([1, 5, 2, 3, 9, 4], 3, (value) => value)).toEqual([5, 3, 9]);
  });

  it('returns exactly maxPoints points', () => {
    const series = Array.from({ length: 1001 }, (_, i) => i);
    expect(downsampleByMax(series, 100, (value) => value)).toHaveLength(100);
  });

  it('rejects a maxPoints below 1', () => {
    expect(() => downsampleByMax([1], 0, (value) => value)).toThrow(/maxPoints is 0/);
  });
});
