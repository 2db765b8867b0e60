// Loading of the onnxruntime-web bundle for the chosen execution provider. Each bundle is
// imported dynamically, so only the chosen one is downloaded, and its .wasm file is served from
// this app's own build (the `?url` imports) instead of a CDN.
import type * as Ort from 'onnxruntime-web';
import webgpuWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { ExecutionProvider, ProviderRequest } from './protocol';

export type OrtModule = typeof Ort;

interface GpuLike {
  requestAdapter(): Promise<unknown>;
}

export interface ProviderChoice {
  provider: ExecutionProvider;
  /** The WebGPU adapter, when WebGPU was chosen. */
  adapter: unknown;
  /** Reason that WASM runs although the request was "auto". */
  fallbackReason: string | null;
}

async function requestWebGpuAdapter(): Promise<unknown> {
  const gpu = (navigator as unknown as { gpu?: GpuLike }).gpu;
  if (!gpu) {
    return null;
  }
  try {
    return await gpu.requestAdapter();
  } catch (error) {
    console.info('[worker] navigator.gpu.requestAdapter() failed:', error);
    return null;
  }
}

export async function chooseProvider(request: ProviderRequest): Promise<ProviderChoice> {
  if (request === 'wasm') {
    return { provider: 'wasm', adapter: null, fallbackReason: null };
  }
  const adapter = await requestWebGpuAdapter();
  if (adapter) {
    return { provider: 'webgpu', adapter, fallbackReason: null };
  }
  if (request === 'webgpu') {
    throw new Error(
      'WebGPU was requested (?ep=webgpu), but navigator.gpu.requestAdapter() returned no adapter in this browser. ' +
        'Use a browser with WebGPU enabled, or open the page with ?ep=wasm.',
    );
  }
  return { provider: 'wasm', adapter: null, fallbackReason: 'no WebGPU adapter in this browser' };
}

export async function loadOrt(provider: ExecutionProvider, wasmThreads: number, adapter: unknown): Promise<OrtModule> {
  // WASM always comes from the dedicated bundle, because the WASM backend inside the WebGPU
  // bundle (an asyncify build) is slower. NOTE: "about 2x" is an estimate, not measured with 1.31.
  const ort: OrtModule =
    provider === 'webgpu' ? await import('onnxruntime-web/webgpu') : await import('onnxruntime-web/wasm');
  ort.env.logLevel = 'warning';
  ort.env.wasm.proxy = false;
  ort.env.wasm.numThreads = wasmThreads;
  ort.env.wasm.wasmPaths = { wasm: provider === 'webgpu' ? webgpuWasmUrl : wasmUrl };
  if (provider === 'webgpu' && adapter) {
    (ort.env.webgpu as { adapter?: unknown }).adapter = adapter;
  }
  return ort;
}
