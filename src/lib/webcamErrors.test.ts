import { describe, expect, it } from 'vitest';
import { webcamErrorMessage } from './webcamErrors';

describe('webcamErrorMessage', () => {
  it('explains a denied permission', () => {
    const error = new DOMException('Permission denied', 'NotAllowedError');
    expect(webcamErrorMessage(error)).toMatch(/^Camera access was denied .* Allow camera access/);
  });

  it('explains a missing camera', () => {
    const error = new DOMException('Requested device not found', 'NotFoundError');
    expect(webcamErrorMessage(error)).toMatch(/^No camera was found/);
  });

  it('explains a busy camera', () => {
    expect(webcamErrorMessage(new DOMException('busy', 'NotReadableError'))).toMatch(/another application/);
  });

  it('handles a value that is not an error', () => {
    expect(webcamErrorMessage('odd')).toMatch(/^The camera could not be opened/);
  });
});
