import type { APIRequestContext } from '@playwright/test';

/**
 * Readers for the JSON files the app serves (model card, test vector, sample index and sidecar).
 * The tests read them over HTTP from the preview server, so they check what a browser gets.
 */

/** Model under test; M2S2L_MODEL selects another card in public/models/. */
export const modelName = process.env.M2S2L_MODEL ?? 'm2s2l-lite-ped2';

/** The fields of a model card that the tests use. */
export interface ModelCard {
  name: string;
  test_vector?: string;
  input: { frame_offsets: number[] };
}

/** The fields of a test vector that the tests use. */
export interface TestVector {
  tolerance: { psnr: number; score: number };
  expected: { frame: number; appearance_psnr: number; motion_psnr: number; score: number }[];
}

/** Sidecar of a sample clip (public/samples/NAME.json). */
export interface SampleMeta {
  id: string;
  title: string;
  video: string;
  citation: string;
  fps: number;
  frame_count: number;
  labels: number[];
}

interface SampleIndex {
  default: string;
  clips: { id: string; video: string; meta: string }[];
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  if (!response.ok()) {
    throw new Error(`GET ${url} failed with HTTP ${response.status()}: is the file in public/ and the app built?`);
  }
  return (await response.json()) as T;
}

export function loadModelCard(request: APIRequestContext): Promise<ModelCard> {
  return getJson<ModelCard>(request, `/models/${modelName}.json`);
}

/** Load the test vector that the model card names (a path relative to the card). */
export async function loadTestVector(request: APIRequestContext): Promise<TestVector> {
  const card = await loadModelCard(request);
  if (!card.test_vector) {
    throw new Error(`model card /models/${modelName}.json has no test_vector field`);
  }
  return getJson<TestVector>(request, `/models/${card.test_vector}`);
}

/** Number of leading frames that get no score: -min(frame_offsets). */
export function historyLength(card: ModelCard): number {
  return -Math.min(...card.input.frame_offsets);
}

/** Load the default sample clip's sidecar and the URL of its video. */
export async function loadDefaultSample(
  request: APIRequestContext,
): Promise<{ meta: SampleMeta; videoUrl: string }> {
  const index = await getJson<SampleIndex>(request, '/samples/index.json');
  const entry = index.clips.find((clip) => clip.id === index.default);
  if (!entry) {
    throw new Error(`/samples/index.json names default "${index.default}" but lists no clip with that id`);
  }
  const meta = await getJson<SampleMeta>(request, `/samples/${entry.meta}`);
  return { meta, videoUrl: `/samples/${entry.video}` };
}
