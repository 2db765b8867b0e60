import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { loadDefaultSample } from './support/served-files';

const aviFixture = new URL('./fixtures/vtest-short.avi', import.meta.url);

// The viewer logs each error it catches once, and its message for a file that fails to decode
// names the file, so exactly the AVI's error is expected in the console.
test.use({ allowedConsoleErrors: [/vtest-short\.avi/] });

test.describe('dropped files', () => {
  test('AVI is rejected, then MP4 plays', async ({ viewer, request }) => {
    const aviBytes = await readFile(aviFixture);
    const { meta, videoUrl } = await loadDefaultSample(request);
    const mp4Response = await request.get(videoUrl);
    expect(mp4Response.ok(), `GET ${videoUrl}`).toBe(true);
    const mp4Bytes = await mp4Response.body();

    await viewer.gotoReady();
    await viewer.dropFile(aviBytes, 'vtest-short.avi', 'video/x-msvideo');

    await expect(viewer.errorMessage).toBeVisible();
    await expect(viewer.errorMessage).toHaveAttribute('role', 'alert');
    await expect(viewer.errorMessage, 'the message should name the format').toContainText(/AVI/);
    await expect(viewer.errorMessage, 'the message should say what to convert to').toContainText(/MP4|WebM/i);
    await viewer.waitForStatus(['error'], 15_000);

    await viewer.dropFile(mp4Bytes, `${meta.id}.mp4`, 'video/mp4');
    await expect(viewer.errorMessage, 'a valid file should clear the error').toHaveCount(0);
    await expect(viewer.analyseFileButton).toBeEnabled();
    await viewer.analyseFileButton.click();

    let firstCount = 0;
    await expect
      .poll(async () => (firstCount = await viewer.readCount(viewer.framesScored)), {
        message: 'the dropped MP4 should get scores',
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    await expect
      .poll(() => viewer.readCount(viewer.framesScored), {
        message: `frames scored should grow past ${firstCount}`,
        timeout: 30_000,
      })
      .toBeGreaterThan(firstCount);
    await expect(viewer.status).not.toContainText('error');
  });
});
