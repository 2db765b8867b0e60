// The page's side of the inference worker: a typed wrapper around postMessage that starts the
// worker, initialises the model, numbers sources and lets callers wait for one frame's result.
import type { ScoringMode } from '../lib/frameScheduler';
import type { ModelCard } from '../lib/modelCard';
import type { FrameMeta, ProviderRequest, RawPixels, WorkerRequest, WorkerResponse } from '../worker/protocol';

export type ReadyMessage = Extract<WorkerResponse, { type: 'ready' }>;
export type FrameOutcome = Extract<WorkerResponse, { type: 'scored' | 'unscored' | 'error' }>;
type Listener = (message: WorkerResponse) => void;

export class InferenceClient {
  private readonly worker: Worker;
  private readonly listeners = new Set<Listener>();
  private readonly frameWaiters = new Map<string, (outcome: FrameOutcome) => void>();
  private nextSourceId = 1;
  private ready: ReadyMessage | null = null;

  constructor() {
    this.worker = new Worker(new URL('../worker/inference.worker.ts', import.meta.url), {
      type: 'module',
      name: 'm2s2l-inference',
    });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.dispatch(event.data);
    this.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.dispatch({
        type: 'error',
        message: `The inference worker failed: ${event.message || 'the script could not be loaded'}.`,
        fatal: true,
        sourceId: null,
        frameIndex: null,
      });
    };
  }

  get readyMessage(): ReadyMessage | null {
    return this.ready;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the model in the worker; resolves when the session is warm, rejects on a fatal error. */
  init(card: ModelCard, modelUrl: string, provider: ProviderRequest, wasmThreads: number): Promise<ReadyMessage> {
    return new Promise((resolve, reject) => {
      const unsubscribe = this.subscribe((message) => {
        if (message.type === 'ready') {
          unsubscribe();
          resolve(message);
        } else if (message.type === 'error' && message.fatal) {
          unsubscribe();
          reject(new Error(message.message));
        }
      });
      this.send({ type: 'init', card, modelUrl, provider, wasmThreads });
    });
  }

  /** Starts a new source in the worker (clearing its frame history) and returns its id. */
  startSource(mode: ScoringMode): number {
    const sourceId = this.nextSourceId++;
    this.send({ type: 'start-source', sourceId, mode });
    return sourceId;
  }

  stopSource(sourceId: number): void {
    this.send({ type: 'stop-source', sourceId });
  }

  /** Sends a frame already resized to the model input; the bitmap is transferred, not copied. */
  sendBitmap(meta: FrameMeta, bitmap: ImageBitmap): void {
    this.send({ type: 'frame', ...meta, pixels: { kind: 'bitmap', bitmap } }, [bitmap]);
  }

  /** Sends pre-converted CHW bytes; the bytes are copied once so the caller's array stays usable. */
  sendRaw(meta: FrameMeta, pixels: RawPixels): void {
    const data = pixels.data.slice();
    this.send({ type: 'frame', ...meta, pixels: { ...pixels, data } }, [data.buffer]);
  }

  /** Resolves with the worker's outcome for one frame: scored, unscored, or an error. */
  waitForFrame(sourceId: number, frameIndex: number): Promise<FrameOutcome> {
    return new Promise((resolve) => this.frameWaiters.set(`${sourceId}:${frameIndex}`, resolve));
  }

  terminate(): void {
    this.worker.terminate();
    this.listeners.clear();
    this.frameWaiters.clear();
  }

  private send(request: WorkerRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(request, transfer);
  }

  private dispatch(message: WorkerResponse): void {
    if (message.type === 'ready') {
      this.ready = message;
    }
    if (message.type === 'scored' || message.type === 'unscored' || message.type === 'error') {
      const key = `${message.sourceId}:${message.frameIndex}`;
      const waiter = this.frameWaiters.get(key);
      if (waiter) {
        this.frameWaiters.delete(key);
        waiter(message);
      }
    }
    for (const listener of this.listeners) {
      listener(message);
    }
  }
}
