import { describe, expect, it } from 'vitest';
import { parseTestVector } from './testVector';

// Two 1x1x2 frames: bytes [0, 255] and [51, 102].
function vectorJson(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'm2s2l-test-vector',
    card: 'model.json',
    source: 'unit test',
    width: 2,
    height: 1,
    channels: 1,
    frames_base64: btoa(String.fromCharCode(0, 255, 51, 102)),
    n_frames: 2,
    tolerance: { psnr: 0.01, score: 0.02 },
    expected: [{ frame: 1, appearance_psnr: 31.5, motion_psnr: 36.25, score: -0.5 }],
    ...changes,
  };
}

describe('parseTestVector', () => {
  it('splits the decoded bytes into frames', () => {
    const vector = parseTestVector(vectorJson());
    expect(vector.frames.map((frame) => Array.from(frame))).toEqual([
      [0, 255],
      [51, 102],
    ]);
  });

  it('reads the tolerance', () => {
    expect(parseTestVector(vectorJson()).tolerance).toEqual({ psnr: 0.01, score: 0.02 });
  });

  it('reads the expected frames', () => {
    expect(parseTestVector(vectorJson()).expected).toEqual([
      { frame: 1, appearancePsnr: 31.5, motionPsnr: 36.25, score: -0.5 },
    ]);
  });

  it('rejects an unknown format', () => {
    expect(() => parseTestVector(vectorJson({ format: 'other' }))).toThrow(
      /"format" is "other", expected "m2s2l-test-vector"/,
    );
  });

  it('rejects a byte count that does not match n_frames', () => {
    expect(() => parseTestVector(vectorJson({ n_frames: 3 }))).toThrow(
      /"frames_base64" is "4 bytes", expected n_frames \* channels \* height \* width = 6 bytes/,
    );
  });

  it('rejects invalid base64', () => {
    expect(() => parseTestVector(vectorJson({ frames_base64: 'AA!A' }))).toThrow(/expected valid base64/);
  });

  it('rejects an expected frame outside the vector', () => {
    const expected = [{ frame: 2, appearance_psnr: 1, motion_psnr: 1, score: 0 }];
    expect(() => parseTestVector(vectorJson({ expected }))).toThrow(/"expected\[0\].frame" is 2/);
  });

  it('rejects an empty expected list', () => {
    expect(() => parseTestVector(vectorJson({ expected: [] }))).toThrow(/at least one expected frame/);
  });
});
