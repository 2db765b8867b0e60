// Buttons that choose the video source, and the whole-file analysis button with its progress.
import type { ChangeEvent } from 'react';
import type { ViewerController } from '../../app/viewerController';
import { useViewerStore } from '../../store/viewerStore';

export function SourceControls({ controller }: { controller: ViewerController }) {
  const source = useViewerStore((state) => state.source);
  const modelReady = useViewerStore((state) => state.executionProvider !== null);
  const activity = useViewerStore((state) => state.activity);
  const progress = useViewerStore((state) => state.analysisProgress);
  const sourceLoadFailed = useViewerStore((state) => state.sourceLoadFailed);
  const canAnalyse =
    modelReady && source !== null && source.kind !== 'webcam' && !sourceLoadFailed && activity !== 'analysing';

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so that choosing the same file again fires another change event.
    event.target.value = '';
    if (file) {
      void controller.loadFile(file);
    }
  };

  return (
    <div className="source-controls">
      <button type="button" data-testid="load-sample" onClick={() => void controller.loadSample()}>
        Load sample clip
      </button>
      <label className="button">
        Open video file…
        <input
          className="visually-hidden"
          type="file"
          accept="video/*,.avi,.mkv,.mov,.m4v"
          data-testid="file-input"
          onChange={onFileChosen}
        />
      </label>
      <button type="button" data-testid="connect-webcam" onClick={() => void controller.connectWebcam()}>
        Connect webcam
      </button>
      <button
        type="button"
        data-testid="analyse-file"
        disabled={!canAnalyse}
        title="Pause, then score every frame of the current file exactly once"
        onClick={() => void controller.analyseCurrentFile()}
      >
        Analyse whole file
      </button>
      {progress && (
        <span className="analysis-progress" data-testid="analysis-progress">
          frame {progress.current} / {progress.total}
        </span>
      )}
    </div>
  );
}
