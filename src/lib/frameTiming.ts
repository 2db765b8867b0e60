// Frame rate and frame index from video media times (requestVideoFrameCallback's mediaTime).

/** Frame rate assumed when a video gives no usable timing. */
export const FALLBACK_FPS = 25;

/**
 * Estimates the frame rate from consecutive media times, as 1 / the median positive step.
 * Returns null when fewer than two increasing media times are given.
 */
export function estimateFps(mediaTimes: readonly number[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < mediaTimes.length; i++) {
    const step = mediaTimes[i] - mediaTimes[i - 1];
    if (step > 0) {
      steps.push(step);
    }
  }
  if (steps.length === 0) {
    return null;
  }
  steps.sort((a, b) => a - b);
  const middle = Math.floor(steps.length / 2);
  const medianStep = steps.length % 2 === 1 ? steps[middle] : (steps[middle - 1] + steps[middle]) / 2;
  return 1 / medianStep;
}

/** Index of the frame shown at `mediaTime`, for frames starting at i / fps. */
export function frameIndexAt(mediaTime: number, fps: number): number {
  return Math.max(0, Math.round(mediaTime * fps));
}

/** Seek time for frame i: the middle of its display interval, (i + 0.5) / fps. */
export function seekTimeFor(frameIndex: number, fps: number): number {
  return (frameIndex + 0.5) / fps;
}

/** Frames in a video of `durationSeconds` at `fps`, rounding away float error in the duration. */
export function frameCountFor(durationSeconds: number, fps: number): number {
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) {
    return 0;
  }
  return Math.round(durationSeconds * fps);
}
