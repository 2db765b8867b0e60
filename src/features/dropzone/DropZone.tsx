// The page-wide drop target for video files. Native listeners (not React's delegated ones) so
// that a `drop` event dispatched straight on the element is handled the same as a real drop.
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface DropZoneProps {
  /** Called with the first dropped file and the number of files in the drop. */
  onFile: (file: File, droppedFileCount: number) => void;
  onEmptyDrop: () => void;
  children: ReactNode;
}

export function DropZone({ onFile, onEmptyDrop, children }: DropZoneProps) {
  const zone = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const element = zone.current;
    if (!element) {
      return;
    }
    const listeners = new AbortController();
    const options = { signal: listeners.signal };
    element.addEventListener('dragover', (event) => {
      event.preventDefault();
      if (event.dataTransfer) {
        event.dataTransfer.dropEffect = 'copy';
      }
      setDragging(true);
    }, options);
    element.addEventListener('dragleave', (event) => {
      if (event.target === element) {
        setDragging(false);
      }
    }, options);
    element.addEventListener('drop', (event) => {
      event.preventDefault();
      setDragging(false);
      const files = event.dataTransfer?.files;
      const file = files?.[0];
      if (files && file) {
        onFile(file, files.length);
      } else {
        onEmptyDrop();
      }
    }, options);
    return () => listeners.abort();
  }, [onFile, onEmptyDrop]);

  return (
    <div ref={zone} className={dragging ? 'drop-zone dragging' : 'drop-zone'} data-testid="drop-zone">
      {children}
      {dragging && <div className="drop-overlay">Drop a video file to score it</div>}
    </div>
  );
}
