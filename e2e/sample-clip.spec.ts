import { rocAuc } from './support/auc';
import { expect, test } from './support/fixtures';
import { historyLength, loadDefaultSample, loadModelCard } from './support/served-files';

// Frame-by-frame analysis of the 180-frame sample on WASM, with the CPU shared, takes minutes.
const ANALYSIS_TIMEOUT_MS = 240_000;
/** Frame-level ROC AUC that the trained model reaches on the bundled Ped2 clip, at least. */
const MIN_FRAME_AUC = 0.9;

test.describe('bundled sample clip', () => {
  test('analyse file scores every frame once', async ({ viewer, request }) => {
    test.setTimeout(ANALYSIS_TIMEOUT_MS + 120_000);
    const card = await loadModelCard(request);
    const { meta } = await loadDefaultSample(request);
    const history = historyLength(card);

    await viewer.gotoReady();
    await viewer.loadSampleButton.click();
    await expect(viewer.sampleCitation).toContainText('Anomaly Detection in Crowded Scenes');
    await expect(viewer.analyseFileButton).toBeEnabled();
    await viewer.analyseFileButton.click();
    await viewer.waitForStatus(['done'], ANALYSIS_TIMEOUT_MS);

    const scores = await viewer.getScores();
    const frames = scores.map((row) => row.frame);
    const expectedFrames = Array.from({ length: meta.frame_count - history }, (_, i) => history + i);
    const sortedFrames = [...frames].sort((a, b) => a - b);
    const duplicates = sortedFrames.filter((frame, i) => i > 0 && frame === sortedFrames[i - 1]);
    const tooEarly = frames.filter((frame) => frame < history);
    const pastEnd = frames.filter((frame) => frame >= meta.frame_count);
    const missing = expectedFrames.filter((frame) => !frames.includes(frame));
    const nonFinite = scores.filter((row) => !Number.isFinite(row.score));

    expect(duplicates, 'no frame should be scored twice').toEqual([]);
    expect(tooEarly, `frames before ${history} lack a full history and should get no score`).toEqual([]);
    expect(pastEnd, `the clip has ${meta.frame_count} frames`).toEqual([]);
    expect(missing, `every frame from ${history} to ${meta.frame_count - 1} should be scored`).toEqual([]);
    expect(nonFinite, 'every score should be a finite number').toEqual([]);
    expect(scores).toHaveLength(expectedFrames.length);
    expect(await viewer.readCount(viewer.framesScored)).toBe(expectedFrames.length);
    await expect(viewer.executionProvider).toHaveText('wasm');

    const byFrame = [...scores].sort((a, b) => a.frame - b.frame);
    const auc = rocAuc(
      byFrame.map((row) => row.score),
      byFrame.map((row) => meta.labels[row.frame]),
    );
    test.info().annotations.push({ type: 'frame AUC', description: auc.toFixed(4) });
    expect(auc, `frame-level ROC AUC on ${meta.id} against its sidecar labels`).toBeGreaterThanOrEqual(MIN_FRAME_AUC);
  });
});
