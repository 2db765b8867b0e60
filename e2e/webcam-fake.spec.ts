import { expect, test } from './support/fixtures';

// Runs in the `webcam-fake` project: Chromium's fake camera draws a moving test pattern at
// 640x480 and 20 fps, and the permission prompt is accepted.
const FIRST_SCORE_TIMEOUT_MS = 60_000;

test('webcam scores grow while connected', async ({ viewer }) => {
  await viewer.gotoReady();
  await viewer.connectWebcamButton.click();

  let firstCount = 0;
  await expect
    .poll(async () => (firstCount = (await viewer.getScores()).length), {
      message: 'the webcam should produce a first score',
      timeout: FIRST_SCORE_TIMEOUT_MS,
    })
    .toBeGreaterThan(0);
  await expect
    .poll(async () => (await viewer.getScores()).length, {
      message: `the score series should grow past ${firstCount}`,
      timeout: 30_000,
    })
    .toBeGreaterThan(firstCount);

  const scores = await viewer.getScores();
  const frames = scores.map((row) => row.frame);
  const outOfOrder = frames.filter((frame, i) => i > 0 && frame <= frames[i - 1]);
  expect(outOfOrder, 'webcam frames should be scored once each, in order').toEqual([]);
  await expect(viewer.errorMessage).toHaveCount(0);
  await expect(viewer.status).toContainText('playing');
  expect(await viewer.readCount(viewer.framesScored)).toBeGreaterThan(0);
  expect(await viewer.readCount(viewer.droppedFrames)).toBeGreaterThanOrEqual(0);
});
