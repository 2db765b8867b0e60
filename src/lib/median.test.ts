import { describe, expect, it } from 'vitest';
import { RecentValues, median } from './median';

describe('median', () => {
  it('takes the middle of an odd count', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the middle pair of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('returns null without values', () => {
    expect(median([])).toBeNull();
  });
});

describe('RecentValues', () => {
  it('keeps only the last values', () => {
    const recent = new RecentValues(2);
    [100, 1, 3].forEach((value) => recent.push(value));
    expect(recent.median()).toBe(2);
  });
});
