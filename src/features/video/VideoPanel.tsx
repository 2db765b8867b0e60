// The footage, with the source's name and, for the sample clip, the citation it must carry.
import { useCallback } from 'react';
import type { ViewerController } from '../../app/viewerController';
import { useViewerStore } from '../../store/viewerStore';

export function VideoPanel({ controller }: { controller: ViewerController }) {
  const source = useViewerStore((state) => state.source);
  const attachVideo = useCallback((element: HTMLVideoElement | null) => controller.attachVideo(element), [controller]);
  const caption = source
    ? `${source.name}${source.fps ? ` · ${source.fps.toFixed(1)} fps` : ''}`
    : 'Drop a video file anywhere on this page, or load the sample clip.';
  return (
    <section className="footage">
      <video
        ref={attachVideo}
        className="video"
        muted
        playsInline
        controls
        data-testid="video"
      />
      <p className="source-name">{caption}</p>
      {source?.citation && (
        <p className="citation" data-testid="sample-citation">
          {source.citation}
        </p>
      )}
    </section>
  );
}
