// Recognition of dropped files and the messages shown when a file is not a playable video.

const VIDEO_EXTENSIONS = new Set([
  '3gp', 'avi', 'flv', 'm2ts', 'm4v', 'mkv', 'mov', 'mp4', 'mpeg', 'mpg', 'mts', 'ogv', 'ts', 'webm', 'wmv',
]);

export const REENCODE_ADVICE =
  'Re-encode it to H.264 MP4 or VP9 WebM, for example: ffmpeg -i in.avi -c:v libx264 -pix_fmt yuv420p out.mp4';

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** True when the MIME type or, if the browser gave none, the extension names a video format. */
export function looksLikeVideo(fileName: string, mimeType: string): boolean {
  if (mimeType.startsWith('video/')) {
    return true;
  }
  if (mimeType === '' || mimeType === 'application/octet-stream') {
    return VIDEO_EXTENSIONS.has(fileExtension(fileName));
  }
  return false;
}

/** Names the file with its extension (called the container when the file is a video) and MIME type. */
function describeFile(fileName: string, mimeType: string, extensionLabel: 'container' | 'extension'): string {
  const extension = fileExtension(fileName);
  const kind = extension ? `${extensionLabel} .${extension}` : 'no file extension';
  return `"${fileName}" (${kind}, MIME type ${mimeType || 'unknown'})`;
}

export function notVideoMessage(fileName: string, mimeType: string): string {
  return `${describeFile(fileName, mimeType, 'extension')} is not a video file. Drop a video file, such as an H.264 MP4 or a VP9 WebM.`;
}

/**
 * Message for a video file the browser failed to decode or that yielded no frames.
 * `reason` is the browser's own detail, if any.
 */
export function undecodableVideoMessage(fileName: string, mimeType: string, reason: string): string {
  const extension = fileExtension(fileName);
  const avi = extension === 'avi' || mimeType === 'video/x-msvideo' || mimeType === 'video/avi';
  const cause = avi
    ? 'Chromium-based browsers cannot play the AVI container at all.'
    : 'This browser cannot decode its container or codec.';
  const detail = reason ? ` (browser reported: ${reason})` : '';
  return `Cannot play ${describeFile(fileName, mimeType, 'container')}${detail}. ${cause} ${REENCODE_ADVICE}`;
}
