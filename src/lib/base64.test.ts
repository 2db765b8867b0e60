import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64';

describe('decodeBase64', () => {
  it('decodes text without padding', () => {
    expect(Array.from(decodeBase64('TWFu'))).toEqual([77, 97, 110]);
  });

  it('decodes one padding character', () => {
    expect(Array.from(decodeBase64('TWE='))).toEqual([77, 97]);
  });

  it('decodes two padding characters', () => {
    expect(Array.from(decodeBase64('TQ=='))).toEqual([77]);
  });

  it('decodes every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = btoa(String.fromCharCode(...bytes));
    expect(Array.from(decodeBase64(encoded))).toEqual(Array.from(bytes));
  });

  it('skips whitespace', () => {
    expect(Array.from(decodeBase64('TW\nFu '))).toEqual([77, 97, 110]);
  });

  it('decodes empty text to no bytes', () => {
    expect(decodeBase64('')).toHaveLength(0);
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => decodeBase64('TW-u')).toThrow(/invalid character "-" at position 2/);
  });

  it('rejects an impossible length', () => {
    expect(() => decodeBase64('TWFuT')).toThrow(/invalid length or padding/);
  });
});
