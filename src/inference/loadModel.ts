// Loading of the model card named by the page URL and start of the worker session for it.
import { parseModelCard, resolveCardRelative, type ModelCard } from '../lib/modelCard';
import type { ProviderRequest } from '../worker/protocol';
import { fetchJson } from './fetchJson';
import type { InferenceClient, ReadyMessage } from './inferenceClient';

/** The bundled model's card; `?model=URL-of-card` replaces it. */
export const DEFAULT_CARD_PATH = `${import.meta.env.BASE_URL}models/m2s2l-lite-ped2.json`;

/** Threads of the WASM execution provider; two leave the page and the video decoder some CPU on a small laptop. */
export const WASM_THREADS = 2;

export interface LoadedModel {
  card: ModelCard;
  cardUrl: string;
  ready: ReadyMessage;
}

export async function loadModelCard(cardUrl: string): Promise<ModelCard> {
  const json = await fetchJson(cardUrl, 'model card');
  try {
    return parseModelCard(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason} (card: ${cardUrl})`);
  }
}

export async function loadModel(
  client: InferenceClient,
  cardUrl: string,
  provider: ProviderRequest,
  onCard: (card: ModelCard) => void = () => {},
): Promise<LoadedModel> {
  const card = await loadModelCard(cardUrl);
  onCard(card);
  const modelUrl = resolveCardRelative(cardUrl, card.modelFile);
  const ready = await client.init(card, modelUrl, provider, WASM_THREADS);
  return { card, cardUrl, ready };
}
