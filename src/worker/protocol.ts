// Messages between the page and the inference worker. Both sides import these types, so a change
// to the protocol fails the type check on whichever side was not updated.
import type { ScoringMode } from '../lib/frameScheduler';
import type { ModelCard } from '../lib/modelCard';

export type ExecutionProvider = 'webgpu' | 'wasm';
/** "auto" tries WebGPU when an adapter exists and falls back to WASM. */
export type ProviderRequest = 'auto' | ExecutionProvider;

/** Identification and timing that every frame carries through the pipeline. */
export interface FrameMeta {
  /** Source the frame belongs to; results for an older source are ignored. */
  sourceId: number;
  frameIndex: number;
  /** Presentation time of the frame in seconds (the video's media time). */
  timestamp: number;
  /** Page clock (performance.now(), ms) when the frame was captured, for end-to-end latency. */
  capturedAt: number;
}

/** A frame already resized to the model input; the worker converts it to the card's colour mode. */
export interface BitmapPixels {
  kind: 'bitmap';
  bitmap: ImageBitmap;
}

/** A frame already converted and resized: channels * height * width bytes in CHW order. */
export interface RawPixels {
  kind: 'raw';
  data: Uint8Array;
  channels: number;
  height: number;
  width: number;
}

export type WorkerRequest =
  | {
      type: 'init';
      card: ModelCard;
      modelUrl: string;
      provider: ProviderRequest;
      /** WASM threads; used only when the WASM execution provider runs. */
      wasmThreads: number;
    }
  | { type: 'start-source'; sourceId: number; mode: ScoringMode }
  | { type: 'stop-source'; sourceId: number }
  | ({ type: 'frame'; pixels: BitmapPixels | RawPixels } & FrameMeta);

export interface FrameMetrics {
  appearancePsnr: number;
  motionPsnr: number;
  appearanceZ: number;
  motionZ: number;
  /** -(w_a z_a), the appearance part of the raw score. */
  appearancePart: number;
  /** -(w_m z_m), the motion part of the raw score. */
  motionPart: number;
  raw: number;
  /** Smoothed live score; higher means more anomalous. */
  score: number;
}

export type UnscoredReason =
  /** A frame at one of the card's offsets, or frame t-1, has not arrived. */
  | 'history-incomplete'
  /** A newer frame arrived while this one waited (live mode). */
  | 'dropped';

export type WorkerResponse =
  | { type: 'loading'; stage: string }
  | {
      type: 'ready';
      executionProvider: ExecutionProvider;
      /** Reason that WebGPU was not used, when the request was "auto" and WASM runs. */
      fallbackReason: string | null;
      /** WASM threads in use, or null when WebGPU runs. */
      wasmThreads: number | null;
      warmupMs: number;
    }
  | ({ type: 'scored'; metrics: FrameMetrics; inferenceMs: number } & FrameMeta)
  | ({ type: 'unscored'; reason: UnscoredReason } & FrameMeta)
  | {
      type: 'error';
      message: string;
      /** True when the worker cannot score any more frames (model load failed). */
      fatal: boolean;
      sourceId: number | null;
      frameIndex: number | null;
    };
