// Live capture: on every presented video frame (requestVideoFrameCallback), grab it resized to the
// model input and hand it on with its frame index, media time and capture time.
import { frameIndexAt } from '../../lib/frameTiming';
import type { FrameGeometry } from '../../lib/modelCard';
import { grabFrame } from './videoFrames';

export interface CapturedFrame {
  frameIndex: number;
  /** Media time of the frame in seconds. */
  timestamp: number;
  /** performance.now() when the frame was presented. */
  capturedAt: number;
  bitmap: ImageBitmap;
}

/**
 * Rule for frame indices: the media time at a known frame rate (files, so that indices match the
 * file's frames and labels), or a count of presented frames (a webcam stream).
 * NOTE: a file frame that the browser skips under CPU load leaves a gap in the indices, and the
 * frames whose offsets reach into the gap get no live score. Whole-file analysis has no gaps.
 */
export type FrameIndexing = { kind: 'media-time'; fps: number } | { kind: 'sequential' };

export class LiveCapture {
  private readonly video: HTMLVideoElement;
  private readonly geometry: FrameGeometry;
  private readonly indexing: FrameIndexing;
  private readonly onFrame: (frame: CapturedFrame) => void;
  private readonly onError: (error: unknown) => void;
  private handle: number | null = null;
  private lastIndex = -1;
  private stopped = false;

  constructor(
    video: HTMLVideoElement,
    geometry: FrameGeometry,
    indexing: FrameIndexing,
    onFrame: (frame: CapturedFrame) => void,
    onError: (error: unknown) => void,
  ) {
    this.video = video;
    this.geometry = geometry;
    this.indexing = indexing;
    this.onFrame = onFrame;
    this.onError = onError;
  }

  /**
   * Starts capturing with the next presented frame. A freshly loaded video presents its first
   * frame before playback starts, so that frame is captured too. Grabbing earlier fails, because
   * createImageBitmap rejects a frame that was loaded but not yet presented (Chromium 156).
   */
  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.handle !== null) {
      this.video.cancelVideoFrameCallback(this.handle);
      this.handle = null;
    }
  }

  private schedule(): void {
    this.handle = this.video.requestVideoFrameCallback((now, metadata) => {
      if (this.stopped) {
        return;
      }
      this.schedule();
      this.capture(now, metadata);
    });
  }

  private capture(now: number, metadata: VideoFrameCallbackMetadata): void {
    if (this.stopped) {
      return;
    }
    const frameIndex =
      this.indexing.kind === 'media-time' ? frameIndexAt(metadata.mediaTime, this.indexing.fps) : this.lastIndex + 1;
    // A repeated or earlier index (a seek back, a repeated frame) would score a frame twice.
    if (frameIndex <= this.lastIndex) {
      return;
    }
    this.lastIndex = frameIndex;
    grabFrame(this.video, this.geometry).then(
      (bitmap) => {
        if (this.stopped) {
          bitmap.close();
          return;
        }
        this.onFrame({ frameIndex, timestamp: metadata.mediaTime, capturedAt: now, bitmap });
      },
      (error: unknown) => {
        if (!this.stopped) {
          this.onError(error);
        }
      },
    );
  }
}
