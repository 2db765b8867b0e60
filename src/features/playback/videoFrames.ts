// Helpers around an HTMLVideoElement: waiting for the first frame's data, for the next presented
// frame and for a seek, and grabbing the current frame resized to the model input.
import type { FrameGeometry } from '../../lib/modelCard';

/** Thrown when the browser cannot decode a video; `reason` is the browser's detail. */
export class VideoDecodeError extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(`The video could not be decoded: ${reason}`);
    this.name = 'VideoDecodeError';
    this.reason = reason;
  }
}

const MEDIA_ERROR_NAMES: Record<number, string> = {
  1: 'MEDIA_ERR_ABORTED',
  2: 'MEDIA_ERR_NETWORK',
  3: 'MEDIA_ERR_DECODE',
  4: 'MEDIA_ERR_SRC_NOT_SUPPORTED',
};

export function describeMediaError(video: HTMLVideoElement): string {
  const error = video.error;
  if (!error) {
    return 'unknown error';
  }
  const name = MEDIA_ERROR_NAMES[error.code] ?? `code ${error.code}`;
  return error.message ? `${name}: ${error.message}` : name;
}

/**
 * Resolves once the video has data for its current frame (`loadeddata`); rejects with
 * VideoDecodeError on an `error` event or when nothing loads within `timeoutMs`.
 */
export function waitForFirstFrameData(video: HTMLVideoElement, signal: AbortSignal, timeoutMs = 10_000): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const listeners = new AbortController();
    const options = { signal: AbortSignal.any([signal, listeners.signal]) };
    const timer = setTimeout(() => {
      listeners.abort();
      reject(new VideoDecodeError(`no frame data after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const finish = (error: unknown) => {
      clearTimeout(timer);
      listeners.abort();
      if (error === null) {
        resolve();
      } else {
        reject(error);
      }
    };
    video.addEventListener('loadeddata', () => finish(null), options);
    video.addEventListener('error', () => finish(new VideoDecodeError(describeMediaError(video))), options);
    signal.addEventListener('abort', () => finish(signal.reason), { once: true });
  });
}

/** Resolves with the metadata of the next presented frame, or null after `timeoutMs`. */
export function nextVideoFrame(
  video: HTMLVideoElement,
  timeoutMs: number,
): Promise<VideoFrameCallbackMetadata | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      video.cancelVideoFrameCallback(handle);
      resolve(null);
    }, timeoutMs);
    const handle = video.requestVideoFrameCallback((_now, metadata) => {
      clearTimeout(timer);
      resolve(metadata);
    });
  });
}

const SEEK_TIMEOUT_MS = 10_000;
/** After `seeked`, how long to wait for the new frame's callback (none comes if the frame did not change). */
const FRAME_AFTER_SEEK_TIMEOUT_MS = 300;

/** Seeks a paused video and resolves with the media time of the frame then shown. */
export async function seekTo(video: HTMLVideoElement, time: number): Promise<number> {
  const shown: { metadata: VideoFrameCallbackMetadata | null } = { metadata: null };
  const handle = video.requestVideoFrameCallback((_now, metadata) => {
    shown.metadata = metadata;
  });
  try {
    await waitForSeeked(video, time);
    if (shown.metadata === null) {
      shown.metadata = await nextVideoFrame(video, FRAME_AFTER_SEEK_TIMEOUT_MS);
    }
  } finally {
    video.cancelVideoFrameCallback(handle);
  }
  return shown.metadata?.mediaTime ?? video.currentTime;
}

function waitForSeeked(video: HTMLVideoElement, time: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Seeking to ${time.toFixed(3)} s timed out.`)), SEEK_TIMEOUT_MS);
    video.addEventListener(
      'seeked',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    video.currentTime = time;
  });
}

/** Grabs the video's current frame, stretched to the model's width and height. */
export function grabFrame(video: HTMLVideoElement, geometry: FrameGeometry): Promise<ImageBitmap> {
  return createImageBitmap(video, {
    resizeWidth: geometry.width,
    resizeHeight: geometry.height,
    resizeQuality: 'medium',
  });
}
