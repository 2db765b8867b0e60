// The inference worker: owns the onnxruntime-web session and scores the frames the page sends.
//
// onnxruntime-web starts its WASM threads as workers named "em-pthread…" from the script that
// contains its bundle, which in a Vite build can be this very script. Those workers must not
// install the app's message handler, or they would swallow onnxruntime's own messages.
import type { ModelCard } from '../lib/modelCard';
import { ModelSession } from './modelSession';
import { chooseProvider, loadOrt } from './ortRuntime';
import type { ExecutionProvider, ProviderRequest, WorkerRequest, WorkerResponse } from './protocol';
import { ScoringEngine } from './scoringEngine';

declare const self: DedicatedWorkerGlobalScope;

const isOnnxRuntimeThread = self.name?.startsWith('em-pthread') ?? false;

let engine: ScoringEngine | null = null;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function fetchModelBytes(modelUrl: string): Promise<Uint8Array> {
  const response = await fetch(modelUrl);
  const contentType = response.headers.get('content-type') ?? '';
  if (!response.ok || contentType.startsWith('text/html')) {
    const status = response.ok ? `an HTML page (${contentType})` : `HTTP ${response.status} ${response.statusText}`;
    throw new Error(`Model file ${modelUrl} was not found: the server returned ${status}. Check "model_file" in the card.`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function createSession(
  provider: ExecutionProvider,
  adapter: unknown,
  wasmThreads: number,
  modelBytes: Uint8Array,
  card: ModelCard,
): Promise<ModelSession> {
  post({ type: 'loading', stage: `loading onnxruntime-web (${provider})` });
  const ort = await loadOrt(provider, wasmThreads, adapter);
  post({ type: 'loading', stage: `creating the ${provider} session` });
  return ModelSession.create(ort, provider, modelBytes, card);
}

async function initialise(card: ModelCard, modelUrl: string, request: ProviderRequest, wasmThreads: number) {
  console.info(`[worker] loading model "${card.name}" from ${modelUrl}, execution provider request: ${request}`);
  post({ type: 'loading', stage: 'choosing the execution provider' });
  const choice = await chooseProvider(request);
  let provider = choice.provider;
  let fallbackReason = choice.fallbackReason;

  post({ type: 'loading', stage: 'downloading the model' });
  const modelBytes = await fetchModelBytes(modelUrl);

  let session: ModelSession;
  try {
    session = await createSession(provider, choice.adapter, wasmThreads, modelBytes, card);
  } catch (error) {
    if (provider !== 'webgpu' || request !== 'auto') {
      throw error;
    }
    fallbackReason = `the WebGPU session failed: ${errorText(error)}`;
    console.info(`[worker] falling back from WebGPU to WASM because ${fallbackReason}`);
    provider = 'wasm';
    session = await createSession(provider, null, wasmThreads, modelBytes, card);
  }
  if (fallbackReason) {
    console.info(`[worker] using WASM instead of WebGPU: ${fallbackReason}`);
  }

  post({ type: 'loading', stage: 'warming up' });
  const warmupMs = await session.warmUp();
  // onnxruntime-web runs a single WASM thread when the page is not cross-origin isolated.
  let threads: number | null = null;
  if (provider === 'wasm') {
    threads = self.crossOriginIsolated ? wasmThreads : 1;
  }
  console.info(
    `[worker] ready: execution provider ${provider}` +
      (threads === null ? '' : `, ${threads} WASM thread(s)`) +
      `, warm-up ${warmupMs.toFixed(0)} ms`,
  );
  engine = new ScoringEngine(card, session, post);
  post({ type: 'ready', executionProvider: provider, fallbackReason, wasmThreads: threads, warmupMs });
}

function handleRequest(request: WorkerRequest): void {
  switch (request.type) {
    case 'init':
      initialise(request.card, request.modelUrl, request.provider, request.wasmThreads).catch((error: unknown) => {
        console.error('[worker] model initialisation failed:', error);
        post({ type: 'error', message: errorText(error), fatal: true, sourceId: null, frameIndex: null });
      });
      return;
    case 'start-source':
      engine?.startSource(request.sourceId, request.mode);
      return;
    case 'stop-source':
      engine?.stopSource(request.sourceId);
      return;
    case 'frame':
      if (!engine) {
        if (request.pixels.kind === 'bitmap') {
          request.pixels.bitmap.close();
        }
        return;
      }
      try {
        engine.acceptFrame(request);
      } catch (error) {
        const message = `Frame ${request.frameIndex} was rejected: ${errorText(error)}`;
        console.error(`[worker] ${message}`);
        post({ type: 'error', message, fatal: false, sourceId: request.sourceId, frameIndex: request.frameIndex });
      }
      return;
  }
}

if (!isOnnxRuntimeThread) {
  self.onmessage = (event: MessageEvent<WorkerRequest>) => handleRequest(event.data);
}
