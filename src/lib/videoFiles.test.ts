import { describe, expect, it } from 'vitest';
import {
  emptyFileMessage,
  looksLikeVideo,
  multipleFilesNotice,
  notVideoMessage,
  reencodeAdvice,
  reencodedFileName,
  shellQuote,
  truncatedVideoMessage,
  undecodableVideoMessage,
} from './videoFiles';

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

  it('gives the ffmpeg command for the file', () => {
    expect(message).toContain('ffmpeg -i vtest.avi -c:v libx264 -pix_fmt yuv420p vtest.mp4');
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

describe('reencodeAdvice', () => {
  it('reads the named file', () => {
    expect(reencodeAdvice('clip.mkv')).toContain('ffmpeg -i clip.mkv -c:v libx264 -pix_fmt yuv420p clip.mp4');
  });

  it('quotes a name with spaces', () => {
    expect(reencodeAdvice('my clip.mov')).toContain("ffmpeg -i 'my clip.mov' -c:v libx264 -pix_fmt yuv420p 'my clip.mp4'");
  });
});

describe('reencodedFileName', () => {
  it('replaces the extension with .mp4', () => {
    expect(reencodedFileName('vtest.AVI')).toBe('vtest.mp4');
  });

  it('keeps an MP4 input from being overwritten', () => {
    expect(reencodedFileName('clip.mp4')).toBe('clip-h264.mp4');
  });

  it('adds .mp4 to a name without extension', () => {
    expect(reencodedFileName('clip')).toBe('clip.mp4');
  });

  it('names a file called only .mp4', () => {
    expect(reencodedFileName('.mp4')).toBe('video-h264.mp4');
  });
});

describe('shellQuote', () => {
  it('leaves a plain name bare', () => {
    expect(shellQuote('a_b-1.mp4')).toBe('a_b-1.mp4');
  });

  it('escapes a single quote', () => {
    expect(shellQuote("it's.mp4")).toBe("'it'\\''s.mp4'");
  });

  it('prefixes a leading dash', () => {
    expect(shellQuote('-x.mp4')).toBe('./-x.mp4');
  });
});

describe('multipleFilesNotice', () => {
  it('gives the count and the scored file', () => {
    expect(multipleFilesNotice(2, 'a.mp4')).toBe('2 files were dropped. Only "a.mp4" is scored.');
  });
});

describe('emptyFileMessage', () => {
  it('names the file and its size', () => {
    expect(emptyFileMessage('x.mp4')).toBe('"x.mp4" is empty (0 bytes). Choose another video file.');
  });
});

describe('truncatedVideoMessage', () => {
  const message = truncatedVideoMessage('cut.mp4', 3.24, 'MEDIA_ERR_DECODE');

  it('gives the time decoded', () => {
    expect(message).toContain('"cut.mp4" could not be decoded past 3.2 s');
  });

  it('includes the browser detail', () => {
    expect(message).toContain('(browser reported: MEDIA_ERR_DECODE)');
  });

  it('suggests damage', () => {
    expect(message).toContain('may be truncated or damaged');
  });
});
