import { describe, expect, it } from 'vitest';
import { FrameRingBuffer, concatFrames } from './frameRingBuffer';

const OFFSETS = [-3, -1];

function frame(value: number): Float32Array {
  return new Float32Array([value, value]);
}

function bufferWithFrames(indices: number[]): FrameRingBuffer {
  const buffer = new FrameRingBuffer(2, OFFSETS);
  for (const index of indices) {
    buffer.put(index, frame(index));
  }
  return buffer;
}

describe('FrameRingBuffer', () => {
  it('holds the oldest offset, the target and the spare slots', () => {
    expect(new FrameRingBuffer(2, OFFSETS, 2).capacity).toBe(6);
  });

  it('returns the input frames in offset order', () => {
    const input = bufferWithFrames([0, 1, 2, 3]).modelInput(3);
    expect(Array.from(input ?? [])).toEqual([0, 0, 2, 2]);
  });

  it('returns null before the history is complete', () => {
    expect(bufferWithFrames([0, 1, 2]).modelInput(2)).toBeNull();
  });

  it('returns null when an offset frame is missing', () => {
    expect(bufferWithFrames([1, 2, 3]).modelInput(3)).toBeNull();
  });

  it('does not need frames between the offsets', () => {
    expect(bufferWithFrames([0, 2, 3]).modelInput(3)).not.toBeNull();
  });

  it('returns null when the target frame is missing', () => {
    expect(bufferWithFrames([0, 1, 2]).modelInput(3)).toBeNull();
  });

  it('returns null when frame t-1 is missing', () => {
    const buffer = new FrameRingBuffer(2, [-3, -2]);
    for (const index of [0, 1, 3]) {
      buffer.put(index, frame(index));
    }
    expect(buffer.frameWindow(3)).toBeNull();
  });

  it('gives the current and previous frames in the window', () => {
    const window = bufferWithFrames([0, 1, 2, 3]).frameWindow(3);
    expect([window?.current[0], window?.previous[0]]).toEqual([3, 2]);
  });

  it('forgets frames replaced by newer ones in the same slot', () => {
    const buffer = bufferWithFrames([0, 1, 2, 3, 4, 5, 6]);
    expect(buffer.get(0)).toBeNull();
  });

  it('keeps windows built before a frame was replaced', () => {
    const buffer = bufferWithFrames([0, 1, 2, 3]);
    const window = buffer.frameWindow(3);
    buffer.put(6, frame(6));
    expect(window?.inputFrames[0][0]).toBe(0);
  });

  it('rejects a frame of the wrong size', () => {
    expect(() => new FrameRingBuffer(2, OFFSETS).put(0, new Float32Array(3))).toThrow(/3 values, expected 2/);
  });

  it('rejects a negative frame index', () => {
    expect(() => new FrameRingBuffer(2, OFFSETS).put(-1, frame(0))).toThrow(/non-negative integer/);
  });

  it('rejects non-negative offsets', () => {
    expect(() => new FrameRingBuffer(2, [-1, 0])).toThrow(/must be negative integers/);
  });

  it('is empty after clear', () => {
    const buffer = bufferWithFrames([0, 1, 2, 3]);
    buffer.clear();
    expect(buffer.modelInput(3)).toBeNull();
  });
});

describe('concatFrames', () => {
  it('joins frames time-major', () => {
    expect(Array.from(concatFrames([frame(1), frame(2)]))).toEqual([1, 1, 2, 2]);
  });
});
