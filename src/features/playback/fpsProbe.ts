// Measurement of a video's frame rate by playing it briefly and reading the media times of the
// presented frames, for files that come without a sidecar stating the rate.
import { FALLBACK_FPS, estimateFps } from '../../lib/frameTiming';
import { nextVideoFrame } from './videoFrames';

const PROBE_FRAMES = 8;
const FIRST_FRAME_TIMEOUT_MS = 4000;
const FRAME_TIMEOUT_MS = 1000;

export class NoFramesError extends Error {
  constructor() {
    super('The video started but presented no frame.');
    this.name = 'NoFramesError';
  }
}

/**
 * Plays the video muted for a few frames, pauses it, and returns the estimated frame rate, or
 * FALLBACK_FPS when the media times give no estimate. Throws NoFramesError when no frame appears.
 */
export async function probeFps(video: HTMLVideoElement): Promise<{ fps: number; estimated: boolean }> {
  const mediaTimes: number[] = [];
  video.muted = true;
  await video.play();
  try {
    for (let i = 0; i < PROBE_FRAMES && !video.ended; i++) {
      const metadata = await nextVideoFrame(video, i === 0 ? FIRST_FRAME_TIMEOUT_MS : FRAME_TIMEOUT_MS);
      if (metadata === null) {
        break;
      }
      mediaTimes.push(metadata.mediaTime);
    }
  } finally {
    video.pause();
  }
  if (mediaTimes.length === 0) {
    throw new NoFramesError();
  }
  const fps = estimateFps(mediaTimes);
  return fps === null ? { fps: FALLBACK_FPS, estimated: false } : { fps, estimated: true };
}
