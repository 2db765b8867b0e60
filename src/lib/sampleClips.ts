// The bundled sample clips: `samples/index.json` lists them, and each clip's sidecar JSON carries
// its title, citation, frame rate and per-frame anomaly labels (index 0 is the first frame).
import { FieldReader, JsonFieldError, isJsonObject } from './jsonFields';

export interface SampleClipEntry {
  id: string;
  /** Video file name, relative to the index. */
  video: string;
  /** Sidecar file name, relative to the index. */
  meta: string;
}

export interface SampleIndex {
  defaultId: string;
  clips: SampleClipEntry[];
}

export interface ClipMeta {
  title: string;
  citation: string;
  fps: number;
  frameCount: number;
  /** 0 (normal) or 1 (anomalous) per frame; null when the clip has no labels. */
  labels: number[] | null;
}

export function parseSampleIndex(json: unknown): SampleIndex {
  const document = 'sample index';
  const root = FieldReader.fromRoot(document, json);
  const clips = root.array('clips').map((item, i) => {
    if (!isJsonObject(item)) {
      throw new JsonFieldError(document, `clips[${i}]`, item, 'an object');
    }
    const reader = new FieldReader(document, item, `clips[${i}].`);
    return { id: reader.string('id'), video: reader.string('video'), meta: reader.string('meta') };
  });
  const defaultId = root.string('default');
  if (!clips.some((clip) => clip.id === defaultId)) {
    root.fail('default', `the id of one of the clips (${clips.map((clip) => clip.id).join(', ') || 'none listed'})`);
  }
  return { defaultId, clips };
}

export function parseClipMeta(json: unknown): ClipMeta {
  const root = FieldReader.fromRoot('sample clip sidecar', json);
  const frameCount = root.number('frame_count', { integer: true, min: 1 });
  let labels: number[] | null = null;
  if (root.has('labels')) {
    labels = root.numberArray('labels', frameCount, { integer: true, min: 0, max: 1 });
  }
  return {
    title: root.string('title'),
    citation: root.string('citation'),
    fps: root.number('fps', { above: 0 }),
    frameCount,
    labels,
  };
}
