import { describe, expect, it } from 'vitest';
import { labelRanges } from './labelRanges';

describe('labelRanges', () => {
  it('turns runs of 1 into inclusive ranges', () => {
    expect(labelRanges([0, 1, 1, 0, 1])).toEqual([
      { start: 1, end: 2 },
      { start: 4, end: 4 },
    ]);
  });

  it('returns no ranges for normal labels', () => {
    expect(labelRanges([0, 0, 0])).toEqual([]);
  });
});
