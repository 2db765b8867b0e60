// Base64 (RFC 4648, standard alphabet) decoding without atob or Buffer, so the same code runs in
// the worker, the page and Node.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) {
  LOOKUP[ALPHABET.charCodeAt(i)] = i;
}

/** Decodes base64 text into bytes. Whitespace is skipped; padding is optional. */
export function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  const body = compact.replace(/=+$/, '');
  if (compact.length - body.length > 2 || body.length % 4 === 1) {
    throw new Error(`decodeBase64: invalid length or padding (${compact.length} characters).`);
  }

  const output = new Uint8Array(Math.floor((body.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const value = code < 128 ? LOOKUP[code] : -1;
    if (value < 0) {
      throw new Error(`decodeBase64: invalid character ${JSON.stringify(body[i])} at position ${i}.`);
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      output[written++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return output;
}
