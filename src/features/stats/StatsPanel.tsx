// Live figures of the scoring session: execution provider, speed, latency, frame counts and AUC.
import { displayedStatus, useViewerStore } from '../../store/viewerStore';

function formatNumber(value: number | null, digits: number): string {
  return value === null ? '–' : value.toFixed(digits);
}

export function StatusBadge() {
  const status = useViewerStore(displayedStatus);
  const loadingStage = useViewerStore((state) => state.loadingStage);
  return (
    <div className="status">
      <span className={`status-badge status-${status}`} data-testid="status">
        {status}
      </span>
      {loadingStage && <span className="loading-stage">{loadingStage}…</span>}
    </div>
  );
}

export function StatsPanel() {
  const state = useViewerStore();
  const inferenceFps = state.medianInferenceMs ? 1000 / state.medianInferenceMs : null;
  const threadNote = state.wasmThreads === null ? '' : ` (${state.wasmThreads} thread${state.wasmThreads === 1 ? '' : 's'})`;
  return (
    <dl className="stats">
      <div>
        <dt>Execution provider</dt>
        <dd>
          <span data-testid="execution-provider">{state.executionProvider ?? '–'}</span>
          {threadNote}
        </dd>
        {state.fallbackReason && <p className="stat-note">fallback: {state.fallbackReason}</p>}
      </div>
      <div>
        <dt>Inference FPS</dt>
        <dd>
          <span data-testid="inference-fps">{formatNumber(inferenceFps, 1)}</span>
          <span className="note" data-testid="inference-ms"> {formatNumber(state.medianInferenceMs, 1)} ms/frame median</span>
        </dd>
      </div>
      <div>
        <dt>End-to-end latency</dt>
        <dd data-testid="latency-ms">{formatNumber(state.medianLatencyMs, 0)} ms median</dd>
      </div>
      <div>
        <dt>Frames scored</dt>
        <dd data-testid="frames-scored">{state.framesScored}</dd>
      </div>
      <div>
        <dt>Dropped frames</dt>
        <dd data-testid="dropped-frames">{state.droppedFrames}</dd>
      </div>
      <div>
        <dt>Latest score</dt>
        <dd data-testid="latest-score">{formatNumber(state.latest?.score ?? null, 2)}</dd>
      </div>
      {state.source?.labels && (
        <div>
          <dt>AUC vs labels</dt>
          <dd data-testid="label-auc" title="Frame-level ROC AUC of the live scores against the clip's labels">
            {formatNumber(state.auc, 3)}
          </dd>
          <p className="stat-note">over {state.aucFrames} scored frames</p>
        </div>
      )}
    </dl>
  );
}
