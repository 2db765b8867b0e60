import { describe, expect, it } from 'vitest';
import { looksLikeVideo, notVideoMessage, undecodableVideoMessage } from './videoFiles';

describe('looksLikeVideo', () => {
  it('accepts a video MIME type', () => {
    expect(looksLikeVideo('clip.bin', 'video/mp4')).toBe(true);
  });

  it('accepts a video extension without a MIME type', () => {
    expect(looksLikeVideo('clip.MKV', '')).toBe(true);
  });

  it('rejects a text file', () => {
    expect(looksLikeVideo('notes.txt', 'text/plain')).toBe(false);
  });

  it('rejects an image with a video-like name', () => {
    expect(looksLikeVideo('frame.mp4.png', 'image/png')).toBe(false);
  });
});

describe('undecodableVideoMessage', () => {
  const message = undecodableVideoMessage('vtest.avi', 'video/x-msvideo', 'MEDIA_ERR_SRC_NOT_SUPPORTED');

  it('names the extension and MIME type', () => {
    expect(message).toContain('"vtest.avi" (container .avi, MIME type video/x-msvideo)');
  });

  it('says that AVI does not play in Chromium', () => {
    expect(message).toContain('cannot play the AVI container');
  });

  it('gives the ffmpeg command', () => {
    expect(message).toContain('ffmpeg -i in.avi -c:v libx264 -pix_fmt yuv420p out.mp4');
  });

  it('reports an unknown MIME type', () => {
    expect(undecodableVideoMessage('clip', '', '')).toContain('(no file extension, MIME type unknown)');
  });
});

describe('notVideoMessage', () => {
  it('names the file and asks for a video', () => {
    expect(notVideoMessage('notes.txt', 'text/plain')).toMatch(/"notes.txt" .* is not a video file\. Drop a video file/);
  });
});
