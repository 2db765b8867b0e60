// Options read from the page URL: `?model=URL-of-card` picks the model card and
// `?ep=wasm|webgpu` forces the execution provider.
import type { ProviderRequest } from '../worker/protocol';

export interface PageOptions {
  /** Absolute URL of the model card. */
  cardUrl: string;
  provider: ProviderRequest;
}

/**
 * Parses the query string of `pageUrl`; relative card URLs resolve against the page.
 * Throws when `ep` has a value other than "wasm" or "webgpu".
 */
export function parsePageOptions(pageUrl: string, defaultCardPath: string): PageOptions {
  const url = new URL(pageUrl);
  const cardParameter = url.searchParams.get('model');
  const cardUrl = new URL(cardParameter || defaultCardPath, url).href;

  const ep = url.searchParams.get('ep');
  if (ep !== null && ep !== 'wasm' && ep !== 'webgpu') {
    throw new Error(`Invalid URL parameter ep=${JSON.stringify(ep)}: expected "wasm" or "webgpu", or leave it out.`);
  }
  return { cardUrl, provider: ep ?? 'auto' };
}
