import { displayedError, useViewerStore } from '../../store/viewerStore';

/** Shows the current error, and nothing while there is none. */
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
