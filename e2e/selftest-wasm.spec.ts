import { expect, test } from './support/fixtures';
import { loadTestVector } from './support/served-files';

const SELFTEST_TIMEOUT_MS = 120_000;

test('self-test matches the test vector on WASM', async ({ selfTest, request }) => {
  test.setTimeout(SELFTEST_TIMEOUT_MS + 30_000);
  const vector = await loadTestVector(request);

  await selfTest.goto('wasm');
  const result = await selfTest.waitForResult(SELFTEST_TIMEOUT_MS);

  expect(result.status, `self-test error: ${result.error}`).toBe('pass');
  expect(result.executionProvider).toBe('wasm');
  expect(result.results, 'one result per expected frame of the vector').toHaveLength(vector.expected.length);
  expect(result.maxDiff?.appearance_psnr).toBeLessThanOrEqual(vector.tolerance.psnr);
  expect(result.maxDiff?.motion_psnr).toBeLessThanOrEqual(vector.tolerance.psnr);
  expect(result.maxDiff?.score).toBeLessThanOrEqual(vector.tolerance.score);
});
