import { describe, expect, it } from 'vitest';
import { rocAuc } from './auc';

describe('rocAuc', () => {
  it('gives 1 for a perfect ranking', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
  });

  it('gives 0 for an inverted ranking', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  it('counts all-tied scores as one half', () => {
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });

  it('counts a tied pair as one half', () => {
    // Pairs (positive, negative): (0.5, 0.1) win, (0.5, 0.5) tie, (0.9, 0.1) win, (0.9, 0.5) win.
    expect(rocAuc([0.1, 0.5, 0.5, 0.9], [0, 0, 1, 1])).toBe(0.875);
  });

  it('does not depend on input order', () => {
    expect(rocAuc([0.9, 0.5, 0.1, 0.5], [1, 0, 0, 1])).toBe(0.875);
  });

  it('handles a partial ranking', () => {
    // Positive 0.3 beats one of two negatives, positive 0.7 beats both: 3 of 4 pairs.
    expect(rocAuc([0.2, 0.3, 0.5, 0.7], [0, 1, 0, 1])).toBe(0.75);
  });

  it('returns null for a single class', () => {
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNull();
  });

  it('rejects mismatched lengths', () => {
    expect(() => rocAuc([0.1, 0.2], [1])).toThrow(/2 scores but 1 labels/);
  });

  it('rejects a non-finite score', () => {
    expect(() => rocAuc([0.1, Number.NaN], [0, 1])).toThrow(/not a finite number/);
  });

  it('rejects a label other than 0 or 1', () => {
    expect(() => rocAuc([0.1, 0.2], [0, 2])).toThrow(/label 2 at position 1/);
  });
});
