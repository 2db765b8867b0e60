import { useViewerStore } from '../../store/viewerStore';

/**
 * Shows information about the current source that is not an error. It uses role="status", not
 * role="alert", which the error banner uses.
 */
export function SourceNotice() {
  const notice = useViewerStore((state) => state.sourceNotice);
  if (notice === null) {
    return null;
  }
  return (
    <div className="source-notice" role="status" data-testid="source-notice">
      {notice}
    </div>
  );
}
