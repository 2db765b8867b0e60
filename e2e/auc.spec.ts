import { expect, test } from '@playwright/test';
import { rocAuc } from './support/auc';

// Checks of the test-side AUC helper itself. They need no browser.
test.describe('rocAuc helper', () => {
  test('perfect ranking gives 1', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
  });

  test('inverted ranking gives 0', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  test('ties count as half', () => {
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    expect(rocAuc([0.1, 0.5, 0.5, 0.9], [0, 0, 1, 1])).toBe(0.875);
  });

  test('rejects a single class', () => {
    expect(() => rocAuc([0.1, 0.2], [1, 1])).toThrow(/both classes/);
  });

  test('rejects mismatched lengths', () => {
    expect(() => rocAuc([0.1, 0.2], [1])).toThrow(/one label per score/);
  });
});
