import { useCallback } from 'react';
import { ScoreChart, SeriesToggles } from '../features/chart/ScoreChart';
import { DropZone } from '../features/dropzone/DropZone';
import { ErrorBanner } from '../features/errors/ErrorBanner';
import { SourceNotice } from '../features/errors/SourceNotice';
import { SourceControls } from '../features/sources/SourceControls';
import { StatsPanel, StatusBadge } from '../features/stats/StatsPanel';
import { VideoPanel } from '../features/video/VideoPanel';
import { useViewerStore } from '../store/viewerStore';
import type { ViewerController } from './viewerController';

export function App({ controller }: { controller: ViewerController }) {
  const modelName = useViewerStore((state) => state.card?.name ?? null);
  const onFile = useCallback(
    (file: File, droppedFileCount: number) => void controller.loadFile(file, droppedFileCount),
    [controller],
  );
  const onEmptyDrop = useCallback(() => {
    const message = 'The drop contained no file. Drop a video file, such as an H.264 MP4 or a VP9 WebM.';
    console.error(`[viewer] ${message}`);
    useViewerStore.setState({ sourceError: message });
  }, []);

  return (
    <DropZone onFile={onFile} onEmptyDrop={onEmptyDrop}>
      <header className="app-header">
        <h1>M2S2L anomaly viewer</h1>
        <span className="model-name">{modelName ? `model ${modelName}` : ''}</span>
        <StatusBadge />
        <a className="selftest-link" href="selftest.html">
          model self-test
        </a>
      </header>
      <ErrorBanner />
      <SourceNotice />
      <SourceControls controller={controller} />
      <main className="panels">
        <VideoPanel controller={controller} />
        <section className="scores">
          <ScoreChart />
          <SeriesToggles />
          <StatsPanel />
        </section>
      </main>
      <footer className="app-footer">
        Everything runs in this browser: no footage leaves the page.
      </footer>
    </DropZone>
  );
}
