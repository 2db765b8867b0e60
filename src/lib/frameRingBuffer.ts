// Fixed-size store of the most recent frames, keyed by frame index, that assembles the model
// input for a target frame from the frames at the card's offsets.

export interface FrameWindow {
  /** Frames at t + offset, in the order of the offsets. */
  inputFrames: Float32Array[];
  current: Float32Array;
  previous: Float32Array;
}

export class FrameRingBuffer {
  private readonly frameSize: number;
  private readonly offsets: readonly number[];
  private readonly indices: number[];
  private readonly frames: (Float32Array | null)[];

  /**
   * @param frameSize values per frame (channels * height * width)
   * @param offsets offsets from the target frame, oldest first, all negative
   * @param spare extra slots beyond the oldest offset and the target frame
   */
  constructor(frameSize: number, offsets: readonly number[], spare = 2) {
    if (offsets.length === 0 || offsets.some((offset) => !Number.isInteger(offset) || offset >= 0)) {
      throw new Error(`FrameRingBuffer: offsets ${JSON.stringify(offsets)} must be negative integers.`);
    }
    this.frameSize = frameSize;
    this.offsets = offsets;
    const capacity = -Math.min(...offsets) + 1 + spare;
    this.indices = new Array<number>(capacity).fill(-1);
    this.frames = new Array<Float32Array | null>(capacity).fill(null);
  }

  get capacity(): number {
    return this.indices.length;
  }

  /** Stores a frame, replacing the frame `capacity` indices older that shared its slot. */
  put(frameIndex: number, frame: Float32Array): void {
    if (!Number.isInteger(frameIndex) || frameIndex < 0) {
      throw new Error(`FrameRingBuffer.put: frame index ${frameIndex} must be a non-negative integer.`);
    }
    if (frame.length !== this.frameSize) {
      throw new Error(`FrameRingBuffer.put: frame has ${frame.length} values, expected ${this.frameSize}.`);
    }
    const slot = frameIndex % this.capacity;
    this.indices[slot] = frameIndex;
    this.frames[slot] = frame;
  }

  /** Returns the stored frame with this index, or null when it was never stored or was replaced. */
  get(frameIndex: number): Float32Array | null {
    if (!Number.isInteger(frameIndex) || frameIndex < 0) {
      return null;
    }
    const slot = frameIndex % this.capacity;
    return this.indices[slot] === frameIndex ? this.frames[slot] : null;
  }

  /**
   * Returns the frames needed to score frame t: the frames at t + offset in offset order, frame t
   * and frame t-1. Returns null when any of them is missing. The returned arrays are the stored
   * ones, so they stay valid after the buffer replaces them.
   */
  frameWindow(t: number): FrameWindow | null {
    const current = this.get(t);
    const previous = this.get(t - 1);
    if (current === null || previous === null) {
      return null;
    }
    const inputFrames: Float32Array[] = [];
    for (const offset of this.offsets) {
      const frame = this.get(t + offset);
      if (frame === null) {
        return null;
      }
      inputFrames.push(frame);
    }
    return { inputFrames, current, previous };
  }

  /** Returns the model input for frame t, or null when its history is incomplete. */
  modelInput(t: number): Float32Array | null {
    const window = this.frameWindow(t);
    return window === null ? null : concatFrames(window.inputFrames);
  }

  clear(): void {
    this.indices.fill(-1);
    this.frames.fill(null);
  }
}

/** Concatenates equally sized frames into one model input (time-major). */
export function concatFrames(frames: readonly Float32Array[]): Float32Array {
  const frameSize = frames.length > 0 ? frames[0].length : 0;
  const input = new Float32Array(frames.length * frameSize);
  frames.forEach((frame, i) => input.set(frame, i * frameSize));
  return input;
}
