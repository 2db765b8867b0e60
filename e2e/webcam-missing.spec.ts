import { expect, test } from './support/fixtures';

// Runs in the plain `chromium` project, whose headless Chromium has no camera at all, so
// getUserMedia rejects with NotFoundError.

// The viewer logs each error it catches once, so the rejected getUserMedia call is expected
// in the console.
test.use({ allowedConsoleErrors: [/NotFoundError|Requested device not found/i] });

test('missing webcam shows a clear message', async ({ viewer }) => {
  await viewer.gotoReady();
  await viewer.connectWebcamButton.click();

  await expect(viewer.errorMessage).toBeVisible();
  await expect(viewer.errorMessage, 'the message should name the camera').toContainText(/camera|webcam/i);
  await expect(viewer.errorMessage, 'the message should say no camera was found').toContainText(
    /no camera|not found|no webcam|connect/i,
  );
  await viewer.waitForStatus(['error'], 15_000);
  await expect(viewer.loadSampleButton, 'the rest of the app should keep working').toBeEnabled();
});
