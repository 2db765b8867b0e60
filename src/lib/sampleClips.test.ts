import { describe, expect, it } from 'vitest';
import { parseClipMeta, parseSampleIndex } from './sampleClips';

describe('parseSampleIndex', () => {
  const index = { default: 'b', clips: [{ id: 'a', video: 'a.mp4', meta: 'a.json' }, { id: 'b', video: 'b.mp4', meta: 'b.json' }] };

  it('reads the default id', () => {
    expect(parseSampleIndex(index).defaultId).toBe('b');
  });

  it('rejects a default id that no clip has', () => {
    expect(() => parseSampleIndex({ ...index, default: 'c' })).toThrow(/"default" is "c", expected the id of one of the clips \(a, b\)/);
  });

  it('rejects a clip without a video', () => {
    expect(() => parseSampleIndex({ default: 'a', clips: [{ id: 'a', meta: 'a.json' }] })).toThrow(/"clips\[0\].video" is missing/);
  });
});

describe('parseClipMeta', () => {
  const meta = { title: 'Clip', citation: 'Cite me', fps: 10, frame_count: 3, labels: [0, 1, 1] };

  it('reads the labels', () => {
    expect(parseClipMeta(meta).labels).toEqual([0, 1, 1]);
  });

  it('accepts a clip without labels', () => {
    expect(parseClipMeta({ ...meta, labels: undefined }).labels).toBeNull();
  });

  it('rejects labels of the wrong length', () => {
    expect(() => parseClipMeta({ ...meta, labels: [0, 1] })).toThrow(/"labels" .* expected an array of 3 items/);
  });

  it('rejects a label other than 0 or 1', () => {
    expect(() => parseClipMeta({ ...meta, labels: [0, 2, 1] })).toThrow(/each an integer >= 0 <= 1/);
  });
});
