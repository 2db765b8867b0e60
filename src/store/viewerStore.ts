// Session state of the viewer page (zustand). Per-frame data does not pass through here one frame
// at a time: the score feed batches it and publishes at most about ten times a second.
import { create } from 'zustand';
import type { ModelCard } from '../lib/modelCard';
import type { FrameRange } from '../lib/labelRanges';
import type { ExecutionProvider } from '../worker/protocol';

/** Values that the `status` test hook shows. */
export type ViewerStatus = 'loading-model' | 'ready' | 'playing' | 'analysing' | 'done' | 'error';

export type SourceKind = 'file' | 'sample' | 'webcam';

export interface SourceInfo {
  kind: SourceKind;
  name: string;
  citation: string | null;
  labels: number[] | null;
  labelRanges: FrameRange[];
  /** Frame rate from a sidecar or an estimate; null until known. */
  fps: number | null;
  frameCount: number | null;
}

export interface ChartPoint {
  frame: number;
  score: number;
  appearancePart: number;
  motionPart: number;
}

export interface ViewerState {
  /** Activity without errors; `status` in the page is "error" while an error is shown. */
  activity: Exclude<ViewerStatus, 'error'>;
  loadingStage: string | null;
  card: ModelCard | null;
  executionProvider: ExecutionProvider | null;
  fallbackReason: string | null;
  wasmThreads: number | null;
  modelError: string | null;
  sourceError: string | null;
  source: SourceInfo | null;
  /** True when the current source could not be loaded or decoded, which disables whole-file analysis. */
  sourceLoadFailed: boolean;
  /** Information about the current source that is not an error, such as files left out of a drop. */
  sourceNotice: string | null;
  analysisProgress: { current: number; total: number } | null;
  framesScored: number;
  droppedFrames: number;
  medianInferenceMs: number | null;
  medianLatencyMs: number | null;
  /** Frame-level ROC AUC of the scores against the source's labels, when both classes occur. */
  auc: number | null;
  /** Scored frames that have a label, the sample size behind `auc`. */
  aucFrames: number;
  chartPoints: ChartPoint[];
  latest: ChartPoint | null;
  showAppearance: boolean;
  showMotion: boolean;
}

export const initialViewerState: ViewerState = {
  activity: 'loading-model',
  loadingStage: null,
  card: null,
  executionProvider: null,
  fallbackReason: null,
  wasmThreads: null,
  modelError: null,
  sourceError: null,
  source: null,
  sourceLoadFailed: false,
  sourceNotice: null,
  analysisProgress: null,
  framesScored: 0,
  droppedFrames: 0,
  medianInferenceMs: null,
  medianLatencyMs: null,
  auc: null,
  aucFrames: 0,
  chartPoints: [],
  latest: null,
  showAppearance: false,
  showMotion: false,
};

export const useViewerStore = create<ViewerState>()(() => initialViewerState);

export function displayedError(state: Pick<ViewerState, 'sourceError' | 'modelError'>): string | null {
  return state.sourceError ?? state.modelError;
}

export function displayedStatus(state: ViewerState): ViewerStatus {
  return displayedError(state) === null ? state.activity : 'error';
}
