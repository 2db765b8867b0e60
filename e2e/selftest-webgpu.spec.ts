import { expect, test } from './support/fixtures';
import { loadTestVector } from './support/served-files';

// Runs in the `webgpu` project, whose Chromium offers its SwiftShader adapter, so the model
// runs through WebGPU on the CPU, far slower than WASM. On a 2-core machine shared with a
// training run, the worker's warm-up inference alone took 51 s to 284 s (Chromium 156), and the
// self-test runs one warm-up and one inference per expected frame of the vector.
// NOTE: on a loaded CPU this can still run out of time, which is not a parity failure.
const SELFTEST_TIMEOUT_MS = 600_000;

test('self-test matches the test vector on WebGPU', async ({ selfTest, page, request }) => {
  test.setTimeout(SELFTEST_TIMEOUT_MS + 30_000);
  const vector = await loadTestVector(request);

  await selfTest.goto('webgpu');
  const hasAdapter = await page.evaluate(async () => {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    return !!(await gpu?.requestAdapter());
  });
  expect(hasAdapter, 'Chromium should offer a WebGPU adapter with --enable-unsafe-webgpu').toBe(true);
  const result = await selfTest.waitForResult(SELFTEST_TIMEOUT_MS);

  expect(result.status, `self-test error: ${result.error}`).toBe('pass');
  expect(result.executionProvider).toBe('webgpu');
  expect(result.results, 'one result per expected frame of the vector').toHaveLength(vector.expected.length);
  expect(result.maxDiff?.appearance_psnr).toBeLessThanOrEqual(vector.tolerance.psnr);
  expect(result.maxDiff?.motion_psnr).toBeLessThanOrEqual(vector.tolerance.psnr);
  expect(result.maxDiff?.score).toBeLessThanOrEqual(vector.tolerance.score);
});
