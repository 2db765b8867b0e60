// Loading of the default sample clip: `samples/index.json` names it, its sidecar describes it.
import { fetchJson } from '../../inference/fetchJson';
import { parseClipMeta, parseSampleIndex, type ClipMeta } from '../../lib/sampleClips';

export interface SampleClip {
  id: string;
  videoUrl: string;
  meta: ClipMeta;
}

export const SAMPLE_INDEX_PATH = `${import.meta.env.BASE_URL}samples/index.json`;

export async function loadDefaultSampleClip(indexUrl = new URL(SAMPLE_INDEX_PATH, location.href).href): Promise<SampleClip> {
  const index = parseSampleIndex(await fetchJson(indexUrl, 'sample clip index'));
  const entry = index.clips.find((clip) => clip.id === index.defaultId);
  if (!entry) {
    throw new Error(`The sample clip index at ${indexUrl} lists no clip with the default id "${index.defaultId}".`);
  }
  const metaUrl = new URL(entry.meta, indexUrl).href;
  const meta = parseClipMeta(await fetchJson(metaUrl, `sidecar of sample clip "${entry.id}"`));
  return { id: entry.id, videoUrl: new URL(entry.video, indexUrl).href, meta };
}
