import { displayedError, useViewerStore } from '../../store/viewerStore';

/** The current error, shown only while there is one. */
export function ErrorBanner() {
  const error = useViewerStore(displayedError);
  if (error === null) {
    return null;
  }
  return (
    <div className="error-banner" role="alert" data-testid="error-message">
      {error}
    </div>
  );
}
