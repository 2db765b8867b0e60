// Conversion of 8-bit pixels into model input values in [0, 1], channel-first (CHW).
import type { ColourMode } from './modelCard';

/**
 * Converts interleaved RGBA bytes (the layout of ImageData) into a frame in CHW order.
 * Grey: (wR R + wG G + wB B) / 255 per pixel, without rounding. RGB: three planes of value / 255.
 * Alpha is ignored.
 */
export function rgbaToModelFrame(
  rgba: ArrayLike<number>,
  pixelCount: number,
  colourMode: ColourMode,
  greyWeights: readonly [number, number, number] | null,
): Float32Array {
  if (rgba.length !== pixelCount * 4) {
    throw new Error(`rgbaToModelFrame: got ${rgba.length} bytes, expected ${pixelCount * 4} (RGBA).`);
  }
  if (colourMode === 'grey') {
    if (greyWeights === null) {
      throw new Error('rgbaToModelFrame: colour mode "grey" needs grey weights.');
    }
    return rgbaToGrey(rgba, pixelCount, greyWeights);
  }
  return rgbaToRgbPlanes(rgba, pixelCount);
}

export function rgbaToGrey(
  rgba: ArrayLike<number>,
  pixelCount: number,
  [weightR, weightG, weightB]: readonly [number, number, number],
): Float32Array {
  const grey = new Float32Array(pixelCount);
  for (let pixel = 0; pixel < pixelCount; pixel++) {
    const offset = pixel * 4;
    grey[pixel] = (weightR * rgba[offset] + weightG * rgba[offset + 1] + weightB * rgba[offset + 2]) / 255;
  }
  return grey;
}

function rgbaToRgbPlanes(rgba: ArrayLike<number>, pixelCount: number): Float32Array {
  const planes = new Float32Array(pixelCount * 3);
  for (let pixel = 0; pixel < pixelCount; pixel++) {
    const offset = pixel * 4;
    planes[pixel] = rgba[offset] / 255;
    planes[pixelCount + pixel] = rgba[offset + 1] / 255;
    planes[2 * pixelCount + pixel] = rgba[offset + 2] / 255;
  }
  return planes;
}

/** Scales pre-converted CHW bytes (a test vector frame) to [0, 1]: value / 255. */
export function bytesToModelFrame(bytes: ArrayLike<number>): Float32Array {
  const frame = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    frame[i] = bytes[i] / 255;
  }
  return frame;
}
