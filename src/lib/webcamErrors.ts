// Messages for the ways getUserMedia fails, keyed by the DOMException name it rejects with.

export function webcamErrorMessage(error: unknown): string {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as { name: unknown }).name)
    : '';
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Camera access was denied${detail}. Allow camera access for this page in the browser's site settings, then press "Connect webcam" again.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No camera was found${detail}. Connect a camera and press "Connect webcam" again, or drop a video file instead.`;
    case 'NotReadableError':
    case 'AbortError':
      return `The camera could not be started${detail}; another application may be using it. Close that application and press "Connect webcam" again.`;
    default:
      return `The camera could not be opened${detail}. Drop a video file instead, or check the browser's camera settings.`;
  }
}
