// Recognition of dropped files and the messages shown when a file is not a playable video.

const VIDEO_EXTENSIONS = new Set([
  '3gp', 'avi', 'flv', 'm2ts', 'm4v', 'mkv', 'mov', 'mp4', 'mpeg', 'mpg', 'mts', 'ogv', 'ts', 'webm', 'wmv',
]);

/** Quotes a file name for a POSIX shell command line, leaving plain names bare. */
export function shellQuote(fileName: string): string {
  // A leading "-" would make ffmpeg read the name as an option, so such names get a "./" prefix.
  const path = fileName.startsWith('-') ? `./${fileName}` : fileName;
  if (/^[A-Za-z0-9._+\/-]+$/.test(path)) {
    return path;
  }
  return `'${path.replace(/'/g, `'\\''`)}'`;
}

/** Names the re-encoded output: the input's stem with .mp4, or with -h264.mp4 when the input is an MP4. */
export function reencodedFileName(fileName: string): string {
  const extension = fileExtension(fileName);
  const stem = extension ? fileName.slice(0, -(extension.length + 1)) : fileName;
  const base = stem === '' ? 'video' : stem;
  return extension === 'mp4' ? `${base}-h264.mp4` : `${base}.mp4`;
}

/** Advice to re-encode `fileName` with ffmpeg, giving a command that reads that file. */
export function reencodeAdvice(fileName: string): string {
  const input = shellQuote(fileName);
  const output = shellQuote(reencodedFileName(fileName));
  return `Re-encode it to H.264 MP4 or VP9 WebM, for example: ffmpeg -i ${input} -c:v libx264 -pix_fmt yuv420p ${output}`;
}

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
  return `Cannot play ${describeFile(fileName, mimeType, 'container')}${detail}. ${cause} ${reencodeAdvice(fileName)}`;
}

/** Notice for a drop of several files, of which only `chosenName` is loaded. */
export function multipleFilesNotice(fileCount: number, chosenName: string): string {
  return `${fileCount} files were dropped. Only "${chosenName}" is scored.`;
}

export function emptyFileMessage(fileName: string): string {
  return `"${fileName}" is empty (0 bytes). Choose another video file.`;
}

/**
 * Message for a video that decoded up to `decodedSeconds` of media time and then failed.
 * `reason` is the browser's own detail, if any.
 */
export function truncatedVideoMessage(fileName: string, decodedSeconds: number, reason: string): string {
  const detail = reason ? ` (browser reported: ${reason})` : '';
  return `"${fileName}" could not be decoded past ${decodedSeconds.toFixed(1)} s${detail}. The file may be truncated or damaged.`;
}
