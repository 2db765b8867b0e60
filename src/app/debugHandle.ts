// Read-only debugging handle for tests and the console: `window.__m2s2lViewer`.
import { displayedError, displayedStatus, useViewerStore, type ViewerStatus } from '../store/viewerStore';
import type { ScoreFeed } from '../store/scoreFeed';
import type { ExecutionProvider } from '../worker/protocol';

export interface ViewerScore {
  frame: number;
  /** Presentation time of the frame in seconds. */
  timestamp: number;
  appearancePsnr: number;
  motionPsnr: number;
  score: number;
  /** Time the worker spent in session.run for this frame, in ms. */
  inferenceMs: number;
}

export interface ViewerDebugHandle {
  /** Scores of the current source in arrival order; emptied when a new source starts. */
  getScores(): ViewerScore[];
  getState(): {
    status: ViewerStatus;
    executionProvider: ExecutionProvider | null;
    droppedFrames: number;
    framesScored: number;
    error: string | null;
  };
}

declare global {
  interface Window {
    __m2s2lViewer?: ViewerDebugHandle;
  }
}

export function installDebugHandle(feed: ScoreFeed): void {
  window.__m2s2lViewer = Object.freeze({
    getScores: () =>
      feed.scores.map(({ frame, timestamp, appearancePsnr, motionPsnr, score, inferenceMs }) => ({
        frame,
        timestamp,
        appearancePsnr,
        motionPsnr,
        score,
        inferenceMs,
      })),
    getState: () => {
      const state = useViewerStore.getState();
      return {
        status: displayedStatus(state),
        executionProvider: state.executionProvider,
        droppedFrames: feed.droppedFrames,
        framesScored: feed.scores.length,
        error: displayedError(state),
      };
    },
  });
}
