// Whole-file analysis: seek a paused video to every frame in turn, send the frame to the worker
// in analysis mode, and wait for its result before sending the next, so each frame is scored once.
import type { InferenceClient } from '../../inference/inferenceClient';
import { seekTimeFor } from '../../lib/frameTiming';
import type { FrameGeometry } from '../../lib/modelCard';
import { grabFrame, seekTo } from './videoFrames';

export class FrameAnalysis {
  private readonly video: HTMLVideoElement;
  private readonly geometry: FrameGeometry;
  private readonly client: InferenceClient;
  private stopped = false;

  constructor(video: HTMLVideoElement, geometry: FrameGeometry, client: InferenceClient) {
    this.video = video;
    this.geometry = geometry;
    this.client = client;
  }

  get cancelled(): boolean {
    return this.stopped;
  }

  cancel(): void {
    this.stopped = true;
  }

  /**
   * Analyses frames 0 .. total-1, frame i at time (i + 0.5) / fps. Frame i is sent only after
   * the worker returned frame i-1's outcome, but the seek to frame i overlaps that wait.
   * Calls `onProgress` with the number of frames done, and never after `cancel()`. Resolves true
   * when every frame was processed, false when cancelled.
   */
  async run(sourceId: number, fps: number, total: number, onProgress: (done: number) => void): Promise<boolean> {
    this.video.pause();
    let previousOutcome: Promise<unknown> | null = null;
    for (let frameIndex = 0; frameIndex < total; frameIndex++) {
      if (this.stopped) {
        return false;
      }
      const time = Math.min(seekTimeFor(frameIndex, fps), this.lastSeekableTime());
      const mediaTime = await seekTo(this.video, time);
      const bitmap = await grabFrame(this.video, this.geometry);
      if (previousOutcome !== null) {
        await previousOutcome;
      }
      if (this.stopped) {
        bitmap.close();
        return false;
      }
      if (previousOutcome !== null) {
        onProgress(frameIndex);
      }
      previousOutcome = this.client.waitForFrame(sourceId, frameIndex);
      this.client.sendBitmap({ sourceId, frameIndex, timestamp: mediaTime, capturedAt: performance.now() }, bitmap);
    }
    if (previousOutcome === null) {
      return !this.stopped;
    }
    await previousOutcome;
    if (this.stopped) {
      return false;
    }
    onProgress(total);
    return true;
  }

  private lastSeekableTime(): number {
    const duration = this.video.duration;
    return Number.isFinite(duration) ? Math.max(0, duration - 1e-3) : Number.MAX_VALUE;
  }
}
