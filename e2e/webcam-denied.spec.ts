import { expect, test } from './support/fixtures';

// Runs in the `webcam-denied` project: a fake camera exists, but Chromium denies every
// permission prompt, so getUserMedia rejects with NotAllowedError on every run.

// The viewer logs each error it catches once, so the rejected getUserMedia call is expected
// in the console.
test.use({ allowedConsoleErrors: [/NotAllowedError|Permission denied/i] });

test('denied webcam shows a clear message', async ({ viewer }) => {
  await viewer.gotoReady();
  await viewer.connectWebcamButton.click();

  await expect(viewer.errorMessage).toBeVisible();
  await expect(viewer.errorMessage).toHaveAttribute('role', 'alert');
  await expect(viewer.errorMessage, 'the message should name the camera').toContainText(/camera|webcam/i);
  await expect(viewer.errorMessage, 'the message should say access was denied').toContainText(
    /denied|blocked|not allowed|permission/i,
  );
  await expect(viewer.errorMessage, 'the message should say how to allow access').toContainText(
    /allow|grant|settings/i,
  );
  await viewer.waitForStatus(['error'], 15_000);
  await expect(viewer.loadSampleButton, 'the rest of the app should keep working').toBeEnabled();
});
