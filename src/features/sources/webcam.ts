// Opening the user's camera as a video source.
import { webcamErrorMessage } from '../../lib/webcamErrors';

export class WebcamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebcamError';
  }
}

export async function openWebcam(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new WebcamError(
      'This page cannot use a camera: the browser offers no navigator.mediaDevices here. ' +
        'Open the page over https or from localhost.',
    );
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 640 }, height: { ideal: 480 } },
      audio: false,
    });
  } catch (error) {
    throw new WebcamError(webcamErrorMessage(error));
  }
}

export function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) {
    track.stop();
  }
}
